"""Page furniture around an article: boxes of links to other stories.

A scraped page keeps the boxes around its article as lines of text. A video playlist is a
run of titles, each opening with the clip's running time ("2:05 Video shows ...", "1:02
Five things to know about ..."); its figures belong to other stories, not to the article.
`furniture_spans` finds such runs (two or more playlist lines with only blank lines between
them) and returns the titles of other stories: those that name something (a capitalised
word: "Gardner-Edgerton", "Olathe") the rest of the page never names. A title that shares a
name with the page ("Police investigate shooting in Olathe" on a page about Olathe) may be
the page's own clip and states its figures, and one that names nothing ("One dead after
shooting") cannot be told apart, so both are kept. The capitalised words that name nothing
(function words of title case, the playlist's "Pause", words of every crime headline) are
in data/filters.json ("furniture"), the number words in data/numbers.json.

Other furniture is told by its shape alone (`widget_spans`): a photo credit naming an agency
or a station with a number ("Photo: 21 Pro Video", "(Source: WAVE 3 News)"), a gallery's
controls ("1 / 3 Back to Gallery"), a line of counters ("0 Pending Comments", "1 of 3
Premium Clicks used this month", "3 3 Retweets 2 2 likes"), a share widget's counts ("Get
short URL 0 154"), a map's coordinates ("41.454397 -81.764533") and a phone number written
in groups ("0845 125 2222"). The words they draw on are in data/filters.json ("furniture").
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.numbers import lexicon
from checker.vocab import alternation, load_data, trie_alternation

# Searched in the text behind a line break, so that the pattern opens with a character the
# regex engine skips ahead to instead of a `^` tried at every position (a fifth of the time)
_PLAYLIST_LINE = re.compile(
    r"""
    \n[ \t]*\d{1,2}:[0-5]\d[ \t]+         # the running time at the start of a line: "2:05 "
    (?![AaPp]\.?\s?[Mm]\b)                 # not a time of day: "10:24 AM", "8:00 p.m."
    ["'(]?[A-Z0-9]                         # a title opens: "Video ...", "21 recipients ..."
    [^\n]*                                 # the rest of the line is the title
    """,
    re.VERBOSE,
)
_NAME = re.compile(
    r"""
    (?<![\w'-])[A-Z][\w-]*[A-Za-z]        # a capitalised word: "KCK", "Gardner-Edgerton"
    (?='s\b|[^\w'-]|$)                     # whole, or before a possessive: "KCK's"
    """,
    re.VERBOSE,
)
_BLANK_GAP = re.compile(r"\n[ \t]*(?:\n[ \t]*)*\Z")  # only blank lines between two lines
_MIN_RUN = 2  # a playlist shows at least two clips


def furniture_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """The spans of page furniture: titles of other stories in a playlist and widgets."""
    widgets = widget_spans(folded)
    playlists = playlist_spans(folded)
    return tuple(sorted(widgets + playlists)) if widgets and playlists else widgets or playlists


def widget_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """The spans of the figures of credits, gallery controls, counters, coordinates and phone
    numbers in groups (each pattern's "figures" group), in text order."""
    worded = _widget_words().search(folded) is not None
    return tuple(
        sorted(
            match.span("figures")
            for needs_words, gate, pattern in _widget_patterns()
            if (worded or not needs_words) and (gate is None or gate.search(folded))
            for match in pattern.finditer(folded)
        )
    )


def playlist_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """The spans of the lines that link to other stories, in text order."""
    if ":" not in folded:
        return ()  # every playlist line opens with a running time: "2:05"
    # offsets in "\n" + folded are one more: the line starts where its break stands there
    lines = [(m.start(), m.end() - 1) for m in _PLAYLIST_LINE.finditer("\n" + folded)]
    if len(lines) < _MIN_RUN:
        return ()  # most pages: no playlist at all, at the cost of one search
    runs = [run for run in _runs(folded, lines) if len(run) >= _MIN_RUN]
    page = _names(_rest(folded, runs))
    return tuple(
        (start, end)
        for run in runs
        for start, end in run
        if _another_story(_names(_title(folded, start, end)), page)
    )


def _another_story(title: frozenset[str], page: frozenset[str]) -> bool:
    """Whether a title names something and the page names none of it: a title that names
    nothing ("One dead after shooting") may be the page's own clip, and is kept."""
    return bool(title) and not title & page


def _rest(folded: str, runs: list[list[tuple[int, int]]]) -> str:
    """The page less its playlists."""
    cuts = [0] + [edge for run in runs for edge in (run[0][0], run[-1][1])] + [len(folded)]
    return "\n".join(folded[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))


def _runs(folded: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The playlist lines grouped into runs: lines with nothing but blank lines between."""
    runs: list[list[tuple[int, int]]] = []
    for start, end in lines:
        if runs and _BLANK_GAP.match(folded, runs[-1][-1][1], start):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return runs


def _title(folded: str, start: int, end: int) -> str:
    """The title of a playlist line: the line less its running time."""
    return folded[start:end].split(None, 1)[-1]


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a title or headline, less the words that tie no title to a
    story (function words capitalised in a title, "Police", "Video", "Pause")."""
    words = (m.group().lower() for m in _NAME.finditer(text))
    return frozenset(w for w in words if w not in _common_words())


@cache
def _common_words() -> frozenset[str]:
    """The words that name nothing: those of filters.json and the number words ("One")."""
    numbers = lexicon()
    number_words = [*numbers["units"], *numbers["tens"], *numbers["scales"], "dozen"]
    return frozenset(load_data("filters")["furniture"]["not_story_names"] + number_words)


_GALLERY = r"""
    (?P<figures>\d{1,3}[ ]?/[ ]?\d{1,3})    # the position: "1 / 3"
    [ ]+Back[ ]to[ ]Gallery\b                # the gallery's control
    """
_VISITS = r"""
    \((?P<figures>Visited[ ][\d,]+[ ]times?   # "(Visited 3,817 times,
    (?:,[ ]\d+[ ]visits?[ ]today)?)\)         # 8 visits today)"
    """
_SHORT_URL = r"""
    Get[ ]short[ ]URL                          # a share widget's label
    (?P<figures>(?:[ ]\d+){1,2})(?=[ ])       # its counts: "0 154"
    """
_COORDINATES = r"""
    (?<![\w.-])(?P<figures>-?\d{1,3}\.\d{5,}  # latitude: "41.454397"
    [ ,]+-?\d{1,3}\.\d{5,})(?![\d.])         # longitude: "-81.764533"
    """
_PHONE_GROUPS = r"""
    (?<![\w,.+-])(?P<figures>(?:\+\d{1,3}[ ])?  # a country code: "+1 "
    \d{3,4}(?:[ ]\d{3,4}){2})                 # three groups: "0845 125 2222"
    (?![\w,]|\.\d)                           # the number ends: not "2222.5"
    """


@cache
def _widget_patterns() -> tuple[tuple[bool, re.Pattern[str] | None, re.Pattern[str]], ...]:
    """Each widget's pattern with a cheaper search that must find something first (None: no
    gate): a pattern that opens with a digit or a look-behind is tried at every position.
    True first: every match holds one of _widget_words (most pages have none)."""
    lex = load_data("filters")["furniture"]
    counters = alternation(lex["counter_words"], r"[ ]")
    gated = (
        (True, None, _credit(alternation(lex["credit_cues"], r"[ ]"))),
        (True, r"Back[ ]to[ ]Gallery", _GALLERY),
        (True, counters, _counter_line(counters)),
        (True, None, _VISITS),
        (True, None, _SHORT_URL),
        (False, r"\.\d{5}", _COORDINATES),
        (False, r"[ ]\d{3,4}[ ]\d{3}", _PHONE_GROUPS),  # a phone's second and third groups
    )
    flags = re.VERBOSE | re.MULTILINE
    return tuple(
        (words, None if gate is None else re.compile(gate), re.compile(pattern, flags))
        for words, gate, pattern in gated
    )


@cache
def _widget_words() -> re.Pattern[str]:
    """The words one of which every credit, gallery control, counter line, visit count and
    share widget holds ("Photo", "Back to Gallery", "Retweets", "(Visited", "Get short
    URL"): one search for all five."""
    lex = load_data("filters")["furniture"]
    words = [*lex["credit_cues"], *lex["counter_words"], "Back to Gallery", "(Visited"]
    return re.compile(trie_alternation([*words, "Get short URL"], r"[ ]"))


def _credit(cues: str) -> str:
    """A photo credit that names an agency or a station with a number."""
    return rf"""
        (?:{cues})[ ]?:?[ ]                       # "Photo: ", "(Source: ", "Video from "
        (?P<figures>
          (?:[A-Z][\w&'.-]*[ /]+){{0,4}}?        # the name's words before the number
          \d{{1,3}}[A-Z]?                         # the number: "21", "2X"
          (?:[ /]+[A-Z][\w&'.-]*){{0,4}}?        # the name's words after it
        )
        (?=[ ]?\)|[ \t]*\n|[ \t]*$            # the credit ends: ")", the line's end
        |[ ](?:Image[ ]\d|Buy[ ]|Caption))       # or the gallery's next words
        """


def _counter_line(counters: str) -> str:
    """A line of counters and nothing else: "0 Pending Comments", "3 3 Retweets 2 2 likes"."""
    return rf"""
        ^[ \t]*(?P<figures>
          (?:(?:\d[\d,]*[ ]){{1,2}}              # one or two counts: "0 ", "3 3 "
          (?:of[ ]\d+[ ])?                        # "1 of 3 Premium Clicks"
          (?:{counters})[ \t]*)+                  # Pending Comments, Retweets, likes ...
        )$                                        # and nothing else on the line
        """
