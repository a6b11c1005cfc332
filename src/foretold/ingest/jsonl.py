"""JSON Lines corpora (one article per line) and JSON files of articles, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from foretold.errors import IngestError
from foretold.ingest.decode import decode
from foretold.ingest.html import read_html
from foretold.ingest.metadata import Hints, find_date, parse_iso_datetime, split_authors
from foretold.ingest.options import ReadFailure, ReadOptions, as_failure, describe_size
from foretold.ingest.plaintext import read_plaintext
from foretold.records import Article

_CHUNK = 1 << 20


def read_jsonl(
    stream: IO[bytes], source: str, options: ReadOptions
) -> Iterator[Article | ReadFailure]:
    """One article (or failure) per non-blank line; memory stays flat however long the file."""
    for number, line in _lines(stream, options.max_bytes):
        label = f"{source} line {number}"
        if line is None:
            yield ReadFailure(label, f"line longer than {describe_size(options.max_bytes)}")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(_text(line, label))
        except ValueError as error:
            yield ReadFailure(label, f"invalid JSON ({getattr(error, 'msg', error)})")
            continue
        try:
            yield read_record(record, label=label, source=source, options=options)
        except Exception as error:  # one bad line never stops the corpus
            yield _failure(error, label)


def read_json(data: bytes, source: str, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    """A JSON document holding one article object or a list of them."""
    try:
        document = json.loads(_text(data, source))
    except ValueError as error:
        raise IngestError(source, f"invalid JSON ({getattr(error, 'msg', error)})") from None
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, 1):
        label = f"{source} item {number}" if isinstance(document, list) else source
        try:
            yield read_record(record, label=label, source=source, options=options)
        except Exception as error:
            yield _failure(error, label)


def _failure(error: Exception, label: str) -> ReadFailure:
    failure = as_failure(error, label)
    return failure if failure.source.startswith(label) else ReadFailure(label, failure.reason)


def read_record(record: Any, *, label: str, source: str, options: ReadOptions) -> Article:
    """An article from one corpus record, its fields named by ``options.jsonl_fields``.

    The article's source names the record within the corpus, with the corpus's own id when
    it has one ("corpus.jsonl line 17 (wn-1234)"), so each stored article leads back to it.
    """
    if not isinstance(record, dict):
        raise IngestError(label, f"not a JSON object but {type(record).__name__}")

    def get(name: str) -> Any:
        value = record.get(options.field_name(name))
        return value if value not in ("", None, []) else None

    ident = get("id")
    if ident is not None:
        label = f"{label} ({ident})"
    source = label
    hints = Hints(
        title=_string(get("title")),
        url=_string(get("url")),
        authors=split_authors(get("authors") or record.get("author")),
        agency=_string(get("agency")),
        publisher=_string(get("publisher")),
        language=_string(get("language")),
        **_published(get("published")),
    )
    text, page = get("text"), get("html")
    if isinstance(text, str) and text.strip():
        return read_plaintext(text, source=source, options=options, hints=hints, detect_title=False)
    if isinstance(page, str) and page.strip():
        return read_html(page, source=source, url=hints.url, options=options, hints=hints)
    field = options.field_name("text")
    raise IngestError(label, f"no article text (field {field!r} is missing or empty)")


def _published(value: Any) -> dict[str, Any]:
    if not isinstance(value, str | int | float):
        return {}
    text = str(value)
    parsed = parse_iso_datetime(text)
    if parsed is None:
        found = find_date(text)
        parsed = (found[0], found[1]) if found else None
    return {"published": parsed[0], "published_at": parsed[1]} if parsed else {}


def _string(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return str(value).strip() or None if value is not None else None


def _text(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode(data, label)


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; a line over ``limit`` bytes is skipped and reported as None."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
            yield number, None
            continue
        yield number, line
