"""A verb of aspect (begin, go on with, stop) takes a deed, never a tensed clause: a clause the
parser hung on one is no report but a misplaced relative clause of the deed's object ("he
began producing [films writers would bring to him]", read as "films that writers would bring
to him"). "Continue" is also a verb of saying ("she continued that the plan had failed") and
is left to the lexicon; an aspect verb still reports through a verb of saying in its
complement ("began to insist that ...", which that verb reports)."""

from __future__ import annotations

from foretold.attribution.cue import Cue

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
