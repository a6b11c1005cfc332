import json
from pathlib import Path

import pytest

from foretold.evaluation.gold_articles import GoldError
from foretold.evaluation.people import (
    GoldPeople,
    PeopleScores,
    confusions,
    evaluate,
    read_gold,
    score_people,
)
from foretold.ingest.article import make_article
from foretold.records import Extraction, Person

GOLD = Path(__file__).resolve().parents[1] / "data" / "people_wikinews.jsonl"
OTHER_SETS = ("speakers_wikinews", "forecasts_dev")


def _gold(text: str, people=(), organizations=(), id="a") -> GoldPeople:
    return GoldPeople(
        id=id,
        text=text,
        people=tuple(tuple(p) for p in people),
        organizations=tuple(tuple(o) for o in organizations),
    )


def test_people_and_organisations_are_scored_apart_with_kind_confusions():
    gold = _gold("x", [["Ann Lee", "Lee"], ["Tom Reed"]], [["Velora Motors", "Velora"], ["Acme"]])
    people = (
        Person("1", "Ann Lee"),
        Person("2", "Lee"),
        Person("3", "Velora"),
        Person("4", "Tom Reed", "organization"),
        Person("5", "officials", "group"),
        Person("6", "Acme", "organization"),
    )
    scores = PeopleScores()
    score_people(scores, gold, Extraction(make_article("x"), people))
    assert (scores.people.tp, scores.people.predicted, scores.people.gold) == (1, 3, 2)
    assert scores.people.wrong() == [("a", "Velora")]
    assert scores.people.duplicates() == [("a", "Lee", "Ann Lee")]
    assert (scores.organizations.tp, scores.organizations.predicted) == (1, 2)
    assert scores.organization_as_person == [("a", "Velora", "Velora Motors")]
    assert scores.person_as_organization == [("a", "Tom Reed", "Tom Reed")]


def test_a_failed_article_counts_its_gold_as_missed():
    scores = PeopleScores()
    score_people(scores, _gold("x", [["Ann Lee"]], [["Acme"]]), None)
    assert scores.failures == ["a"]
    assert (scores.people.recall, scores.organizations.recall) == (0.0, 0.0)


def test_confusions_name_the_gold_entity():
    assert confusions("a", ["Acme", "Ann Lee"], [("Acme Corp", "Acme")]) == [
        ("a", "Acme", "Acme Corp")
    ]


def test_the_pipeline_scores_invented_articles(nlp):
    golds = [
        _gold(
            "Ann Lee, the chief executive of Velora Motors, said on Monday that sales rose. "
            "Lee told reporters the plant in Fort Brand would stay open.",
            [["Ann Lee", "Lee"]],
            [["Velora Motors", "Velora"]],
            id="one",
        ),
        _gold(
            "Tom Reed said the council would meet again. Reed added that the vote was close.",
            [["Tom Reed", "Reed"]],
            id="two",
        ),
    ]
    scores = evaluate(golds)
    assert not scores.failures
    assert [a.id for a in scores.people.articles] == ["one", "two"]
    assert (scores.people.tp, scores.people.gold) == (2, 2)
    assert scores.people.wrong() == []
    assert scores.organization_as_person == []


def test_gold_lines_need_text_people_and_organisations(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "people": []}) + "\n")
    with pytest.raises(GoldError, match="organizations"):
        read_gold(path)
    path.write_text(json.dumps({"text": "x", "people": ["Lee"], "organizations": []}) + "\n")
    with pytest.raises(GoldError, match="'people' must be a list"):
        read_gold(path)


def test_the_gold_file_is_well_formed_and_shares_no_article_with_other_sets():
    golds = read_gold(GOLD)
    assert len(golds) == 40 == len({g.id for g in golds})
    assert all(g.published is not None and g.url and len(g.text) <= 12000 for g in golds)
    assert sum(len(g.people) for g in golds) > 100
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["license"] == "https://creativecommons.org/licenses/by/2.5/"
        assert row["attribution"] == "Wikinews contributors"
    for name in OTHER_SETS:
        other = GOLD.with_name(f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        ids = {json.loads(line).get("id") for line in other if line.strip()}
        assert not ids & {g.id for g in golds}


def test_the_command_prints_the_figures_and_the_errors(nlp):
    from typer.testing import CliRunner

    from foretold.cli.eval import app

    result = CliRunner().invoke(app, ["people", str(GOLD), "--limit", "2", "--errors"])
    assert result.exit_code == 0, result.output
    assert "People table on people_wikinews.jsonl (2 articles)" in result.output
    assert "organisation tagged as person" in result.output
