"""A time adverb right after a reporting verb, before the subject of the clause it reports
with no "that", tells when the words were said, not when what they tell happened: in "Lee
said earlier she might run" (or "said later", "said previously") the saying was earlier,
and the clause is "she might run". The parser hangs the adverb on the reported clause. Inside
the clause, after its subject, the adverb is part of what was said ("said she had run
earlier"), and so is one after "that" ("said that earlier she had run").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Adverbs that place an act in time relative to others.
_TIME_ADVERBS = frozenset(
    {
        "earlier", "later", "previously", "recently", "subsequently", "afterwards",
        "afterward", "again", "separately",
    }
)  # fmt: skip


def saying_time_end(verb: Token, clause: Token, start: int) -> int:
    """Where a that-less reported clause starts after a time adverb that opens it right after
    the verb, which tells when the words were said: "said [earlier] she might run" gives the
    start of "she"; ``start`` when there is none."""
    adverb = verb.doc[start]
    if (
        start != verb.i + 1
        or adverb.head.i != clause.i
        or adverb.dep_ != "advmod"
        or adverb.lower_ not in _TIME_ADVERBS
        or any(c.dep_ == "mark" for c in clause.children)
    ):
        return start
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < adverb.i:
        return start
    return adverb.right_edge.i + 1
