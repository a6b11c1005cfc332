"""Accuracy floors: CI fails when an extractor falls below the figures pinned in
tests/eval_baseline.json. Raising a floor is a deliberate commit."""

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parents[1] / "eval_baseline.json").read_text())
DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def quotes(shared_data, nlp):
    from foretold.evaluation.quotes import evaluate_quotes

    floors = FLOORS["quotes"]
    evaluation = evaluate_quotes(
        shared_data / "quotes" / "dev.jsonl", limit=floors["articles"], baseline=False
    )
    return evaluation.system.scopes


@pytest.mark.parametrize("scope", ["all", "direct", "direct+mixed", "indirect"])
def test_statement_spans_and_speakers_stay_above_their_floors(quotes, scope):
    floor = FLOORS["quotes"][scope]
    span_f1 = quotes[scope].span()[2]
    speaker_f1 = quotes[scope].span_speaker()[2]
    assert span_f1 >= floor["span_f1"], (scope, span_f1)
    assert speaker_f1 >= floor["span_speaker_f1"], (scope, speaker_f1)


@pytest.mark.parametrize("name", ["forecasts_dev", "forecasts_heldout"])
def test_forecast_detection_stays_above_its_floors(nlp, name):
    from foretold.evaluation.forecasts import evaluate, read_gold

    floor = FLOORS[name]
    scores = evaluate(read_gold(DATA / f"{name}.jsonl"))
    assert scores.f1 >= floor["f1"], scores.summary()
    assert scores.forecaster_accuracy >= floor["forecaster_accuracy"], scores.summary()
    assert scores.mae <= floor["probability_mae_max"], scores.summary()


@pytest.mark.parametrize("name", ["speakers_wikinews", "speakers_heldout", "speakers_heldout2"])
def test_named_speakers_stay_above_their_floors(nlp, name):
    from foretold.evaluation.speakers import evaluate, read_gold

    floor = FLOORS[name]
    scores = evaluate(read_gold(DATA / f"{name}.jsonl"))
    assert scores.precision >= floor["precision"], (scores.precision, scores.wrong())
    assert scores.recall >= floor["recall"], (scores.recall, scores.misses())


def test_people_table_stays_above_its_floors(nlp):
    from foretold.evaluation.people import evaluate, read_gold

    floor = FLOORS["people_wikinews"]
    scores = evaluate(read_gold(DATA / "people_wikinews.jsonl"))
    for kind in ("person", "organization"):
        counts = scores.people if kind == "person" else scores.organizations
        assert counts.precision >= floor[kind]["precision"], (kind, counts.wrong())
        assert counts.recall >= floor[kind]["recall"], (kind, counts.misses())


def test_days_statements_were_said_stay_above_their_floors(nlp):
    from foretold.evaluation.said_on import evaluate, read_gold

    floor = FLOORS["said_on_wikinews"]
    scores = evaluate(read_gold(DATA / "said_on_wikinews.jsonl"))
    assert scores.accuracy >= floor["accuracy"], scores.errors()
    assert scores.false_rate <= floor["false_rate_max"], scores.errors()
