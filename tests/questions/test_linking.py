from datetime import date

import pytest

from foretold.questions.embedding import load_embedder
from foretold.questions.linking import ForecastText, Linker, overlaps_in_time
from foretold.records import Question

TITLE = "In Biden-Putin Talks, Key Question Is Russia's Intent in Ukraine"
INVASION = Question(
    "q", "Will Russia launch a military offensive into Ukraine?", closes=date(2022, 12, 31)
)


@pytest.fixture(scope="module")
def linker(nlp):
    return Linker(load_embedder("static"), nlp)


def decide(linker, question, *propositions, context=TITLE, said_on=date(2021, 12, 6)):
    texts = [
        ForecastText(str(i), p, context=context, said_on=said_on)
        for i, p in enumerate(propositions)
    ]
    return linker.decide(question, linker.prepare(texts))


def test_paraphrases_of_the_event_are_linked(linker):
    decisions = decide(
        linker,
        INVASION,
        "hostilities break out",
        "Russia invades Ukraine",
        "Putin uses military means to achieve his political objective",
    )
    assert all(d.linked for d in decisions)


def test_another_event_in_the_same_article_is_not_linked(linker):
    (talks,) = decide(linker, INVASION, "Biden and Putin agree on anything concrete on Tuesday")
    assert not talks.linked


def test_the_same_event_elsewhere_is_not_linked(linker):
    (syria,) = decide(
        linker,
        INVASION,
        "Turkey moves into Northern Syria",
        context="US President Trump announces troop withdrawal from Syria",
    )
    assert not syria.linked


def test_a_negated_proposition_is_linked_negated(linker):
    (negated,) = decide(linker, INVASION, "hostilities do not break out")
    assert negated.linked and negated.negated


def test_forecast_made_after_the_question_closed_is_not_linked(linker):
    (late,) = decide(linker, INVASION, "Russia invades Ukraine", said_on=date(2023, 3, 1))
    assert not late.linked and late.confidence == 0.0


def test_horizon_starting_after_closing_is_out_of_time():
    later = ForecastText("f", "Russia invades Ukraine", horizon_start=date(2023, 6, 1))
    assert not overlaps_in_time(INVASION, later)


def test_no_forecasts_no_decisions(linker):
    assert linker.decide(INVASION, linker.prepare([])) == []
