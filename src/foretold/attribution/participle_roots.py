"""Participle roots: a sentence whose main verb, a past tense, the parser hung on a noun as if
it were a reduced relative (which a past tense cannot be), making the participle that tells
what the subject was doing the root: "On Tuesday, Lee speaking to a business forum [called]
the deal unfair". The cue is the main verb: its subject is the participle's, and so is the
time the participle was dated at.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS


def misparsed_participle_root(cue: Token) -> Token | None:
    """The participle root of a sentence whose main verb is ``cue``, hung on a noun after the
    participle ("Lee speaking to a forum [called] it unfair": "speaking"); None otherwise."""
    if cue.tag_ != "VBD" or cue.dep_ != "acl":
        return None
    root = cue.sent.root
    if root.tag_ != "VBG" or root.i > cue.i:
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return None
    return root
