import json

import pytest

from foretold.evaluation.forecasts import (
    ForecastScores,
    GoldError,
    overlap,
    read_gold,
    same_forecaster,
    score_article,
)
from foretold.records import Forecast


def test_overlap_is_measured_against_the_smaller_text():
    assert overlap("the talks fail", "he does not expect war if the talks fail") == 1.0
    assert overlap("completely different", "words here") == 0.0


def test_forecaster_names_match_on_contained_or_last_words():
    assert same_forecaster("Heather Conley", "Conley")
    assert same_forecaster("Wikinews", "GM", also=("Wikinews",))
    assert not same_forecaster("Joe Biden", "Vladimir Putin")


def test_gold_without_text_is_refused(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "forecasts": []}) + "\n")
    with pytest.raises(GoldError, match="text"):
        read_gold(path)


def test_scoring_counts_matches_misses_and_false_alarms(tmp_path):
    text = "Analysts say prices will rise. The firm will cut jobs. Rain may fall."
    path = tmp_path / "gold.jsonl"
    row = {
        "id": "a",
        "text": text,
        "forecasts": [
            {
                "evidence": "Analysts say prices will rise",
                "forecaster": "Analysts",
                "probability": 0.8,
            },
            {"evidence": "Rain may fall", "forecaster": "Example", "probability": 0.5},
        ],
        "not_forecasts": [{"evidence": "The firm will cut jobs", "why": "decision"}],
    }
    path.write_text(json.dumps(row) + "\n")
    (gold,) = read_gold(path)

    def forecast(evidence, who, p):
        start = text.index(evidence)
        return Forecast("x" + evidence[:3], "a", who, evidence, start, start + len(evidence), "", p)

    scores = ForecastScores()
    predicted = [
        forecast("Analysts say prices will rise.", "Analysts", 0.85),
        forecast("The firm will cut jobs.", "Example", 0.85),
    ]
    score_article(gold, predicted, scores)
    assert (scores.tp, scores.fp, scores.fn) == (1, 1, 1)
    assert scores.forecaster_accuracy == 1.0
    assert scores.mae == pytest.approx(0.05)
    assert scores.not_forecasts_reported == 1


def test_dev_gold_set_is_large_enough_and_well_formed(shared_data):
    from pathlib import Path

    golds = read_gold(Path(__file__).parents[1] / "data" / "forecasts_dev.jsonl")
    assert sum(len(g.forecasts) for g in golds) >= 40
    assert sum(len(g.not_forecasts) for g in golds) >= 20
    for gold in golds:
        for item in gold.forecasts:
            assert item.evidence in gold.text
