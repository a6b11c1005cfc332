"""One input's bytes to articles: detect the format, then hand over to its reader."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from typing import IO

from foretold.errors import IngestError
from foretold.ingest.decode import binary_kind, decode
from foretold.ingest.feed import read_feed
from foretold.ingest.html import read_html
from foretold.ingest.jsonl import read_json, read_jsonl
from foretold.ingest.metadata import Hints
from foretold.ingest.options import ReadFailure, ReadOptions, describe_size
from foretold.ingest.plaintext import read_plaintext
from foretold.ingest.sniff import GZIP_MAGIC, Format, claimed_format, gunzip_head, sniff
from foretold.ingest.warc import read_warc
from foretold.records import Article

HEAD_SIZE = 1 << 16
_NAMES: dict[Format, str] = {
    "text": "plain text",
    "html": "HTML",
    "jsonl": "JSON Lines",
    "json": "JSON",
    "feed": "an RSS or Atom feed",
    "warc": "a WARC archive",
}


class _Prefixed(io.RawIOBase):
    """A stream that gives back bytes already read from it before the rest."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        self._prefix = prefix
        self._offset = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._offset < len(self._prefix):
            chunk = self._prefix[self._offset : self._offset + len(buffer)]
            self._offset += len(chunk)
        else:
            chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _prefixed(prefix: bytes, rest: IO[bytes]) -> io.BufferedReader:
    return io.BufferedReader(_Prefixed(prefix, rest), buffer_size=1 << 16)


def _read_head(stream: IO[bytes]) -> bytes:
    parts, size = [], 0
    while size < HEAD_SIZE:
        chunk = stream.read(HEAD_SIZE - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def read_stream(
    stream: IO[bytes],
    source: str,
    options: ReadOptions,
    *,
    name: str = "",
    size: int | None = None,
    charset: str | None = None,
    url: str | None = None,
) -> Iterator[Article | ReadFailure]:
    """Read every article in one input.

    ``name`` (a file name or URL path) only sets a claim that the content must meet: a
    ".rss" file that is not a feed fails. ``size``, when known, lets oversized inputs fail
    before they are read.
    """
    head = _read_head(stream)
    if not head.strip():
        raise IngestError(source, "empty file")
    if head.startswith(GZIP_MAGIC):
        if gunzip_head(head).lstrip().startswith(b"WARC/"):
            yield from read_warc(_prefixed(head, stream), source, options)
            return
        stream = gzip.GzipFile(fileobj=_prefixed(head, stream), mode="rb")
        try:
            head = _read_head(stream)
        except (OSError, EOFError) as error:
            raise IngestError(source, f"unreadable gzip data ({error})") from None
        size = None
        if not head.strip():
            raise IngestError(source, "empty file")
    fmt = sniff(head)
    claimed = claimed_format(name)
    if claimed is not None and claimed != fmt and {claimed, fmt} != {"jsonl", "json"}:
        raise IngestError(source, f"not {_NAMES[claimed]} (the content looks like {_NAMES[fmt]})")
    if fmt == "warc":
        yield from read_warc(_prefixed(head, stream), source, options)
        return
    kind = binary_kind(head)
    if kind is not None:
        raise IngestError(source, f"binary file ({kind}), not text")
    if fmt == "jsonl":
        yield from read_jsonl(_prefixed(head, stream), source, options)
        return
    if size is not None and size > options.max_bytes:
        raise IngestError(source, _too_large(size, options.max_bytes))
    data = head + stream.read(options.max_bytes + 1 - len(head))
    if len(data) > options.max_bytes:
        raise IngestError(source, _too_large(None, options.max_bytes))
    if fmt == "json":
        yield from read_json(data, source, options)
    elif fmt == "feed":
        yield from read_feed(data, source, options)
    elif fmt == "html":
        text = decode(data, source, charset=charset)
        yield read_html(text, source=source, url=url, options=options)
    else:
        text = decode(data, source, charset=charset)
        yield read_plaintext(text, source=source, options=options, hints=Hints(url=url))


def _too_large(size: int | None, cap: int) -> str:
    amount = describe_size(size) if size is not None else "more"
    return f"file too large ({amount}; the limit for one article is {describe_size(cap)})"
