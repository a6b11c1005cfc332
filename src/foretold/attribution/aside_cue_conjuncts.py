"""A modal predicate after a cue set off as an aside: in "The bridge was unsafe, engineers
said, and should never have opened" the cue stands between commas inside the reported
sentence, and what follows "and" with no subject of its own goes on with the clause before
the cue: a bare predicate under "should", "must" or "would" tells what the reported subject
ought to do or would do, not what the speakers did, so the report takes it in ("[The bridge
was unsafe], engineers said, [and should never have opened]"). A conjunct in a tense of its
own stays the speakers' deed ("The plant will close, officials said, and gave no date")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.stranded_predicates import predicate_end

# Coordinators that join a second predicate to the reported clause.
_COORDINATORS = frozenset({"and", "but"})


def aside_conjunct(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with one more for the modal predicate that the parse joined to a cue standing
    as an aside after its content ("[X was unsafe], engineers said, and [should have ...]");
    the ranges unchanged otherwise."""
    if not ranges or ranges[-1][1] > verb.i:
        return ranges
    doc = verb.doc
    subjects = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    left = min(subjects, default=verb.i)
    if left == 0 or doc[left - 1].text != ",":
        return ranges  # the cue opens no aside: "[X], said Lee", "Lee said [X] and ..."
    for second in verb.children:
        if second.dep_ != "conj" or second.i < verb.i or second.sent != verb.sent:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in second.children):
            return ranges
        linked = [t for t in doc[verb.i + 1 : second.left_edge.i] if not t.is_punct]
        if len(linked) != 1 or linked[0].lower_ not in _COORDINATORS:
            return ranges
        if doc[linked[0].i - 1].text != ",":
            return ranges  # the cue's phrase runs on: "engineers said and should know"
        if not modal_sequel(linked[0]):
            return ranges
        return [*ranges, (second.left_edge.i, predicate_end(second))]
    return ranges


def modal_sequel(coordinator: Token) -> bool:
    """An "and" or "but" right before a modal that opens a predicate with no subject of its
    own: "[and] should never have opened", "[but] would not last"."""
    doc = coordinator.doc
    if coordinator.lower_ not in _COORDINATORS or coordinator.i + 1 >= len(doc):
        return False
    modal = doc[coordinator.i + 1]
    if modal.tag_ != "MD" or modal.dep_ != "aux" or modal.head.i < modal.i:
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in modal.head.children)
