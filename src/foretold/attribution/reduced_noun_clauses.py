"""A past participle clause the parser hung on a verb as its complement when it modifies the
noun just before it.

In "Scientists estimate the population by observing the area turned orange by the
bodies", "turned orange ..." is a reduced clause on "area" (the area that was turned orange),
yet the parser may make it the complement of "estimate". A real reported clause has a
subject of its own ("said [prices turned lower]"); a clause opened by its own past verb,
with no subject, straight after a noun, is no report of the verb's.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def reduced_noun_clause(clause: Token, verb: Token) -> bool:
    """True when ``clause``, a complement after ``verb``, opens with its own past verb, has no
    subject or subordinator, and follows a common noun inside the verb's own phrase
    ("estimate the population by observing the area [turned orange]")."""
    if clause.i < verb.i or clause.tag_ not in {"VBD", "VBN"} or clause.pos_ != "VERB":
        return False
    if clause.left_edge.i != clause.i or clause.i - 1 <= verb.i:
        return False
    if clause.lemma_ == "be" or any(
        c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children
    ):
        return False
    before = clause.doc[clause.i - 1]
    return before.pos_ == "NOUN" and before.head.i != verb.i
