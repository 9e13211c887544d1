"""The unit catalogue (quantulum3's units, CLDR currencies) read as data: every form it
accepts reads back as its unit, ordinary words stay words, and reading it imports neither
quantulum3's parser nor inflect."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checker.extract.claims import extract_claims
from checker.extract.unit_catalogue import build_catalogue, catalogue, common_words
from checker.extract.unit_forms import plural
from checker.extract.units import find_unit
from checker.model import Document


def _unit_after_five(form: str) -> tuple[str, str] | None:
    unit = find_unit("5 " + form, 0, 1)
    return (unit.name, unit.written) if unit else None


def _unit_before_five(form: str) -> tuple[str, str] | None:
    unit = find_unit(form + "5", len(form), len(form) + 1)
    return (unit.name, unit.written) if unit else None


def test_every_accepted_form_after_a_number_round_trips() -> None:
    found = catalogue()
    wrong = {
        form: _unit_after_five(form)
        for form, name in [*found.words.items(), *found.symbols.items()]
        if _unit_after_five(form) not in {(name, form), (name, form.lower())}
    }
    assert not wrong
    assert len(found.words) > 1000 and len(found.symbols) > 150


def test_every_currency_symbol_and_code_round_trips() -> None:
    found = catalogue()
    wrong = {
        form: _unit_before_five(form)
        for form, name in [*found.signs.items(), *found.codes.items()]
        if (_unit_before_five(form) or ("", ""))[0] != name
    }
    codes = [c for c in found.codes if len(c) == 3 and c.isupper()]
    wrong.update(
        {c: _unit_after_five(c) for c in codes if _unit_after_five(c) != (found.codes[c], c)}
    )
    assert not wrong
    assert len(codes) > 120  # ISO 4217 codes in use, less those that spell common words


def test_no_accepted_word_or_symbol_is_a_common_word() -> None:
    found = catalogue()
    common = common_words()
    assert {"in", "at", "a", "an", "all", "try", "top"} <= common
    worded = [
        f for f in [*found.words, *found.symbols] if f.islower() or f.isupper() or f.istitle()
    ]
    assert not [f for f in worded if f.lower() in common]
    assert not [c for c in found.codes if len(c) == 3 and c.lower() in common]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A$5", "australian dollar"),
        ("C$5", "canadian dollar"),
        ("NZ$5", "new zealand dollar"),
        ("HK$5", "hong kong dollar"),
        ("S$5", "singapore dollar"),
        ("US$5", "dollar"),
        ("R$5", "brazilian real"),
        ("NT$5", "new taiwan dollar"),
        ("₦5", "nigerian naira"),
        ("MYR 5", "malaysian ringgit"),
        ("Rp5", "indonesian rupiah"),
        ("Ksh5", "kenyan shilling"),
    ],
)
def test_currency_signs_with_a_country(text: str, expected: str) -> None:
    digit = next(i for i, ch in enumerate(text) if ch.isdigit())
    unit = find_unit(text, digit, digit + 1)
    assert unit is not None and unit.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 50 million", "indonesian rupiah"),  # a letter symbol apart from its number
        ("TSh 9.8 billion", "tanzanian shilling"),
        ("KSh 4bn", "kenyan shilling"),  # any case after the capital
        ("USh 2,500,000", "ugandan shilling"),  # digits in groups
        ("Rp 50", None),  # the controls: a bare number is not written as money is
        ("SR 520", None),  # a road
        ("rp 5 million", None),  # not capitalised
        ("MK 5", None),
    ],
)
def test_letter_symbols_apart_from_their_number(text: str, expected: str | None) -> None:
    digit = next(i for i, ch in enumerate(text) if ch.isdigit())
    end = digit + len(text[digit:].split()[0])
    unit = find_unit(text, digit, end)
    assert (unit.name if unit is not None and unit.kind == "amount" else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost \u09f3500 million.", ("\u09f3500 million", "bangladeshi taka")),  # Unicode Sc
        ("It cost \u0e3f1,200.", ("\u0e3f1,200", "thai baht")),
        ("a fee of \u058f5,000", ("\u058f5,000", "armenian dram")),
        ("costing MK2 billion.", ("MK2 billion", "malawian kwacha")),  # a code, then a scale
        ("costing MK 2 billion.", ("MK 2 billion", "malawian kwacha")),
        ("It cost MYR5,000.", ("MYR5,000", "malaysian ringgit")),  # digits in groups
        # ISO codes that spell a word, in capitals before an amount written as money is
        ("It raised CAD 2.5 billion.", ("CAD 2.5 billion", "canadian dollar")),
        ("It will pay MAD420 million.", ("MAD420 million", "moroccan dirham")),
        ("It costs ALL 300,000.", ("ALL 300,000", "albanian lek")),
        ("the TOP 10 firms", None),  # ... and not before a bare number
        ("ALL 300 workers", None),
        ("the MK2 Golf", None),  # the controls: a model, a road, an engine
        ("took SR20 east", None),
        ("an LS3 engine", None),
    ],
)
def test_currencies_of_every_sign_and_against_an_amount(
    text: str, expected: tuple[str, str] | None
) -> None:
    """Every character Unicode files as a currency symbol is a sign, and a catalogue
    currency written against digits that read as an amount (a scale word, a separator) is
    money, not a model designation or an identifier; against bare digits it stays one. An
    ISO code that spells an English word is one only so, in capitals."""
    document = Document(doc_id="d", text=text)
    found = [(c.quote, c.unit) for c in extract_claims(document) if c.kind == "amount"]
    assert found == ([expected] if expected else [])
    if expected is None:
        assert not [c for c in extract_claims(document) if c.kind != "date"]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("m\u00b2", "square metre"),  # a length symbol raised to a power
        ("km\u00b2", "square kilometre"),
        ("ft^2", "square foot"),
        ("m3", "cubic metre"),
        ("cm\u00b3", "millilitre"),
        ("mA", "milliampere"),  # mixed case: a symbol, though "ma" is a word
        ("eV", "electronvolt"),
        ("Pa", None),  # the controls: a word's cases stay words
        ("PA", None),
        ("TV", None),
    ],
)
def test_powers_and_mixed_case_symbols(form: str, expected: str | None) -> None:
    found = _unit_after_five(form)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("rupees", "indian rupee"),
        ("ringgit", "malaysian ringgit"),
        ("yuan", "yuan"),
        ("naira", "nigerian naira"),
        ("rand", "rand"),
        ("lira", "lira"),
        ("dirhams", "dirham"),
        ("Nigerian naira", "nigerian naira"),
        ("Turkish lira", "turkish lira"),
        ("Kenyan shillings", "kenyan shilling"),
        ("kilowatt hours", "kilowatt hour"),
        ("megapascals", "megapascal"),
        ("acre feet", "acre foot"),
        ("pounds per square inch", "pound per square inch"),
        ("degrees Celsius", "celsius"),
        ("millilitres", "millilitre"),
        ("cc", "millilitre"),
        ("A/cm2", "ampere per square centimetre"),  # compound units with a slash
        ("mg/L", "milligram per litre"),
        ("m/s", "metre per second"),
        ("kWh/day", "kilowatt hour per day"),
        ("km/h", "kilometre per hour"),
        ("b/d", "barrel per day"),  # an energy page's barrels a day
        ("bbl/d", "barrel per day"),
    ],
)
def test_currency_names_and_units_after_a_number(words: str, expected: str) -> None:
    unit = find_unit(f"It cost 5 {words}.", 8, 9)
    assert unit is not None and (unit.name, unit.written) == (expected, words)


@pytest.mark.parametrize(
    "text",
    ["5 in a row", "5 at home", "5 a day", "5 all told", "5 to 7", "5 or more", "5 quarters"],
)
def test_ordinary_words_after_a_number_are_not_units(text: str) -> None:
    assert find_unit(text, 0, 1) is None


def test_plurals() -> None:
    assert plural("mile per hour") == "miles per hour"
    assert plural("inch of mercury") == "inches of mercury"
    assert plural("degree celsius") == "degrees celsius"
    assert plural("acre-foot") == "acre-feet"
    assert plural("siemens") == "siemens"


def test_the_cached_catalogue_is_the_built_one() -> None:
    assert catalogue() == build_catalogue()


def test_reading_the_catalogue_imports_no_quantulum3_parser() -> None:
    script = (
        "import sys\n"
        "from checker.extract.unit_catalogue import build_catalogue\n"
        "build_catalogue()\n"
        "print(sorted(m for m in ('quantulum3', 'inflect', 'babel', 'justext') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("text", ["5 A/B tests", "24/7", "5 and/or 6"])
def test_slashes_that_are_not_units(text: str) -> None:
    unit = find_unit(text, 0, 1)
    assert unit is None or "per" not in unit.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bench supply held the circuit at 12 V throughout.", "volt"),
        ("A load of 40 N was hung from the spring.", "newton"),
        ("Each pulse carried 3.5 J, the lab said.", "joule"),
        ("The resistor is rated at 220 Ω.", "ohm"),
        ("The scanner's magnet reaches 7 T in the new wing.", "tesla"),
        ("Workers there absorbed 0.2 Sv over the year.", "sievert"),
        ("The pack stores 75 Ah of charge.", "ampere-hour"),
        ("The coil links a flux of 0.4 Wb.", "weber"),
        ("The hatchback gets a 1.4L engine.", "litre"),
        # addresses, a network generation and an article are no units (controls)
        ("Police were called to 1812 N. Maple Ave. on Sunday.", None),
        ("The shop at 417 S Birch Lane reopened.", None),
        ("The carrier switched on its 5 G network.", None),
        ("Photo 3 of 7 A view of the harbour.", None),
    ],
)
def test_lone_unit_symbols_where_a_symbol_can_stand(text: str, expected: str | None) -> None:
    from checker.extract.unit_symbols import _lone_symbols
    from checker.model import Document
    from checker.pipeline import document_claims

    units = {c.unit for c in document_claims(Document(doc_id="d", text=text)) if c.kind != "date"}
    if expected is None:  # neither a lone symbol's unit nor one of a capital left out
        assert not units & {*_lone_symbols().values(), "siemens", "gauss", "ampere"}
    else:
        assert expected in units


def test_a_lone_symbol_at_the_end_of_the_text_ends_there() -> None:
    # found by the fuzz test: a symbol shorter than the slice tried ended past the text
    from checker.extract.unit_symbols import lone_symbol

    assert lone_symbol("0H", 1) == ("henry", "H", 1, 2)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The line carries around 200,000 b/d of crude.", "200000", "barrel per day"),
        ("Output rose to 1.2 million b/d.", "1200000", "barrel per day"),
        ("The deal is worth $2b.", "2000000000", "dollar"),  # a scale letter still scales
    ],
)
def test_a_scale_letter_before_a_unit_slash_is_the_unit(text: str, value: str, unit: str) -> None:
    (claim,) = extract_claims(Document("d.txt", text))
    assert (claim.value, claim.unit) == (value, unit)
