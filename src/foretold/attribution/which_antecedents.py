"""What a relative "which" set off by a comma stands for.

A "which" clause after a comma describes the phrase that ends right before the comma: in
"the deal goes to the union's members - 40,000 at Acme, which is seeking to cut jobs" it is
Acme that seeks the cuts. The parse can hang the clause on a noun further back (the union),
past a phrase that names another body; the name before the comma is the one meant then.
The name's own "of" phrase is no other body ("the Bank of Norland, which": the bank).
"""

from __future__ import annotations

from spacy.tokens import Token

# Tags of names a "which" can stand for: bodies and places, not people.
_BODIES = frozenset({"ORG", "GPE", "NORP", "FAC"})


def which_antecedent(which: Token, noun: Token) -> Token:
    """The name right before the comma of a "which" clause the parse hung on ``noun``, an
    earlier noun ("40,000 at Acme, which is seeking": Acme); ``noun`` otherwise."""
    doc = which.doc
    if which.lower_ != "which" or which.i < 2 or doc[which.i - 1].text != ",":
        return noun
    near = doc[which.i - 2]
    if near.i <= noun.i or near.pos_ != "PROPN" or near.ent_type_ not in _BODIES:
        return noun
    if noun.ent_type_ and near.ent_type_ == noun.ent_type_ and _same_name(near, noun):
        return noun
    prep = near.head
    if near.dep_ != "pobj" or prep.dep_ != "prep":
        return noun
    if prep.lower_ == "of" and prep.head == noun and noun.pos_ == "PROPN":
        return noun  # "the Bank of Norland, which": the name's own "of"
    return near


def _same_name(near: Token, noun: Token) -> bool:
    """Whether two tokens lie in one tagged name ("Bank of Norland")."""
    start = near.i
    while start > 0 and near.doc[start].ent_iob_ == "I":
        start -= 1
    return start <= noun.i
