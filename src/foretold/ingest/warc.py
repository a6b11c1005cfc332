"""WARC files as web crawls store them: each HTML page fetched becomes an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from foretold.errors import IngestError
from foretold.ingest.decode import decode
from foretold.ingest.html import read_html
from foretold.ingest.options import ReadFailure, ReadOptions, as_failure, describe_size
from foretold.records import Article


def read_warc(
    stream: IO[bytes], source: str, options: ReadOptions
) -> Iterator[Article | ReadFailure]:
    """Articles from the HTML responses (status 200) of a WARC, read one record at a time.

    Requests, metadata, redirects, errors and non-HTML payloads are skipped; an archive
    without any HTML page is reported as a failure.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        for record in ArchiveIterator(stream):
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
            try:
                text = decode(payload, label, charset=_charset(content_type))
                yield read_html(text, source=source, url=uri, options=options)
            except Exception as error:  # one bad record never stops the archive
                yield ReadFailure(label, as_failure(error, label).reason)
    except ArchiveLoadFailed as error:
        raise IngestError(source, f"not a readable WARC ({' '.join(str(error).split())})") from None
    if pages == 0:
        yield ReadFailure(source, "no HTML pages in the WARC archive")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
