import json
from pathlib import Path

from foretold.evaluation.forecasts import read_gold

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "forecasts_heldout.jsonl"
WHY = {
    "past",
    "present",
    "generic",
    "stance",
    "promise",
    "decision",
    "intention",
    "question",
    "counterfactual",
}


def _rows() -> list[dict]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]


def test_heldout_gold_loads_with_the_evaluation_reader():
    articles = read_gold(HELDOUT)
    assert 10 <= len(articles) <= 12
    assert len({a.id for a in articles}) == len(articles)


def test_every_heldout_evidence_occurs_in_its_article_text():
    for row in _rows():
        for item in row["forecasts"] + row["not_forecasts"]:
            assert item["evidence"] in row["text"], (row["id"], item["evidence"])


def test_heldout_probabilities_lie_in_their_ranges_within_zero_and_one():
    for row in _rows():
        for f in row["forecasts"]:
            low, high = f["probability_range"]
            assert 0.0 <= low <= f["probability"] <= high <= 1.0, (row["id"], f["evidence"])


def test_heldout_look_alikes_give_a_known_reason():
    for row in _rows():
        for item in row["not_forecasts"]:
            assert item["why"] in WHY, (row["id"], item)


def test_heldout_has_enough_forecasts_and_look_alikes():
    rows = _rows()
    assert sum(len(r["forecasts"]) for r in rows) >= 20
    assert sum(len(r["not_forecasts"]) for r in rows) >= 15


def test_heldout_articles_are_not_in_the_development_set():
    dev = HELDOUT.with_name("forecasts_dev.jsonl").read_text(encoding="utf-8").splitlines()
    dev_ids = {json.loads(line)["id"] for line in dev if line}
    assert not dev_ids & {r["id"] for r in _rows()}
