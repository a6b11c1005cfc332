import json
from datetime import date

from typer.testing import CliRunner

from foretold.cli import app
from foretold.records import Article, Extraction, Forecast
from foretold.store import open_store

runner = CliRunner()


def _store_forecast(db):
    text = "Russia invades Ukraine."
    article = Article("a1", text, title="Russia and Ukraine", published=date(2021, 12, 6))
    forecast = Forecast(
        "f1",
        "a1",
        "Analyst",
        text,
        0,
        len(text),
        "Russia invades Ukraine",
        0.8,
        condition="talks fail",
        said_on=date(2021, 12, 6),
    )
    with open_store(db) as store:
        store.put_extraction(Extraction(article, forecasts=(forecast,)))


def test_new_question_json_has_its_id_and_links(tmp_path):
    db = str(tmp_path / "f.db")
    _store_forecast(db)
    title = "Will Russia launch a military offensive into Ukraine?"
    result = runner.invoke(
        app, ["questions", "new", title, "--closes", "2022-12-31", "--json", "--db", db]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == title and data["closes"] == "2022-12-31"
    assert data["linked_forecasts"] == 1
    shown = runner.invoke(app, ["questions", "show", data["id"], "--json", "--db", db])
    (forecast,) = json.loads(shown.stdout)["forecasts"]
    assert forecast["by"] == "machine" and forecast["effective_probability"] == 0.8


def test_link_unlink_and_condition_commands(tmp_path):
    db = str(tmp_path / "f.db")
    _store_forecast(db)
    made = runner.invoke(app, ["questions", "new", "Will the talks fail?", "--json", "--db", db])
    qid = json.loads(made.stdout)["id"]
    assert runner.invoke(app, ["link", "f1", qid, "--negated", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["condition", "f1", "unmet", "--db", db]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["questions", "show", qid, "--json", "--db", db]).stdout)
    (forecast,) = shown["forecasts"]
    assert forecast["negated"] and forecast["by"] == "person"
    assert forecast["effective_probability"] is None
    assert runner.invoke(app, ["unlink", "f1", qid, "--db", db]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["questions", "show", qid, "--json", "--db", db]).stdout)
    assert shown["forecasts"] == []


def test_bad_condition_status_fails_with_one_line(tmp_path):
    result = runner.invoke(app, ["condition", "f1", "maybe", "--db", str(tmp_path / "f.db")])
    assert result.exit_code != 0


def test_conditions_are_suggested_from_a_resolved_question(tmp_path):
    db = str(tmp_path / "f.db")
    _store_forecast(db)
    made = runner.invoke(app, ["questions", "new", "Will the talks fail?", "--json", "--db", db])
    qid = json.loads(made.stdout)["id"]
    assert (
        runner.invoke(app, ["resolve", qid, "yes", "--on", "2021-12-08", "--db", db]).exit_code == 0
    )
    result = runner.invoke(app, ["questions", "conditions", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    (suggestion,) = json.loads(result.stdout)
    assert suggestion["forecast_id"] == "f1"
    assert suggestion["met"] is True
    assert suggestion["question_id"] == qid
