import json
from datetime import date

import pytest
from typer.testing import CliRunner

from foretold.cli.eval import app as eval_app
from foretold.ingest.article import make_article
from foretold.records import Extraction, Forecast
from foretold.store import open_store

runner = CliRunner()


def _needs_full_store():
    pytest.importorskip("foretold.store.questions", reason="the store needs every area's module")


def _store_one(db):
    article = make_article("Analysts expect prices to rise next year.", published=date(2021, 1, 4))
    forecast = Forecast(
        id="abc123",
        article_id=article.id,
        forecaster="Analysts",
        statement=article.text,
        start=0,
        end=len(article.text),
        proposition="Prices rise",
        probability=0.75,
        probability_words=("expect",),
        said_on=date(2021, 1, 4),
    )
    with open_store(db) as store:
        store.put_extraction(Extraction(article, forecasts=(forecast,)))


def test_forecasts_list_prints_stored_forecasts_as_json(tmp_path):
    _needs_full_store()
    db = tmp_path / "f.db"
    _store_one(db)
    from foretold.cli import app

    result = runner.invoke(
        app, ["forecasts", "list", "--db", str(db), "--by", "analysts", "--json"]
    )
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["proposition"] == "Prices rise" and row["probability_words"] == ["expect"]


def test_forecasts_list_search_without_match_is_empty(tmp_path):
    _needs_full_store()
    db = tmp_path / "f.db"
    _store_one(db)
    from foretold.cli import app

    result = runner.invoke(
        app, ["forecasts", "list", "--db", str(db), "--search", "zebra", "--json"]
    )
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_eval_forecasts_prints_the_figures(tmp_path, nlp):
    text = "Analysts expect prices to rise next year. Prices rose in 2020."
    gold = {
        "id": "a",
        "text": text,
        "published": "2021-01-04",
        "forecasts": [
            {
                "evidence": "Analysts expect prices to rise",
                "forecaster": "Analysts",
                "probability": 0.75,
            }
        ],
        "not_forecasts": [{"evidence": "Prices rose in 2020", "why": "past"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = runner.invoke(eval_app, ["forecasts", str(path)])
    assert result.exit_code == 0, result.output
    assert "f1" in result.output and "1.0" in result.output


def test_eval_forecasts_names_a_missing_file(tmp_path):
    result = runner.invoke(eval_app, ["forecasts", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
