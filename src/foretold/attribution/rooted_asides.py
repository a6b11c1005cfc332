"""A reporting aside the parse made the root of its sentence.

In "Many of the towns, the report pointed out, have no bus" the parser may make "pointed"
the root, hang "Many of the towns" on it as a modifier and leave "have no bus" an unlabelled
dependent (or a conjunct with no conjunction); the words on both sides of the aside are what
the report said.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.tensed_verbs import tensed

# Relations the parser gives the words before such an aside when it misses that they are the
# subject of the predicate after it.
_FRONT_DEPS = frozenset({"advcl", "nsubj", "npadvmod", "dep", "nmod", "amod", "advmod"})


# Relations the parser gives the predicate after the aside: unlabelled, or a conjunct with no
# conjunction (the comma comes right before it).
_LOOSE_DEPS = frozenset({"dep", "conj"})


def rooted_aside(verb: Token) -> list[Range] | None:
    """The two parts of a clause split by a reporting aside the parser made their head: the
    words from the sentence start to the comma before the aside's subject, and a tensed
    predicate with no subject after the comma that closes the aside ("[Many of the towns],
    the report pointed out, [have no bus]"); None when the parse is not of that shape."""
    doc = verb.doc
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i < 2 or doc[subject.left_edge.i - 1].text != ",":
        return None
    comma = subject.left_edge.i - 1
    front = next(
        (
            c
            for c in verb.lefts
            if c.dep_ in _FRONT_DEPS and c.right_edge.i == comma - 1 and c.i < comma
        ),
        None,
    )
    if front is None or front.left_edge.i != verb.sent.start:
        return None
    predicate = next(
        (
            c
            for c in verb.rights
            if c.dep_ in _LOOSE_DEPS
            and c.pos_ in {"VERB", "AUX"}
            and tensed(c)
            and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
        ),
        None,
    )
    if predicate is None or doc[predicate.left_edge.i - 1].text != ",":
        return None
    if any(not t.is_punct and t.head != verb for t in doc[verb.i + 1 : predicate.left_edge.i - 1]):
        return None  # only the aside's own words ("out") come between
    return [(front.left_edge.i, comma), (predicate.left_edge.i, predicate.right_edge.i + 1)]
