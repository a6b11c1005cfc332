"""RSS and Atom feeds: each entry becomes an article, from its own text or its linked page."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from xml.sax import SAXException

from foretold.errors import IngestError
from foretold.ingest.decode import decode
from foretold.ingest.fetch import fetch
from foretold.ingest.html import fragment_text, read_html
from foretold.ingest.metadata import Hints, split_authors
from foretold.ingest.options import ReadFailure, ReadOptions, as_failure
from foretold.ingest.plaintext import read_plaintext
from foretold.ingest.sniff import sniff
from foretold.records import Article


def read_feed(data: bytes, source: str, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    """The articles of a feed; with ``options.fetch`` each entry's link is downloaded and read."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if not parsed.get("version") or parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            detail = f" ({' '.join(str(problem).split())})" if problem else ""
            raise IngestError(source, f"not a feed: no RSS or Atom entries{detail}")
        return  # a well-formed feed with nothing in it
    problem = parsed.get("bozo_exception")
    if isinstance(problem, SAXException):
        detail = " ".join(str(problem).split())
        yield ReadFailure(source, f"malformed feed ({detail}); reading the entries that parse")
    feed_title = re.split(r"\s+[-|—–:]\s+", parsed.feed.get("title") or "")[0].strip() or None
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        label = f"{source} entry {number}" + (f" ({link})" if link else "")
        try:
            yield _read_entry(entry, source=source, label=label, options=options, feed=feed_title)
        except Exception as error:  # one bad entry never stops the feed
            yield ReadFailure(label, as_failure(error, label).reason)


def _read_entry(
    entry: Any, *, source: str, label: str, options: ReadOptions, feed: str | None
) -> Article:
    stamp = _entry_time(entry)
    hints = Hints(
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        authors=split_authors([a.get("name", "") for a in entry.get("authors", [])] or None)
        or split_authors(entry.get("author")),
        published=stamp.date() if stamp else None,
        published_at=stamp,
    )
    if options.fetch and hints.url:
        page = fetch(hints.url, options)
        hints = replace(hints, url=page.url)
        text = decode(page.content, page.url, charset=page.charset)
        if sniff(page.content[:65536]) == "html":
            return read_html(text, source=source, url=page.url, options=options, hints=hints)
        return read_plaintext(text, source=source, options=options, hints=hints)
    content = entry.get("content") or []
    body = fragment_text(content[0].get("value", "") if content else entry.get("summary", ""))
    if not body.strip():
        raise IngestError(label, "entry has no text (read with fetch to download its page)")
    article = read_plaintext(body, source=source, options=options, hints=hints, detect_title=False)
    if article.publisher is None and feed:
        article = replace(article, publisher=feed)
    return article


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None
