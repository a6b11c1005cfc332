"""Dates the parser cut off from their preposition: a preposition with no object of its own
right before a day or a date owns that date, which the parse ran into the clause after it
("It was reported on [Saturday] the mayor was stabbed", with "Saturday" taken for part of the
mayor's name). The date gives the time of the saying, so the content starts after it and the
day said is read from it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.tagged_entities import DATE_ENTS

# Prepositions that take a day or a date: "on Saturday", "in May", "at noon".
_DATE_PREPOSITIONS = frozenset(["on", "in", "at"])


def stranded_date(prep: Token) -> Token | None:
    """The date right after a preposition of time that has no object of its own: "reported
    on [Saturday] the mayor was stabbed"; None otherwise."""
    if prep.dep_ != "prep" or prep.lower_ not in _DATE_PREPOSITIONS:
        return None
    if any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return None
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return None
    first = doc[prep.i + 1]
    return first if first.ent_type_ in DATE_ENTS and first.ent_iob_ == "B" else None


def drop_stranded_date(doc: Doc, start: int, end: int) -> int:
    """The start of a content range past a date that a bare preposition right before it owns:
    "reported on [Saturday] the mayor was stabbed" starts at "the"."""
    if start == 0 or start >= end or stranded_date(doc[start - 1]) is None:
        return start
    after = start + 1
    while after < end and doc[after].ent_iob_ == "I" and doc[after].ent_type_ in DATE_ENTS:
        after += 1
    return after if after < end else start
