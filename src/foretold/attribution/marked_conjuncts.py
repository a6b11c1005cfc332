"""A second complement the parse joined to the cue verb: in "she announced a new plant and,
to the surprise of many, that prices would fall" the "that" (or "whether") opening the second
clause marks it as one more thing announced, not a clause of the writer's own, so the report
runs on to the end of that clause ("announced [a new plant and, to the surprise of many, that
prices would fall]")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range
from foretold.attribution.stranded_predicates import predicate_end

# Subordinators that open a clause reported by a verb, never a main clause.
_COMPLEMENTISERS = frozenset({"that", "whether"})


def marked_conjunct(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with the last one run on over a conjunct of the cue verb opened by "that"
    or "whether", when only commas and the "and" or "or" lie between: "announced [X], and
    that Y" becomes "announced [X, and that Y]"."""
    if not ranges or ranges[-1][0] < verb.i:
        return ranges
    start, end = ranges[-1]
    doc = verb.doc
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.i < end:
            continue
        if not any(
            c.dep_ == "mark" and c.lower_ in _COMPLEMENTISERS and c.i < conjunct.i
            for c in conjunct.children
        ):
            return ranges
        between = doc[end : conjunct.left_edge.i]
        if not between or not all(
            t.head == verb and (t.is_punct or t.dep_ == "cc") for t in between
        ):
            return ranges
        if not any(t.dep_ == "cc" for t in between):
            return ranges
        return [*ranges[:-1], (start, predicate_end(conjunct))]
    return ranges
