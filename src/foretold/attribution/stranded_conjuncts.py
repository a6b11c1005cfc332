"""A conjunct stranded after a reported clause: when an aside set off by commas follows "and"
("it seeks to grow and, over two years, intends to merge the shops"), the parse may leave the
"and" hanging on the first verb and make the second a verb of its own; a finite verb with no
subject right after the content's closing comma is the second half of the reported pair, and
the report runs on to the end of its predicate ("said [it seeks to grow and, over two years,
intends to merge the shops]").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.stranded_predicates import predicate_end
from foretold.attribution.tensed_verbs import FINITE_TAGS

# Marks of the aside that may close the content before the stranded verb.
_ASIDE_CLOSERS = frozenset({",", "\u2013", "\u2014", "--"})


def stranded_conjunct(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with the last one run on over a subjectless finite verb after its closing
    comma, when a verb of the range has an "and" or "or" and no conjunct: "said [it will
    grow and, by May,] hire staff" becomes "said [it will grow and, by May, hire staff]"."""
    if not ranges or ranges[-1][0] < verb.i:
        return ranges
    doc = verb.doc
    start, end = ranges[-1]
    if end + 1 >= len(doc) or doc[end].text not in _ASIDE_CLOSERS:
        return ranges
    if not _dangling_coordinator(doc[start:end]):
        return ranges
    second = doc[end + 1]
    if second.sent != verb.sent or second.tag_ not in FINITE_TAGS or second.pos_ != "VERB":
        return ranges
    if second == verb or any(c.dep_ in SUBJECT_DEPS for c in second.children):
        return ranges
    return [*ranges[:-1], (start, predicate_end(second))]


def _dangling_coordinator(span: Span) -> bool:
    """An "and" or "or" in the span whose head verb, also in the span, has no conjunct after
    it: "seeks to grow [and], over two years"."""
    tokens = list(span)
    inside = {t.i for t in tokens}
    for token in tokens:
        head = token.head
        if token.dep_ != "cc" or head.i not in inside or head.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ == "conj" and c.i > token.i for c in head.children):
            return True
    return False
