"""A second complement the parse joined to the cue verb: in "she announced a new plant and,
to the surprise of many, that prices would fall" the "that" (or "whether") opening the second
clause marks it as one more thing announced, not a clause of the writer's own, so the report
runs on to the end of that clause ("announced [a new plant and, to the surprise of many, that
prices would fall]"); the parse may join it to the verb whose predicate the cue verb
completes ("aides are quick to point out [that A, and that B]")."""

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
    holder = _predicate_top(verb)
    for conjunct in holder.children:
        if conjunct.dep_ != "conj" or conjunct.i < end:
            continue
        if not any(
            c.dep_ == "mark" and c.lower_ in _COMPLEMENTISERS and c.i < conjunct.i
            for c in conjunct.children
        ):
            return ranges
        between = doc[end : conjunct.left_edge.i]
        if not between or not all(
            t.head == holder and (t.is_punct or t.dep_ == "cc") for t in between
        ):
            return ranges
        if not any(t.dep_ == "cc" for t in between):
            return ranges
        return [*ranges[:-1], (start, predicate_end(conjunct))]
    return ranges


# Links from a cue verb up to the predicate it completes: "are [quick] [to point out]",
# "wanted [to say]".
_PREDICATE_LINKS = frozenset({"xcomp", "acomp"})


def _predicate_top(verb: Token) -> Token:
    """The verb whose predicate the cue verb completes, to which the parse joins a second
    complement: "are" in "aides are quick to point out that A, and that B" (the cue verb
    itself when it heads its own predicate)."""
    top = verb
    while top.dep_ in _PREDICATE_LINKS and top.head != top and top.head.i < top.i:
        top = top.head
    return top
