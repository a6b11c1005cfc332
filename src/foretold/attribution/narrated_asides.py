"""Clauses in brackets that tell of what someone did rather than report the words around
them. A report set in brackets or commas in the middle of a sentence ("the rate (she said)
was high") frames the sentence around it; a bracketed clause that goes on with a second,
coordinated act of its subject ("it meant tracking costs (Lee reported weekly to the board
and kept the ledgers)") or has an object or clause of its own ("(Lee reported the loss to the
board)") is the writer's narrative aside, and the sentence around it is no one's words: the
verb is read like any other, from its own object or clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_OPENERS = frozenset({"(", "["})


def narrated_aside(verb: Token) -> bool:
    """A verb whose clause opens a bracket and coordinates a second verb or has an object or
    clause of its own: "(Lee [reported] weekly to the board and kept the ledgers)", "(Lee
    [reported] the loss to the board)" (not "(she said)")."""
    doc = verb.doc
    opening = verb.left_edge.i
    if doc[opening].text not in _OPENERS:
        opening -= 1
    if opening < 0 or doc[opening].text not in _OPENERS:
        return False
    return any(
        (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}) or c.dep_ in {"dobj", "ccomp", "xcomp"}
        for c in verb.rights
    )
