"""A predicate stranded after a reported clause runs on with it."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _contents(nlp, text: str) -> list[tuple[str, str]]:
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


def test_a_subjectless_predicate_after_a_reported_clause_joins_it(nlp):
    text = (
        "When the mayor tweeted that city plans to sell the park to developers would raise "
        "rents, residents protested."
    )
    assert (
        "tweeted",
        "that city plans to sell the park to developers would raise rents",
    ) in _contents(nlp, text)


def test_a_predicate_with_its_own_subject_stays_out(nlp):
    contents = _contents(nlp, "Aides claiming fraud were fired on Monday.")
    assert all("fired" not in text for _, text in contents), contents
