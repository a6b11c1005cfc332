"""A verb of aspect (begin, go on with, stop) takes a deed, never a tensed clause: a clause the
parser hung on one is no report but a misplaced relative clause of the deed's object ("he
began producing [films writers would bring to him]", read as "films that writers would bring
to him"). "Continue" is also a verb of saying ("she continued that the plan had failed") and
is left to the lexicon; an aspect verb still reports through a verb of saying in its
complement ("began to insist that ...", which that verb reports). "Continue" with a deed
for its complement goes on with the deed and says nothing ("the firm will continue [building
the car]"), unless the deed delivers words ("continued [delivering his stump speech]")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import ALL_VERBS, PREPOSITION_CUES, SAID_NOUNS, cue_lemma

# Verbs that begin, go on with or stop an act, and say nothing themselves.
ASPECT_VERBS = frozenset({"begin", "start", "keep", "stop", "resume", "cease", "finish", "quit"})


def aspect_deed(cue: Cue) -> bool:
    """An unquoted aspect verb whose content opens with a tensed clause the parser hung on it:
    "began producing [films writers would bring to him]"."""
    verb = cue.token
    if verb.lemma_.lower() not in ASPECT_VERBS or cue.quoted or not cue.fragments:
        return False
    tokens = cue.content_tokens()
    return bool(tokens) and any(
        clause.dep_ == "ccomp" and clause.i > verb.i and clause.left_edge == tokens[0]
        for clause in verb.children
    )


def continued_deed(cue: Cue) -> bool:
    """An unquoted "continue" whose complement is a deed, no verb of saying and no words for
    its object: "will continue [building the sedan]", "continued [to expand the plant]" (not
    "continued [to insist that ...]", "continued [delivering his speech]")."""
    verb = cue.token
    if verb.lemma_.lower() != "continue" or cue.quoted:
        return False
    deeds = [c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not deeds or any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return False
    deed = deeds[0]
    lemma = cue_lemma(deed.lemma_, deed.text)
    if lemma in ALL_VERBS or lemma in PREPOSITION_CUES:
        return False
    objects = [c for c in deed.children if c.dep_ == "dobj"]
    return not any(_words(o) or any(_words(p) for p in _of_objects(o)) for o in objects)


# Nouns of words delivered beyond those said of a report: "delivered [a speech]".
_DELIVERED_WORDS = frozenset({"speech", "speeches", "address", "lecture", "sermon", "testimony"})


def _words(noun: Token) -> bool:
    """A noun for words said or delivered: "[remarks]", "[a speech]"."""
    lemma = noun.lemma_.lower()
    return lemma in SAID_NOUNS or lemma in _DELIVERED_WORDS


def _of_objects(noun: Token) -> list[Token]:
    """The nouns of an "of" phrase on a noun: "a version of [his speech]"."""
    return [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
