"""RSS and Atom feeds: entries become articles; what is not a feed fails clearly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from foretold.ingest import ReadFailure, read_inputs
from foretold.records import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def test_rss_items_become_articles_and_an_empty_item_fails_alone() -> None:
    results = list(read_inputs([str(DATA / "news.rss")]))
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert [a.title for a in articles] == [
        "Riverton council approves flood wall despite cost fears",
        "Bridge repairs delayed until autumn",
    ]
    first = articles[0]
    assert first.authors == ("Jane Doe", "Omar Haddad")
    assert first.published_at == datetime(2023, 3, 14, 14, 30, tzinfo=UTC)
    assert first.url == "https://www.rivertonledger.example/2023/03/14/council-approves-flood-wall"
    assert first.publisher == "The Riverton Ledger"
    assert first.source == str(DATA / "news.rss")
    assert "Mayor Helen Park" in first.text  # content:encoded wins over description
    assert "Advertisement" not in first.text and "Read more" not in first.text
    assert len(articles[1].paragraphs) == 2
    assert len(failures) == 1
    assert "entry 3" in failures[0].source and "gallery-mill-river" in failures[0].source
    assert "no text" in failures[0].reason


def test_atom_entries_with_html_summary_and_xhtml_content() -> None:
    articles = list(read_inputs([str(DATA / "news.atom")]))
    assert all(isinstance(a, Article) for a in articles)
    zebra, seaeye = articles
    assert zebra.publisher == "Wikinews"
    assert zebra.published_at == datetime(2019, 2, 23, 18, 4, tzinfo=UTC)
    assert zebra.text.startswith("In findings published on Wednesday in PLoS One")
    assert len(zebra.paragraphs) == 2
    assert '"This day is very hard for me' in seaeye.text


def test_html_page_under_a_feed_name_is_not_a_feed() -> None:
    (result,) = read_inputs([str(DATA / "not_a_feed.rss")])
    assert isinstance(result, ReadFailure)
    assert str(result).startswith(str(DATA / "not_a_feed.rss") + ": not an RSS or Atom feed")


def test_truncated_feed_is_reported_malformed() -> None:
    results = list(read_inputs([str(DATA / "broken_feed.xml")]))
    assert all(isinstance(r, ReadFailure) for r in results)
    assert "malformed feed" in results[0].reason


def test_feed_markup_without_entries_or_version_fails(tmp_path: Path) -> None:
    path = tmp_path / "odd.xml"
    path.write_text("<rss><channel><title>x</title><item><title>", encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert results and all(isinstance(r, ReadFailure) for r in results)
    assert all(str(path) in str(r) for r in results)
