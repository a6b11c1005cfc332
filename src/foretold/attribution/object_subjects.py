"""A subject the parse took for the object of the reporting verb before it.

In "The Herald reported officials, after a review, stated it was a bomb" no conjunction joins
"reported" and "stated", so the parse makes "officials" the object of "reported" and "stated" a
second verb of the Herald's, or the clause "reported" reports with no subject of its own. But
two tensed verbs of saying are not listed without "and", and a clause verb has a subject: the
people after the first verb are the subject of the second ("officials ... stated it was a
bomb"), and that whole clause is what the first verb reports; so is an object that runs
straight into a tensed verb with no subject of its own ("maintained [an inquiry is what the
panel does]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ADDRESSEE_VERBS, CLAUSE_VERBS, cue_lemma
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.speaker_words import is_name, people, person_noun
from foretold.attribution.tensed_verbs import TENSE_TAGS


def object_subject(verb: Token) -> Token | None:
    """The people the parse made the object of the reporting verb before a tensed reporting
    verb with no subject and no conjunction of its own, joined to it or hung on it as its
    clause, when that verb reports a clause:
    "officials" for "stated" in "The Herald reported officials, after a review, stated it was a
    bomb"; None otherwise ("The Herald reported the fire and stated it was arson")."""
    head = verb.head
    if verb.dep_ not in {"conj", "ccomp"} or head.i > verb.i or verb.tag_ not in TENSE_TAGS:
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
        if joined.dep_ != "conj":
            continue
        if (subject := object_subject(joined) or _object_before_verb(verb, joined)) is None:
            continue
        return subject.left_edge.i, joined.right_edge.i + 1
    return _object_before_clause(verb)


# Marks between an object and the clause it is the subject of that part the two.
_PARTING_MARKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--"})


def _object_before_clause(verb: Token) -> Range | None:
    """The object of a clause verb and the clause after it with no subject of its own, which
    that object is ("remarked [lack of money in a city where "artists starve"] was the main
    problem": the lack was the problem), when the parse hung the words between on the verb;
    None when a comma or a conjunction parts them or the clause has a subject or a "that".
    Two parsed objects, or none, leave the verb's content as it is."""
    if not _reports_clauses(verb) or cue_lemma(verb.lemma_, verb.text) in ADDRESSEE_VERBS:
        return None  # "told [MSNBC] Lee was right": the object is the listener
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in TENSE_TAGS:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"mark", "cc"} for c in clause.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1:
        return None
    between = verb.doc[objects[0].i : clause.left_edge.i]
    if any(t.text in _PARTING_MARKS or t.dep_ == "cc" for t in between):
        return None
    if any(_verb_outside_relative(t, verb) for t in between):
        return None  # "estimate the count by observing [the area] turned orange"
    return objects[0].left_edge.i, clause.right_edge.i + 1


def _verb_outside_relative(token: Token, verb: Token) -> bool:
    """A verb between the object and the clause that is not in a relative clause: its own
    object, nearer the clause, may be the clause's subject ("by observing the area turned
    orange"); a relative clause only describes a noun ("a city where artists starve")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    node = token
    while node != verb and node.head != node:
        if node.dep_ == "relcl":
            return False
        node = node.head
    return True


def _object_before_verb(verb: Token, joined: Token) -> Token | None:
    """The object of a clause verb that runs straight into a tensed verb the parse joined to
    it with no subject, comma or conjunction of its own: that object is the verb's subject
    ("maintained [an inquiry] is what the panel does": "an inquiry is what ..."), since two
    tensed verbs are never listed bare; None otherwise ("said the plan failed and lost")."""
    if not _reports_clauses(verb) or joined.tag_ not in TENSE_TAGS or joined.i < verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cc" for c in joined.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < joined.i]
    if len(objects) != 1 or objects[0].right_edge.i + 1 != joined.left_edge.i:
        return None
    if any(t.dep_ in {"cc", "punct"} for t in verb.doc[verb.i + 1 : joined.i]):
        return None
    return objects[0]


def _reports_clauses(verb: Token) -> bool:
    """A verb that reports a clause: "stated" in "officials stated it was a bomb"."""
    return cue_lemma(verb.lemma_, verb.text) in CLAUSE_VERBS
