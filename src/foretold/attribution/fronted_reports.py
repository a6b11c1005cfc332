"""A report that opens its sentence and a comma, which the parse hung on the clause after it.

In "Ann Lee reported, the council refused to pay" the parse makes "reported" a complement of
"refused", so the report has no content of its own; the clause after the comma is what Lee
reported.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependents after a verb that give it content of its own.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "advcl", "conj"})


def fronted_report(verb: Token) -> bool:
    """A verb with a subject of its own that the parse made the complement of a verb after
    it, with only a comma between: "Ann Lee reported, [the council refused to pay]"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.lefts):
        return False
    if any(c.dep_ in _CONTENT_DEPS for c in verb.rights):
        return False
    after = verb.right_edge.i + 1
    return after < head.i and verb.doc[after].text == ","
