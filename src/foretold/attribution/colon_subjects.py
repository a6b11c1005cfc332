"""A colon closes the clause before it, so a subject the parse hung across a colon on a verb
that has a subject of its own after the colon is no subject of that verb: in "Critics, when
they speak up: each side will attack them, saying ..." it is "each side" that attacks and
says, and "Critics" is a topic the sentence left behind. A name the colon follows at once
labels a speaker, as in a headline ("Lee: Council must act"), and stays. A semicolon closes
a clause as a colon does."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.marks import CLAUSE_MARKS


def left_across_colon(subject: Token, subjects: list[Token], verb: Token) -> bool:
    """``subject`` is one of ``verb``'s subjects and stands before a colon that another of
    them follows, the other still before the verb, with words between its phrase and the
    colon: "[Critics], when they speak up: each side will attack" (not "[Lee]: each side
    must act")."""
    doc = verb.doc
    later = [s for s in subjects if subject.i < s.i < verb.i]
    if not later:
        return False
    last = max(s.i for s in later)
    after = subject.right_edge.i + 1
    return any(t.text in CLAUSE_MARKS for t in doc[after + 1 : last])
