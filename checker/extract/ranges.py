"""Two numbers that are the ends of one range: "5-6%", "between 10 and 20", "three or four
years", "from 208 pounds to 193", "from 21 mpg combined to 23"."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.extract.filters import counted_noun_follows
from checker.extract.numbers import NumberMention
from checker.extract.qualifiers import change_before
from checker.extract.text import may_end_with
from checker.extract.units import find_unit

_RANGE_GAP = re.compile(
    r"""
    \s*(?P<word>-|to|through|and|or)\s*     # the range word
    (?P<sign>[$£€])?\s*                      # "$10 to $20"
    """,
    re.VERBOSE | re.I,
)
# after "from": a few words may stand between the first number and "to" ("from 21 mpg
# combined to 23", "from $75 U.S. per barrel to $45.88", "from 20 mpg in 2008 to 29 mpg")
_FROM_GAP = re.compile(
    r"""
    (?:\s+[^\s,;:()]+){1,4}?\s+           # one to four words, no clause punctuation
    (?P<word>to)\s*                         # the range word
    (?P<sign>[$£€])?\s*                      # "$10 to $20"
    """,
    re.VERBOSE | re.I,
)
_RANGE_REACH = 40  # no range spans more characters between its numbers
_CHANGE_BY = re.compile(r"\bby\s+[$£€]?\s*$", re.I)
_RANGE_OPENER = re.compile(
    r"\b(?P<opener>between|from)\s+(?:about\s+|some\s+|~\s*)?[$£€]?\s*$", re.I
)
_OPENER_LAST_WORDS = frozenset({"between", "from", "about", "some"})  # a cheap test first


def range_end(folded: str, first: NumberMention, second: NumberMention | None) -> bool:
    """Whether `second` closes a range opened by `first`: "5-6%", "between 10 and 20",
    "three or four years", "from 208 pounds to 193"."""
    if second is None or first.value is None or second.value is None:
        return False
    if {first.form, second.form} - {"digits", "words"}:
        return False  # a vague amount or a fraction never opens or closes a range
    if second.start - first.end > _RANGE_REACH:
        return False  # as _range_gap would find, before the look-up of an opener
    low, high = range_low(first, second), second.value
    window = max(0, first.start - 20)
    opened = None
    if may_end_with(folded[window : first.start], _OPENER_LAST_WORDS):
        opened = _RANGE_OPENER.search(folded, window, first.start)
    from_opened = opened is not None and opened.group("opener").lower() == "from"
    if high <= low and not from_opened:
        return False  # "250,000 - 3.5" or a score "3-1" is not a range
    gap = _range_gap(folded, first, second, from_opened)
    if gap is None:
        return False
    if gap == "and":  # "between 10 and 20", never "10 and 20 others"
        return opened is not None
    if gap == "or":  # "three or four years", "20 or 30 people"; not "5 or 500"
        return low < high <= 2 * low
    if opened is None and _changed(folded, first.start):
        # "increased by $4 billion to $41 billion", "rose 2% to 3%", "rose 12 to 1,234": a
        # change and the level it reached. A range of changes writes its unit and scale
        # once, after the second end, and its ends are of one magnitude: "fell by 1 to 1.5
        # degrees", "rose 5 to 10 percent"
        return _bare(folded, first) and high <= 3 * low
    return gap in ("-", "to", "through")


def _bare(folded: str, first: NumberMention) -> bool:
    """Whether the first end has neither a unit nor a scale word of its own."""
    return first.scale == 1 and find_unit(folded, first.start, first.end, first.scale) is None


def _changed(folded: str, start: int) -> bool:
    """Whether a change phrase ("rose", "increased by", "was down") is written right before."""
    return bool(_CHANGE_BY.search(folded, max(0, start - 10), start)) or bool(
        change_before(folded, start)
    )


def _range_gap(
    folded: str, first: NumberMention, second: NumberMention, from_opened: bool = False
) -> str | None:
    """The range word between two numbers, or None when they are not ends of one range.

    The first number's unit may be repeated ("5% to 6%", "208 pounds to 193") but a
    different unit on the second ("up 9.4 per cent to $84") means two figures. After
    "from", a few words may follow the first number ("from 21 mpg combined to 23").
    """
    if second.start - first.end > _RANGE_REACH:
        return None  # cheap test before the unit look-ups: no range spans that far
    pos = first.end
    first_unit = find_unit(folded, first.start, first.end, first.scale)
    if first_unit is not None and first_unit.start >= first.end:
        pos = first_unit.end
    gap = _RANGE_GAP.fullmatch(folded, pos, second.start)
    if not gap and from_opened:
        gap = _FROM_GAP.fullmatch(folded, pos, second.start)
    if not gap:
        return None
    word = gap.group("word").lower()
    if word == "-" and not _hyphen_pair(folded, first, second):
        return None
    second_unit = find_unit(folded, second.start, second.end, second.scale)
    if first_unit is not None and second_unit is not None and first_unit.name != second_unit.name:
        return None
    between = first_unit is not None and first_unit.start >= first.end
    if between and second_unit is None and not from_opened:
        return None  # "up 2% to 1,234", "five-foot-seven": a unit the second end lacks
    if first_unit is not None and second_unit is None and counted_noun_follows(folded, second.end):
        return None  # "rose 40% to 350 people": a change and a count
    if gap.group("sign") and first_unit is not None and first_unit.start >= first.end:
        return None  # "9.4 per cent to $84"
    return word


# "215-686-TIPS", "1-800-SPEAK-UP", "a 4-3-3 formation": a chain of hyphens is a code
_CHAINED_BEFORE = re.compile(r"[\w]-$")
_CHAINED_AFTER = re.compile(r"-\w")


def _hyphen_pair(folded: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether "A-B" can be a range: written alike (digits or words: never "7-Eleven") and
    not a link of a chain of hyphens (a phone number or a code)."""
    if first.form != second.form:
        return False
    if _CHAINED_BEFORE.search(folded, max(0, first.start - 2), first.start):
        return False
    return _CHAINED_AFTER.match(folded, second.end) is None


def range_start(folded: str, mention: NumberMention, upper: NumberMention | None) -> int:
    # "between 20 and 30 people": the quote starts at "between"
    opener = (
        _RANGE_OPENER.search(folded, max(0, mention.start - 20), mention.start) if upper else None
    )
    return opener.start() if opener else mention.start


def range_low(first: NumberMention, second: NumberMention) -> Decimal:
    """The lower end of a range; "24.2 to 35 billion" shares the second number's scale."""
    assert first.value is not None
    return first.value * second.scale if shares_scale(first, second) else first.value


def shares_scale(first: NumberMention, second: NumberMention) -> bool:
    """Whether a range's first number takes the second's scale word ("24.2 to 35 billion";
    not "$8.6 billion to $8.9 billion", whose first has its own, nor a zero, which no scale
    changes)."""
    assert first.value is not None and second.value is not None
    return (
        first.scale == 1
        and second.scale > 1
        and first.value != 0
        and first.value * second.scale < second.value
    )


# a verb of change before "from A to B" in its clause: "raised the toll from 31 to 38",
# "bail reduced from $400,000 to $250,000", "rose from 31 to 38": a change and the level it
# reached, not a range of values the figure may take
_CHANGE_VERB = re.compile(
    r"""\b(?:ris(?:e|es|en|ing)|rose|rais(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?
         |increas(?:e|ed|es|ing)|gr(?:ew|own|ows?|owing)|hik(?:e|ed|es|ing)|boost(?:ed|s|ing)?
         |soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)
         |(?:went|goes|go|gone|going)\s+up|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)
         |cut(?:s|ting)?|slash(?:ed|es|ing)?|fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?
         |declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|shr(?:ank|unk|inks?)
         |trim(?:med|s|ming)?|downgrad(?:e|ed|es|ing))\b[^.;:!?\d]{0,60}$""",
    re.I | re.X,
)


def changed_range(folded: str, mention: NumberMention, start: int) -> bool:
    """Whether the range of `mention` whose quote starts at `start` (range_start) is "from A
    to B" after a verb of change in its clause: the figure is the level B reached, A its
    earlier state."""
    if start == mention.start or folded[start : start + 4].lower() != "from":
        return False
    return _CHANGE_VERB.search(folded, max(0, start - 80), start) is not None
