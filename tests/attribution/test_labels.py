"""Transcript and headline labels, and names before a colon."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _speakers(nlp, text: str) -> list[tuple[str, str | None, str]]:
    article = make_article(text, language="en")
    return [(s.cue, s.speaker, s.text) for s in attribute(nlp(article.text), article).statements]


def test_a_name_before_a_colon_speaks(nlp):
    assert _speakers(nlp, 'Maria Lopez: "We will win this race."') == [
        (":", "Maria Lopez", '"We will win this race."')
    ]


def test_a_medium_before_a_colon_is_not_the_speaker(nlp):
    text = (
        "The station was closed after the attack.\n\n"
        'The mayor, Anne Dupont, posted on Facebook Live: "The city is mourning tonight."'
    )
    assert _speakers(nlp, text) == [("posted", "Anne Dupont", '"The city is mourning tonight."')]
