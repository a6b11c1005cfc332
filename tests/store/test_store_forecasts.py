import sqlite3
from datetime import date
from importlib import resources

import pytest

from foretold.errors import NotFound
from foretold.ingest.article import make_article
from foretold.records import Extraction, Forecast, Horizon
from foretold.store.articles import insert_article
from foretold.store.forecasts import ForecastQueries, write_forecasts


class _Store(ForecastQueries):
    """The articles and forecasts tables of a real SQLite file, written as the store does."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        folder = resources.files("foretold.store") / "migrations"
        for name in ("0001_articles.sql", "0003_forecasts.sql"):
            self.conn.executescript((folder / name).read_text(encoding="utf-8"))

    def put_extraction(self, extraction):
        with self.conn:
            insert_article(self.conn, extraction.article)
            write_forecasts(self.conn, extraction)


@pytest.fixture
def store(tmp_path):
    opened = _Store(tmp_path / "forecasts.db")
    yield opened
    opened.conn.close()


def _extraction():
    article = make_article(
        "Lukyanov said he doubts Biden and Putin will agree on anything concrete on Tuesday.",
        publisher="Example News",
        published=date(2021, 12, 6),
    )
    forecast = Forecast(
        id="f1",
        article_id=article.id,
        forecaster="Fyodor Lukyanov",
        forecaster_id="fyodor-lukyanov",
        statement=article.text,
        start=0,
        end=len(article.text),
        proposition="Biden and Putin agree on anything concrete",
        probability=0.25,
        probability_words=("doubt",),
        horizon=Horizon(date(2021, 12, 7), date(2021, 12, 7), "on Tuesday"),
        said_on=date(2021, 12, 6),
    )
    intention = Forecast(
        id="f2",
        article_id=article.id,
        forecaster="Joe Biden",
        statement=article.text,
        start=0,
        end=len(article.text),
        proposition="Biden accepts anybody's red line",
        probability=0.15,
        kind="intention",
    )
    return Extraction(article, forecasts=(forecast, intention))


def test_forecasts_round_trip_through_the_store(store):
    extraction = _extraction()
    store.put_extraction(extraction)
    assert store.get_forecast("f1") == extraction.forecasts[0]


def test_list_filters_by_forecaster_and_words_and_skips_intentions(store):
    store.put_extraction(_extraction())
    assert [f.id for f in store.list_forecasts()] == ["f1"]
    assert [f.id for f in store.list_forecasts(by="lukyanov")] == ["f1"]
    assert store.list_forecasts(by="Biden") == []
    assert [f.id for f in store.list_forecasts(search="concrete")] == ["f1"]
    assert store.list_forecasts(search="sanctions") == []


def test_unknown_forecast_id_raises_not_found(store):
    with pytest.raises(NotFound):
        store.get_forecast("nope")
