"""The seed article, read end to end: its seven forecasts and none of its look-alikes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from foretold.attribution import attribute
from foretold.cli import app
from foretold.evaluation.forecasts import overlap, same_forecaster
from foretold.forecasts import find_forecasts
from foretold.ingest.article import make_article


@pytest.fixture(scope="module")
def seed(nlp, shared_data):
    raw = (shared_data / "seed" / "seed.txt").read_text(encoding="utf-8")
    expected = json.loads((shared_data / "seed" / "expected.json").read_text(encoding="utf-8"))
    meta = expected["article"]
    start = raw.index(meta["body_starts_with"])
    end = raw.index(meta["body_ends_with"]) + len(meta["body_ends_with"])
    paragraphs = [
        p for p in raw[start:end].split("\n\n") if not p.strip().startswith("## Related article")
    ]
    article = make_article(
        "\n\n".join(paragraphs),
        publisher=meta["publisher"],
        published=date.fromisoformat(meta["published"]),
    )
    doc = nlp(article.text)
    found = [
        f for f in find_forecasts(doc, article, attribute(doc, article)) if f.kind == "forecast"
    ]
    return expected, found, article


def _match(found, contains):
    return [f for f in found if contains in f.statement or overlap(f.statement, contains) >= 0.9]


def test_every_seed_forecast_is_found_with_forecaster_probability_and_condition(seed):
    expected, found, _ = seed
    for gold in expected["forecasts"]:
        candidates = _match(found, gold["contains"])
        assert candidates, f"missed: {gold['contains']}"
        lo, hi = gold["probability_range"]
        ok = [
            f
            for f in candidates
            if same_forecaster(f.forecaster, gold["forecaster"])
            and lo <= f.probability <= hi
            and (not gold["condition"] or gold["condition_contains"] in (f.condition or ""))
        ]
        got = [(f.forecaster, f.probability, f.condition) for f in candidates]
        assert ok, f"{gold['contains']}: got {got}"


def test_seed_look_alikes_are_not_reported_as_forecasts(seed):
    expected, found, _ = seed
    for item in expected["not_forecasts"]:
        assert not [f for f in found if item["contains"] in f.statement], item["why"]


def test_seed_horizon_early_in_2022_is_normalised(seed):
    _, found, _ = seed
    (intel,) = _match(found, "may be planning an offensive early in 2022")
    assert intel.horizon is not None
    assert (intel.horizon.start, intel.horizon.end) == (date(2022, 1, 1), date(2022, 4, 30))
    assert intel.forecaster == "U.S. intelligence"


def test_seed_forecast_evidence_is_a_slice_of_the_body(seed):
    _, found, article = seed
    for f in found:
        assert article.text[f.start : f.end] == f.statement


def test_propositions_are_clean_text_without_misresolved_pronouns(shared_data):
    result = CliRunner().invoke(app, ["extract", str(shared_data / "seed" / "seed.txt"), "--json"])
    propositions = [f["proposition"] for f in json.loads(result.stdout)["forecasts"]]
    assert propositions
    for proposition in propositions:
        assert proposition == proposition.strip() and proposition.isprintable(), repr(proposition)
        # "she told AFP" names the agency as the one told, never as what "it" refers to
        assert "AFP" not in proposition


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        (
            "Although it can fly non-stop, the plane will have to refuel in Dubai.",
            "have",
            "non-stop the plane has to refuel in Dubai",
        ),
        ("Officials said the U.S. economy will grow.", "grow", "The U.S. economy grows"),
    ],
)
def test_words_around_left_out_punctuation_stay_apart(nlp, sentence, verb, expected):
    from foretold.forecasts.proposition import build_proposition

    doc = nlp(sentence)
    target = next(t for t in doc if t.lemma_ == verb and t.dep_ in ("ROOT", "ccomp"))
    subject = next(c for c in target.children if c.dep_ == "nsubj")
    assert build_proposition(target, subject, set()).endswith(expected)
