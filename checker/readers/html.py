"""HTML pages: the main text and its metadata, as trafilatura extracts them.

trafilatura drops navigation, "Skip to content" links, share buttons, comments and
copyright footers, so none of them yields claims. The checked text is trafilatura's
main text (paragraphs joined by newlines), so claim offsets refer to that text, not to
the HTML source: to find a claim in the page, search the page for the claim's quote.
trafilatura is imported here, on the first HTML file, because it is slow to load.
"""

from __future__ import annotations

import functools
from configparser import ConfigParser
from html.parser import HTMLParser
from typing import Any

from checker.readers import Part, skipped
from checker.readers.fields import Meta

# trafilatura refuses pages above 20 MB by default; we read what the file reader lets in.
MAX_HTML_BYTES = 200_000_000


@functools.cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_HTML_BYTES))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its signal-based timeout breaks threads
    return config


def read_html(text: str) -> tuple[Part, ...]:
    import trafilatura
    from trafilatura.settings import set_date_params

    try:
        result = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            # dates from the page's metadata and markup only, not guessed from its text
            date_extraction_params=set_date_params(extensive=False),
            config=_config(),
        )
    except Exception as error:  # noqa: BLE001 - a broken page must not stop the run
        return (skipped(f"HTML not parsed ({type(error).__name__})"),)
    body = _get(result, "text")  # not stripped: offsets refer to it
    if not body.strip():
        return _deep_page_text(text) or (skipped("no main text found in the HTML"),)
    meta = Meta(
        title=_get(result, "title"),
        outlet=_get(result, "sitename"),
        url=_get(result, "url"),
        published=_get(result, "date"),
    )
    return (Part(body, meta=meta, meta_source="html metadata"),)


def _get(result: Any, name: str) -> str:
    """A field of trafilatura's result, which is an object in 2.x and a dict before."""
    if result is None:
        return ""
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    if not isinstance(value, str):
        return ""
    return value if name == "text" else value.strip()


# lxml (and so trafilatura) drops what is nested deeper than about 255 elements; such a
# page keeps its text through the standard library's parser, which has no depth limit.
MAX_PARSER_DEPTH = 250
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)


class _TextAndDepth(HTMLParser):
    """Collects the text outside scripts and styles, one line per block, and the depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self.max_depth = self.skipping = 0
        self.lines: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.skipping += tag in _SKIPPED_TAGS

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        self.depth = max(0, self.depth - 1)
        self.skipping = max(0, self.skipping - (tag in _SKIPPED_TAGS))

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.lines.append(" ".join(data.split()))


def _deep_page_text(page: str) -> tuple[Part, ...]:
    """The text of a page nested too deep for lxml, or () for any other page."""
    parser = _TextAndDepth()
    parser.feed(page)
    parser.close()
    if parser.max_depth <= MAX_PARSER_DEPTH or not parser.lines:
        return ()
    return (
        Part("\n".join(parser.lines), note="nested too deep for the HTML parser: all text read"),
    )
