"""A subject the parse took for the object of the reporting verb before it.

In "The Herald reported officials, after a review, stated it was a bomb" no conjunction joins
"reported" and "stated", so the parse makes "officials" the object of "reported" and "stated" a
second verb of the Herald's. But two tensed verbs of saying are not listed without "and": the
people after the first verb are the subject of the second ("officials ... stated it was a
bomb"), and that whole clause is what the first verb reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import CLAUSE_VERBS, cue_lemma
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.speaker_words import is_name, people, person_noun
from foretold.attribution.tensed_verbs import TENSE_TAGS


def object_subject(verb: Token) -> Token | None:
    """The people the parse made the object of the reporting verb before a tensed reporting
    verb with no subject and no conjunction of its own, when that verb reports a clause:
    "officials" for "stated" in "The Herald reported officials, after a review, stated it was a
    bomb"; None otherwise ("The Herald reported the fire and stated it was arson")."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.tag_ not in TENSE_TAGS:
        return None
    if not (_reports_clauses(head) and _reports_clauses(verb)):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    if any(c.dep_ in {"cc", "ccomp"} and head.i < c.i < verb.i for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    if subject is None or not (people(subject) or person_noun(subject) or is_name(subject)):
        return None
    return subject


def object_subject_clause(verb: Token) -> Range | None:
    """What a reporting verb reports when the parse took the subject of the next verb of saying
    for its object: "officials, after a review, stated it was a bomb" for "reported" in "The
    Herald reported officials, after a review, stated it was a bomb"; None otherwise."""
    for joined in verb.children:
        if joined.dep_ != "conj" or (subject := object_subject(joined)) is None:
            continue
        return subject.left_edge.i, joined.right_edge.i + 1
    return None


def _reports_clauses(verb: Token) -> bool:
    """A verb that reports a clause: "stated" in "officials stated it was a bomb"."""
    return cue_lemma(verb.lemma_, verb.text) in CLAUSE_VERBS
