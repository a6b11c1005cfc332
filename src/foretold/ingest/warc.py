"""WARC files as web crawls store them: each HTML page fetched becomes an article."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from foretold.errors import IngestError
from foretold.ingest.decode import decode
from foretold.ingest.html import read_html
from foretold.ingest.options import ReadFailure, ReadOptions, as_failure, describe_size
from foretold.records import Article

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord


def read_warc(
    stream: IO[bytes], source: str, options: ReadOptions
) -> Iterator[Article | ReadFailure]:
    """Articles from the HTML responses (status 200) of a WARC, read one record at a time.

    Requests, metadata, redirects, errors and non-HTML payloads are skipped; an archive
    without any HTML page is reported as a failure, and so is an archive that ends inside a
    record (a truncated download), whose cut page is not read as if it were whole.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages, cut, record = 0, False, None
    counted = _Counted(stream)
    archive = ArchiveIterator(io.BufferedReader(counted, buffer_size=1 << 16))
    try:
        for record in archive:
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            http = record.http_headers
            if http is not None and http.get_statuscode() != "200":
                continue
            headers = http if http is not None else record.rec_headers
            content_type = (headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            label = f"{source} ({uri})" if uri else source
            pages += 1
            payload = record.content_stream().read(options.max_bytes + 1)
            if len(payload) > options.max_bytes:
                yield ReadFailure(label, f"page larger than {describe_size(options.max_bytes)}")
                continue
            if cut := _cut_short(record):
                break
            try:
                text = decode(payload, label, charset=_charset(content_type))
                yield read_html(text, source=source, url=uri, options=options)
            except Exception as error:  # one bad record never stops the archive
                yield ReadFailure(label, as_failure(error, label).reason)
    except ArchiveLoadFailed as error:
        raise IngestError(source, f"not a readable WARC ({' '.join(str(error).split())})") from None
    if cut or (record is not None and _cut_short(record)) or counted.size > archive.offset:
        yield ReadFailure(source, "the WARC archive is truncated: it ends inside a record")
    elif pages == 0:
        yield ReadFailure(source, "no HTML pages in the WARC archive")


class _Counted(io.RawIOBase):
    """A stream that counts the bytes read through it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        chunk = self._stream.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.size += len(chunk)
        return len(chunk)


def _cut_short(record: ArcWarcRecord) -> bool:
    """Whether the archive ended in the record's header (every WARC record declares its
    Content-Length) or before that many bytes of it were read."""
    if record.rec_headers.get_header("Content-Length") is None:
        return True
    return getattr(record.raw_stream, "limit", 0) > 0


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
