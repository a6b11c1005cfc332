"""A quotation that a report inside a statement gives to its own source leaves the statement
indirect; the speaker's own quoted words still make it mixed."""

from __future__ import annotations

import pytest

from foretold.attribution import attribute
from foretold.attribution.inner_reports import reported_within
from foretold.ingest.article import make_article


def _kinds(nlp, text: str) -> dict[str, str]:
    article = make_article(text, language="en")
    return {s.cue: s.kind for s in attribute(nlp(article.text), article).statements}


def test_quote_of_a_passive_agent_is_not_the_speakers(nlp):
    text = (
        "The harbour log shows a change of course on Monday, with a track described by "
        'the coastguard as "erratic and hard to follow".'
    )
    assert _kinds(nlp, text).get("shows") == "indirect"


@pytest.mark.parametrize(
    "sayer",
    ["the treasurer", "someone audibly", "someone, apparently the treasurer,"],
    ids=["named", "unnamed", "unnamed set off by commas"],
)
def test_quote_of_another_sayer_is_not_the_speakers(nlp, sayer):
    text = (
        "Governor Ana Pell declined the offer of her aide to resign after a tape in which "
        f'{sayer} says Pell "does not understand budgets."'
    )
    assert _kinds(nlp, text).get("declined") == "indirect"


def test_speakers_own_quote_after_a_pronoun_stays_mixed(nlp):
    text = 'Ana Pell said she had called the plan "a reckless gamble."'
    assert _kinds(nlp, text) == {"said": "mixed"}


def test_closing_mark_parsed_as_a_root_leaves_the_quote_with_its_sayer(nlp):
    text = (
        "Ana Pell declined the offer after a tape in which the aide says Pell "
        '"does not understand budgets."\n\nThe aide resigned.'
    )
    doc = nlp(text)
    cue = next(t for t in doc if t.text == "declined")
    end = text.index('."') + 2
    quote = (text.index('"'), end)
    assert reported_within(doc, quote, (text.index("the offer"), end), cue)
