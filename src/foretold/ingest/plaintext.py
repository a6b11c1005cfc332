"""Plain-text articles: a header (title, byline, date, photo caption), the story, a footer.

The layout is the one people get when they copy a page into a text file::

    ## Title
    By A and B for AGENCY
    December 06, 2021
    Caption of the photo. credit.example
    First paragraph ...
    Related article: ...
    Last paragraph ...
    Original url:
    https://example.com/2021/12/06/the-sl ug
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from foretold.errors import IngestError
from foretold.ingest.article import make_article
from foretold.ingest.boilerplate import clean_blocks, is_boilerplate, strip_markup
from foretold.ingest.metadata import (
    Byline,
    Hints,
    agency_name,
    date_in_url,
    dateline_agency,
    parse_byline,
    parse_date_line,
    publisher_for_url,
    repair_url,
)
from foretold.ingest.options import ReadOptions
from foretold.records import Article, Caption

_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
_HEADER_LINES = 8
_TITLE_MAX = 200
_KEY_VALUE = re.compile(
    r"^(?P<key>title|headline|date|published|author|authors|byline|url|source|publisher|"
    r"agency)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Header:
    title: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_at: datetime | None = None
    url: str | None = None
    captions: list[Caption] = field(default_factory=list)

    def take_byline(self, byline: Byline) -> None:
        self.authors = self.authors or byline.authors
        self.agency = self.agency or byline.agency
        self.take_date(byline.published, byline.published_at)

    def take_date(self, day: date | None, stamp: datetime | None) -> None:
        if self.published is None and day is not None:
            self.published, self.published_at = day, stamp


def split_blocks(text: str) -> list[list[str]]:
    """Paragraph blocks (split at blank lines), each a list of stripped non-empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    blocks = []
    for block in _BLANK.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def _is_title(line: str) -> bool:
    text = strip_markup(line)
    return (
        0 < len(text) <= _TITLE_MAX
        and len(text.split()) <= 30
        and not text.endswith((",", ";", ":"))
        and not (text.endswith(".") and text.count(". ") >= 1)
        and parse_byline(text) is None
        and parse_date_line(text) is None
        and not is_boilerplate(text)
    )


def read_header(lines: list[str], header: Header, *, title: bool = True) -> int:
    """Read the title, byline, date and "key: value" lines at the top into ``header``.

    Returns how many lines the header takes; lines between the title and the last
    byline or date line (a standfirst) count as header too.
    """
    pos = 0
    if title and lines and not _KEY_VALUE.match(strip_markup(lines[0])) and _is_title(lines[0]):
        header.title = strip_markup(lines[0])
        pos = 1
    end = pos
    for i in range(pos, min(len(lines), pos + _HEADER_LINES)):
        line = strip_markup(lines[i])
        if len(line) > 300:
            break
        if (kv := _KEY_VALUE.match(line)) is not None and _take_key_value(kv, header):
            end = i + 1
        elif (byline := parse_byline(line)) is not None:
            header.take_byline(byline)
            end = i + 1
        elif (dated := parse_date_line(line)) is not None:
            header.take_date(*dated)
            end = i + 1
        elif (agency := agency_name(line)) is not None:
            header.agency = header.agency or agency
            end = i + 1
    return end


def _take_key_value(match: re.Match[str], header: Header) -> bool:
    key, value = match.group("key").lower(), match.group("value").strip()
    if key in ("title", "headline"):
        header.title = header.title or value
    elif key in ("date", "published"):
        dated = parse_date_line(value)
        if dated is None:
            return False
        header.take_date(*dated)
    elif key in ("author", "authors", "byline"):
        byline = parse_byline("By " + value)
        if byline is None:
            return False
        header.take_byline(byline)
    elif key in ("url", "source"):
        url = repair_url(value)
        if url is None:
            return key == "url"
        header.url = header.url or url
    elif key == "publisher":
        header.publisher = value
    elif key == "agency":
        header.agency = agency_name(value) or value
    return True


def read_plaintext(
    text: str,
    *,
    source: str | None,
    options: ReadOptions,
    hints: Hints | None = None,
    detect_title: bool = True,
) -> Article:
    """Read a plain-text article; with ``options.body_only`` the text is the body as it stands.

    ``hints`` (from a feed entry or a corpus record) win over what the text itself says.
    """
    hints = hints or Hints()
    if options.body_only:
        return make_article(
            text,
            title=hints.title,
            url=hints.url,
            authors=hints.authors,
            agency=hints.agency,
            publisher=hints.publisher or publisher_for_url(hints.url),
            published=hints.published or options.published,
            published_at=hints.published_at,
            language=hints.language,
            source=source,
            clean=False,
        )
    blocks = split_blocks(text)
    header = Header()
    lines = [line for block in blocks for line in block]
    consumed = read_header(lines, header, title=detect_title and hints.title is None)
    body_blocks: list[list[str]] = []
    seen = 0
    for block in blocks:
        if seen + len(block) > consumed:
            body_blocks.append(block[max(0, consumed - seen) :])
        seen += len(block)
    cleaned = clean_blocks(body_blocks)
    if not cleaned.paragraphs and header.title and consumed == 1:
        # A single short line is a (short) body, not a title over nothing.
        header.title = None
        cleaned = clean_blocks(blocks)
    paragraphs = list(cleaned.paragraphs)
    if not paragraphs:
        raise IngestError(source or "<text>", "no article text found")
    url = hints.url or header.url or cleaned.url
    published = hints.published or header.published or date_in_url(url) or options.published
    return make_article(
        "\n\n".join(paragraphs),
        title=hints.title or header.title,
        url=url,
        authors=hints.authors or header.authors,
        agency=hints.agency or header.agency or dateline_agency(paragraphs[0]),
        publisher=hints.publisher or header.publisher or publisher_for_url(url),
        published=published,
        published_at=hints.published_at if hints.published else header.published_at,
        language=hints.language,
        captions=[*header.captions, *cleaned.captions],
        source=source,
    )
