"""News pages read through trafilatura, with metadata from the page's own markup."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from foretold.errors import IngestError
from foretold.ingest import ReadFailure, ReadOptions, read_inputs
from foretold.ingest.html import fragment_text, read_html
from foretold.records import Article, Caption

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def _read(name: str) -> Article:
    (result,) = read_inputs([str(DATA / name)])
    assert isinstance(result, Article), str(result)
    return result


@pytest.fixture(scope="module")
def ledger() -> Article:
    return _read("ledger_council.html")


def test_news_page_metadata_comes_from_byline_json_ld_and_site_name(ledger: Article) -> None:
    assert ledger.title == "Riverton council approves flood wall despite cost fears"
    assert ledger.authors == ("Jane Doe", "Omar Haddad")
    assert ledger.agency == "AFP"
    assert ledger.publisher == "The Riverton Ledger"
    assert ledger.published == date(2023, 3, 14)
    assert ledger.published_at == datetime(2023, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert ledger.url == "https://www.rivertonledger.example/2023/03/14/council-approves-flood-wall"


def test_news_page_body_has_the_story_and_none_of_the_page_around_it(ledger: Article) -> None:
    assert ledger.text.startswith("The Riverton city council voted 7-2 on Tuesday")
    assert ledger.text.endswith("The council will vote on the construction contract in June.")
    for furniture in (
        "Advertisement",
        "Read more",
        "Sign up",
        "Bridge repairs delayed",
        "All rights reserved",
        "Skip to content",
        "Jane Doe",
        "Council members vote",
    ):
        assert furniture not in ledger.text


def test_figcaption_gives_caption_and_credit(ledger: Article) -> None:
    assert ledger.captions == (
        Caption(
            "Council members vote on the flood wall plan on Tuesday evening.",
            "Maria Lopez / The Riverton Ledger",
        ),
    )


def test_wikinews_page_uses_table_publisher_meta_time_and_drops_link_sections() -> None:
    article = _read("wikinews_zebra.html")
    assert article.publisher == "Wikinews"
    assert article.published_at == datetime(2019, 2, 23, 18, 4, tzinfo=UTC)
    assert article.url.startswith("https://en.wikinews.org/wiki/Zebra_stripes")
    assert article.captions == (Caption("A plains zebra in Tanzania.", "Wikimedia Commons"),)
    assert article.text.endswith("flies can carry dangerous blood-borne pathogens.")
    assert "Related news" not in article.text and "Sources" not in article.text


def test_table_layout_page_with_date_only_in_the_text() -> None:
    article = _read("wikinews_seaeye.html")
    assert (
        article.title == "German migrant rescue charity renames ship after drowned Syrian toddler"
    )
    assert article.published == date(2019, 2, 12)
    assert article.text.startswith("German migrant marine rescue charity Sea-Eye")
    assert "Share this article" not in article.text
    assert "Creative Commons" not in article.text
    assert "Advertisement" not in article.text


def test_malformed_html_is_read_as_far_as_it_goes() -> None:
    article = _read("malformed.html")
    assert article.title == "Storm cuts power to thousands in Riverton"
    assert article.text.startswith("A late-winter storm brought down power lines")
    assert "heaviest fall since 2019" in article.text
    assert article.published is None  # "since 2019" is not a publication date


def test_page_without_a_story_fails_naming_the_file() -> None:
    (result,) = read_inputs([str(DATA / "nav_only.html")])
    assert isinstance(result, ReadFailure)
    assert result.source.endswith("nav_only.html")
    assert "no article text" in result.reason


def test_unparseable_markup_raises_ingest_error() -> None:
    with pytest.raises(IngestError, match="x.html"):
        read_html("<html></html>", source="x.html", options=ReadOptions())


def test_agency_named_as_author_becomes_the_agency() -> None:
    page = (
        "<html><head><meta name='author' content='Agence France-Presse'>"
        "<title>Floods hit the north</title></head><body><article><h1>Floods hit the north</h1>"
        "<p>Heavy rain caused floods across the north of the country on Monday, officials said,"
        " forcing thousands of people from their homes.</p><p>More rain is forecast for the rest"
        " of the week, the weather service said in a statement on Monday evening.</p>"
        "</article></body></html>"
    )
    article = read_html(
        page, source="afp.html", url="https://www.france24.com/x", options=ReadOptions()
    )
    assert article.agency == "AFP"
    assert article.authors == ()
    assert article.publisher == "France 24"


def test_fragment_text_keeps_one_paragraph_per_block() -> None:
    text = fragment_text("<p>One <b>bold</b> line.</p><p>Two<br>lines.</p><script>x()</script>")
    assert [" ".join(p.split()) for p in text.split("\n\n") if p.strip()] == [
        "One bold line.",
        "Two lines.",
    ]
