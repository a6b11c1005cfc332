"""The listener a telling verb's clause swallowed: "tell" names whom it tells before what it
tells, so when no listener stands apart from the clause the parser built ("told [Acme News
radio crews were sent]"), a name of an organisation or a person opening the clause, followed by
more of the clause's subject, is the listener, and the words after it are what was told
("told Acme News [radio crews were sent]")."""

from __future__ import annotations

from spacy.tokens import Token

_TELLING_LEMMAS = frozenset({"tell"})
_LISTENER_LABELS = frozenset({"ORG", "PERSON"})
_SUBJECT_OPENERS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})


def told_listener_end(verb: Token, lemma: str, start: int, clause: Token) -> int:
    """Where what a telling verb tells starts when its listener opens the clause's range at
    ``start``: after the name ("told [Acme News radio crews were sent]" -> "radio crews ...";
    not "told [the crews] they were sent", "told Lee [Acme would pay]"); ``start``
    otherwise."""
    if lemma not in _TELLING_LEMMAS or start != verb.i + 1 or clause.i < verb.i:
        return start
    if any(c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < start) for c in verb.children):
        return start
    doc = verb.doc
    name = next((e for e in doc.ents if e.start in {start, start + 1} and e.end < clause.i), None)
    if name is None or name.label_ not in _LISTENER_LABELS:
        return start
    if name.start == start + 1 and doc[start].lower_ != "the":
        return start
    after = doc[name.end]
    if after.pos_ not in _SUBJECT_OPENERS or after.tag_ == "POS" or after.i >= clause.i:
        return start
    return name.end
