"""The embedded question a cue's own preposition takes as its object: "disagree on [how it
should be done]", "advised leaders on [how to win]", "new details emerged about [who paid]".
A question led by "how", "why", "what", "who", "where", "when", "which" or "whether"
("argued over [whether to close it]") names what the saying was about; a free relative with
"-ever" names a person or thing, not a question ("will work with whoever wins")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.ranges import Range, finish

_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})


def prepositional_question(verb: Token) -> list[Range]:
    """The question a preposition after the cue takes as its object: "disagree on [how it
    should happen]"; empty when the preposition has no such object."""
    doc = verb.doc
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        question = next((c for c in prep.children if c.dep_ in {"pcomp", "pobj"}), None)
        if question is None:
            continue
        first = doc[question.left_edge.i]
        if first.i != prep.i + 1 or not _question_word(first):
            continue
        if first.lower_.endswith("ever"):
            continue  # "work with whoever wins": a person, not a question
        return finish(doc, [(first.i, clause_end(question) + 1)], verb.i)
    return []


def _question_word(token: Token) -> bool:
    """Whether a word opens an embedded question: a wh-word or "whether" (not "if", which
    more often opens a condition)."""
    return token.tag_ in _QUESTION_TAGS or token.lower_ == "whether"
