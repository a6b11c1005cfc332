"""The subject of a clause opened by "but" that the parse hung on the subject of the clause
before it: in "The firm grew, but the Herald reports that sales fell" the parse may make "the
Herald" a conjunct of "The firm" and give "reports" both as its subject. English joins two
nouns with "but" only when one of them is denied ("not the firm but the Herald", "the firm
but not the Herald") or added to the other ("the firm, but also the Herald"); otherwise a
noun after ", but" right before the cue opens a clause of its own, and that noun is the
speaker ("the Herald"), not the firm before it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that join two clauses and, between nouns, set one against the other.
_CONTRASTING = frozenset({"but", "yet"})
# Words that deny one of two nouns joined by "but": "not the firm but the Herald".
_DENIALS = frozenset({"not", "n't", "never"})


def but_clause_subject(subject: Token, cue: Token) -> Token:
    """The noun after ", but" that the parse joined to a cue's subject when it stands before the
    cue and neither noun is denied ("The firm grew, but the Herald reports ...": Herald); the
    subject itself otherwise ("Not the firm but the Herald reports ...": the subject)."""
    conjunct = next((c for c in subject.children if c.dep_ == "conj"), None)
    if conjunct is None or not subject.i < conjunct.i < cue.i:
        return subject
    doc = subject.doc
    between = doc[subject.i + 1 : conjunct.left_edge.i]
    joiners = [t for t in between if t.dep_ == "cc" and t.head in (subject, conjunct)]
    if not joiners or joiners[-1].lower_ not in _CONTRASTING:
        return subject
    if doc[joiners[-1].i - 1].text != "," or doc[joiners[-1].i + 1].lower_ == "also":
        return subject  # "The minister, but also her deputy, said": a pair of speakers
    if any(t.lower_ in _DENIALS for t in doc[subject.left_edge.i : conjunct.right_edge.i + 1]):
        return subject
    return conjunct
