import json
from datetime import date

import pytest
from typer.testing import CliRunner

from foretold.cli import app
from foretold.ingest.article import make_article
from foretold.records import Extraction, Forecast
from foretold.store import open_store

runner = CliRunner()
SAID = date(2021, 12, 6)


@pytest.fixture
def db(tmp_path):
    """A store with one question and three linked forecasts by two forecasters."""
    path = tmp_path / "cli.db"
    text = "Stanovaya expects an offensive. Lukyanov does not."
    article = make_article(text, publisher="Example News", published=SAID)
    forecasts = tuple(
        Forecast(
            id=fid,
            article_id=article.id,
            forecaster=who,
            forecaster_id=who.lower().replace(" ", "-"),
            statement=text[start:end],
            start=start,
            end=end,
            proposition="Russia launches an offensive",
            probability=p,
            said_on=SAID,
        )
        for fid, who, p, start, end in (
            ("s1", "Tatiana Stanovaya", 0.8, 0, 31),
            ("s2", "Tatiana Stanovaya", 0.7, 0, 31),
            ("l1", "Fyodor Lukyanov", 0.2, 32, 50),
        )
    )
    with open_store(path) as store:
        store.put_extraction(Extraction(article=article, forecasts=forecasts))
        with store.transaction() as conn:
            conn.execute("DELETE FROM links")  # only the links below
            conn.execute(
                "INSERT INTO questions (id, title, status, created_at)"
                " VALUES ('q1', 'Will Russia launch a military offensive into Ukraine?',"
                " 'open', '2021-12-01')"
            )
            conn.executemany(
                "INSERT INTO links (forecast_id, question_id, by, decided_at)"
                " VALUES (?, 'q1', 'person', '2021-12-07')",
                [("s1",), ("s2",), ("l1",)],
            )
    return str(path)


def run(*args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def test_resolve_then_scores_json_ranks_by_brier(db):
    resolved = run("resolve", "q1", "yes", "--on", "2022-02-24", "--db", db)
    assert resolved.exit_code == 0, resolved.output
    result = run("scores", "--question", "q1", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    board = json.loads(result.output)
    assert [row["forecaster"] for row in board] == ["Tatiana Stanovaya", "Fyodor Lukyanov"]
    top = board[0]
    assert top["brier"] == pytest.approx((0.04 + 0.09) / 2)
    assert {"forecasts", "log_score", "skill", "peer", "brier_ci", "calibration"} <= set(top)


def test_scores_table_shows_intervals(db):
    run("resolve", "q1", "yes", "--on", "2022-02-24", "--db", db)
    result = run("scores", "--question", "q1", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Stanovaya" in result.output and "[" in result.output


def test_full_board_minimum_count_is_an_option(db):
    run("resolve", "q1", "yes", "--on", "2022-02-24", "--db", db)
    assert json.loads(run("scores", "--json", "--db", db).output) == []
    loose = json.loads(run("scores", "--json", "--min-forecasts", "1", "--db", db).output)
    assert len(loose) == 2


def test_resolve_errors_are_one_line_with_exit_status_one(db):
    unknown = run("resolve", "nope", "yes", "--on", "2022-02-24", "--db", db)
    assert unknown.exit_code == 1 and "nope" in unknown.output
    bad = run("resolve", "q1", "perhaps", "--on", "2022-02-24", "--db", db)
    assert bad.exit_code == 1 and "perhaps" in bad.output
    bad_day = run("resolve", "q1", "yes", "--on", "24/02/2022", "--db", db)
    assert bad_day.exit_code == 1 and "--on" in bad_day.output


def test_person_shows_every_forecast_with_evidence_and_score(db):
    run("resolve", "q1", "yes", "--on", "2022-02-24", "--db", db)
    result = run("person", "Stanovaya", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["forecaster"] == "Tatiana Stanovaya"
    assert len(record["entries"]) == 2
    scored = record["entries"][0]["questions"][0]["score"]
    assert scored["brier"] in (pytest.approx(0.04), pytest.approx(0.09))
    table = run("person", "Lukyanov", "--db", db)
    assert table.exit_code == 0 and "Lukyanov does not" in table.output


def test_timeline_prints_medians_and_draws_a_png(db, tmp_path):
    run("resolve", "q1", "yes", "--on", "2022-02-24", "--db", db)
    png = tmp_path / "timeline.png"
    result = run("timeline", "q1", "--png", png, "--db", db)
    assert result.exit_code == 0, result.output
    assert "2021-12-06" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    points = json.loads(run("timeline", "q1", "--json", "--db", db).output)
    assert points[0] == {"day": "2021-12-06", "live": 2, "median": 0.475, "low": 0.2, "high": 0.75}
