import json
from datetime import date
from pathlib import Path

import pytest

from foretold.evaluation.gold_articles import GoldError
from foretold.evaluation.said_on import (
    DateItem,
    DateScores,
    GoldDates,
    ItemResult,
    evaluate,
    match_statement,
    outcome,
    read_gold,
    snippet_span,
)
from foretold.records import Statement

GOLD = Path(__file__).resolve().parents[1] / "data" / "said_on_wikinews.jsonl"
MONDAY = date(2021, 12, 6)


def _statement(start: int, end: int, said_on: date | None = None) -> Statement:
    return Statement(
        id=f"{start}", article_id="a", text="x" * (end - start), start=start, end=end,
        kind="indirect", speaker="Lee", said_on=said_on,
    )  # fmt: skip


def test_a_snippet_matches_the_statement_overlapping_it_most():
    short, long = _statement(10, 20), _statement(0, 40)
    assert match_statement((12, 18), [short, long]) is short
    assert match_statement((5, 30), [short, long]) is long
    assert match_statement((18, 30), [short]) is None  # covers under half of the snippet
    assert snippet_span("Lee said no.", "no") == (9, 11)
    assert snippet_span("Lee said no.", "yes") is None


def test_outcomes_compare_gold_and_system_days():
    sunday = date(2021, 12, 5)
    assert outcome(sunday, sunday) == "right"
    assert outcome(sunday, MONDAY) == "wrong"
    assert outcome(sunday, None) == "none"
    assert outcome(None, None) == "null"
    assert outcome(None, sunday) == "false"


def test_scores_count_coverage_accuracy_and_false_days():
    item = DateItem("x", None)
    scores = DateScores(
        [ItemResult("a", item, o) for o in ("right", "right", "wrong", "none", "false", "null")]
        + [ItemResult("a", item, "missed")]
    )
    assert scores.coverage == pytest.approx(6 / 7)
    assert scores.accuracy == pytest.approx(2 / 4)
    assert scores.false_rate == pytest.approx(1 / 2)
    assert [r.outcome for r in scores.errors()] == ["wrong", "none", "false", "missed"]
    assert DateScores().accuracy == 0.0


def test_the_pipeline_dates_invented_statements(nlp):
    text = (
        "Ann Lee, the chief executive of Velora Motors, told reporters on Sunday that sales "
        "rose.\n\nTom Reed said the council would meet again on Friday.\n\n"
        "In a statement on Saturday, the council said the vote was close."
    )
    gold = GoldDates(
        id="one",
        text=text,
        published=MONDAY,
        items=(
            DateItem("sales rose", date(2021, 12, 5)),
            DateItem("the council would meet again", None),
            DateItem("the vote was close", date(2021, 12, 4)),
            DateItem("chief executive", None),
        ),
    )
    scores = evaluate([gold])
    assert not scores.failures
    assert [r.outcome for r in scores.items] == ["right", "null", "right", "missed"]
    assert scores.accuracy == 1.0 and scores.false_rate == 0.0


def test_gold_lines_need_statements_with_quotes_in_the_text(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": "Lee said no."}) + "\n")
    with pytest.raises(GoldError, match="'statements'"):
        read_gold(path)
    path.write_text(json.dumps({"text": "Lee said no.", "statements": [{"quote": "yes"}]}))
    with pytest.raises(GoldError, match="quote not in the text"):
        read_gold(path)
    bad_day = {"quote": "no", "said_on": "Sunday"}
    path.write_text(json.dumps({"text": "Lee said no.", "statements": [bad_day]}))
    with pytest.raises(GoldError, match="YYYY-MM-DD"):
        read_gold(path)


def test_the_halves_split_the_file_by_position():
    golds = read_gold(GOLD)
    dev, check = read_gold(GOLD, half="dev"), read_gold(GOLD, half="check")
    assert [g.id for g in dev] == [g.id for g in golds[1::2]]
    assert [g.id for g in check] == [g.id for g in golds[0::2]]
    with pytest.raises(GoldError, match="half"):
        read_gold(GOLD, half="odd")


def test_the_gold_file_is_well_formed_and_shares_no_article_with_other_sets():
    golds = read_gold(GOLD)
    assert len(golds) == 30 == len({g.id for g in golds})
    assert all(g.published is not None and g.url for g in golds)
    items = [item for g in golds for item in g.items]
    assert sum(item.said_on is not None for item in items) >= 35
    assert sum(item.said_on is None for item in items) >= 35
    for g in golds:
        assert all(i.said_on is None or i.said_on <= g.published for i in g.items), g.id
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["license"] == "https://creativecommons.org/licenses/by/2.5/"
        assert row["attribution"] == "Wikinews contributors"
    keys = {g.id for g in golds} | {g.url for g in golds}
    others = [*GOLD.parent.glob("speakers_*.jsonl"), *GOLD.parent.glob("forecasts_*.jsonl")]
    for other in [*others, GOLD.with_name("people_wikinews.jsonl")]:
        for line in other.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                assert not {row.get("id"), row.get("url")} & keys, other.name


def test_the_command_prints_the_figures_and_the_errors(nlp):
    from typer.testing import CliRunner

    from foretold.cli.eval import app

    result = CliRunner().invoke(app, ["said-on", str(GOLD), "--limit", "2", "--errors"])
    assert result.exit_code == 0, result.output
    assert "said_on_wikinews.jsonl (2 articles)" in result.output
    assert "right day" in result.output
