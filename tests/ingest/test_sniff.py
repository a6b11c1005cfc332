"""Formats are told apart by their first bytes; names only make claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from foretold.ingest.sniff import claimed_format, gunzip_head, sniff

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("ledger_council.html", "html"),
        ("malformed.html", "html"),
        ("news.rss", "feed"),
        ("news.atom", "feed"),
        ("not_a_feed.rss", "html"),
        ("broken_feed.xml", "feed"),
        ("wikinews_slice.jsonl", "jsonl"),
        ("article_fr.txt", "text"),
    ],
)
def test_fixture_formats(name: str, fmt: str) -> None:
    assert sniff((DATA / name).read_bytes()[:65536]) == fmt


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'[{"text": "a"}]', "json"),
        (b'{\n  "text": "a"\n}', "json"),
        (b"Title\n\nSome <b>bold</b> words and <i>more</i>, see <a href=x>this</a>.", "html"),
        (b"[Photo] A caption\n\nThe story.", "text"),
        (b"\xef\xbb\xbfJust text.", "text"),
    ],
)
def test_content_formats(head: bytes, fmt: str) -> None:
    assert sniff(head) == fmt


def test_claims_and_gzip_heads() -> None:
    assert claimed_format("crawl.warc.gz") == "warc"
    assert claimed_format("feed.RSS") == "feed"
    assert claimed_format("page.html") is None
    assert gunzip_head((DATA / "crawl.warc.gz").read_bytes()[:4096]).startswith(b"WARC/1.")
