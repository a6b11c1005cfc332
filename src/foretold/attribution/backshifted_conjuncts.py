"""A pluperfect conjunct that the parse hung on a simple-past cue belongs to the reported
clause: in "she said [the deal had been signed] but had not yet taken effect" the writer
would go on about the speaker in the simple past ("but did not ..."); a subjectless "had"
predicate, in the same backshifted tense as the reported clause, goes on with what was said,
so the report runs on to the end of that predicate ("said [the deal had been signed but had
not yet taken effect]")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.stranded_predicates import predicate_end

# Words that may join the reported clause and the stranded conjunct.
_JOINERS = frozenset({"and", "but"})


def backshifted_conjunct(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with the last one run on over a subjectless pluperfect conjunct of the
    simple-past cue right after it, when the reported clause is pluperfect too: "said [it
    had rained] but had since cleared" becomes "said [it had rained but had since cleared]"
    (not "said [it had rained] and left", a second act of the speaker)."""
    if not ranges or ranges[-1][0] < verb.i or verb.tag_ != "VBD" or _pluperfect(verb):
        return ranges
    doc = verb.doc
    start, end = ranges[-1]
    if end + 1 >= len(doc) or doc[end].lower_ not in _JOINERS or doc[end].head.i != verb.i:
        return ranges
    conjunct = next(
        (c for c in verb.children if c.dep_ == "conj" and c.left_edge.i == end + 1), None
    )
    if conjunct is None or not _pluperfect(conjunct):
        return ranges
    if any(c.dep_ in SUBJECT_DEPS for c in conjunct.children):
        return ranges
    reported = [c for c in verb.children if c.dep_ == "ccomp" and start <= c.i < end]
    if not any(_pluperfect(c) for c in reported):
        return ranges
    return [*ranges[:-1], (start, predicate_end(conjunct))]


def _pluperfect(verb: Token) -> bool:
    """A past participle with the auxiliary "had": "had [been]", "had [left]"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" and c.i < verb.i for c in verb.children
    )
