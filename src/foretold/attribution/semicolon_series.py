"""A series of verbs after a semicolon goes on from the clause right before it. In "She won
the seat after a hard month, in which she was booed at a debate; was sued by a rival; and
pledged to cut rents", the verbs after the semicolons list what happened in that month and
share the subject of the clause the semicolon closes ("she", of "was booed"); the parse may
join them to the sentence's main verb instead ("won") and lend them its subject. A single
semicolon makes no series ("Lee won the seat, which Cole held; said he would serve": Lee).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import NSUBJ_DEPS

# Clauses inside a sentence whose subject a series after a semicolon goes on with.
_CLAUSES = frozenset({"advcl", "relcl", "ccomp"})


def series_subject(verb: Token) -> Token | None:
    """The subject of the clause a semicolon closes right before the series a conjunct verb
    with no subject of its own belongs to ("..., in which she was booed; was sued; and
    pledged ...": the second "she"), or None."""
    if verb.dep_ != "conj" or _subject(verb) is not None:
        return None
    head = verb.head
    while head.dep_ == "conj" and _subject(head) is None:
        head = head.head
    clauses = [c for c in head.children if c.dep_ in _CLAUSES and head.i < c.i < verb.i]
    if not clauses:
        return None
    clause = clauses[-1]
    after = clause.right_edge.i + 1
    if after >= verb.i or verb.doc[after].text != ";":
        return None
    if sum(t.text == ";" for t in verb.doc[after : verb.sent.end]) < 2:
        return None  # "..., which Cole held; said he would serve": no series, the main subject
    return next((t for t in clause.subtree if t.dep_ in NSUBJ_DEPS), None)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in NSUBJ_DEPS), None)
