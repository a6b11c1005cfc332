"""Build the generated ingest fixtures: a JSON Lines corpus slice and a WARC crawl.

Run from the repository root:  .venv/bin/python tests/data/ingest/make_fixtures.py

The HTML pages, feeds and text files next to this script are written by hand; this script
only derives `wikinews_slice.jsonl` (from ../shared/data/corpus/wikinews.jsonl) and
`crawl.warc.gz` (from the HTML pages here), so both can be rebuilt and reviewed.
"""

from __future__ import annotations

import json
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[3] / "shared" / "data" / "corpus" / "wikinews.jsonl"
SLICE_IDS = (
    "wn-meantime-1173",
    "wn-escape-room-fire-kills-five-teen-girls-in-koszalin-poland",
    "wn-senator-ted-cruz-proposes-amendment-to-u-s-constitution-setting-congressional-te",
    "wn-zebra-stripes-may-dazzle-pathogen-packing-horse-flies-say-scientists",
    "wn-german-migrant-rescue-charity-renames-ship-after-drowned-syrian-toddler",
)
CRAWL_DATE = "2023-03-16T04:00:00Z"


def write_slice() -> None:
    lines = {}
    with CORPUS.open(encoding="utf-8") as corpus:
        for line in corpus:
            record = json.loads(line)
            if record["id"] in SLICE_IDS:
                lines[record["id"]] = json.dumps(record, ensure_ascii=False)
    text = "\n".join(lines[i] for i in SLICE_IDS) + "\n"
    (HERE / "wikinews_slice.jsonl").write_text(text, encoding="utf-8")


def _record_id(uri: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ' ' + uri)}>"


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    extra: list[tuple[str, str]] | None = None,
) -> None:
    request = StatusAndHeaders(
        "GET " + uri.split("/", 3)[-1].join(["/", ""]) + " HTTP/1.1",
        [("Host", uri.split("/")[2]), ("User-Agent", "foretold-fixture-crawler/1.0")],
        is_http_request=True,
    )
    writer.write_record(
        writer.create_warc_record(
            uri,
            "request",
            http_headers=request,
            warc_headers_dict={
                "WARC-Date": CRAWL_DATE,
                "WARC-Record-ID": _record_id(uri, "request"),
            },
        )
    )
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    http = StatusAndHeaders(status, headers + (extra or []), protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            uri,
            "response",
            payload=BytesIO(body),
            http_headers=http,
            warc_headers_dict={
                "WARC-Date": CRAWL_DATE,
                "WARC-Record-ID": _record_id(uri, "response"),
            },
        )
    )


def write_warc() -> None:
    with (HERE / "crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(
            writer.create_warcinfo_record(
                "crawl.warc.gz",
                {"software": "foretold make_fixtures.py (warcio)", "format": "WARC/1.0"},
            )
        )
        _response(
            writer,
            "https://www.rivertonledger.example/robots.txt",
            b"User-agent: *\nDisallow: /admin/\n",
            content_type="text/plain",
        )
        _response(
            writer,
            "https://www.rivertonledger.example/2023/03/14/council-approves-flood-wall",
            (HERE / "ledger_council.html").read_bytes(),
        )
        _response(
            writer,
            "https://www.rivertonledger.example/flood-wall",
            b"",
            status="301 Moved Permanently",
            extra=[("Location", "/2023/03/14/council-approves-flood-wall")],
        )
        _response(
            writer,
            "https://www.rivertonledger.example/images/2023/03/council-vote.jpg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)),
            content_type="image/jpeg",
        )
        _response(
            writer,
            "https://en.wikinews.org/wiki/Zebra_stripes_may_%27dazzle%27_pathogen-packing_horse_flies,_say_scientists",
            (HERE / "wikinews_zebra.html").read_bytes(),
        )
        _response(
            writer,
            "https://www.rivertonledger.example/missing-page",
            b"<html><body><h1>Not found</h1></body></html>",
            status="404 Not Found",
        )
        _response(
            writer,
            "https://www.rivertonledger.example/",
            (HERE / "nav_only.html").read_bytes(),
        )


if __name__ == "__main__":
    write_slice()
    write_warc()
