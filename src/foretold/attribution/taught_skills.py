"""A skill taught or shown, not a view: "teach" or "show" with "how to" and an infinitive
("instructors taught visitors [how to build a kite]", "she showed us [how to fold the map]")
passes on a way of doing something and reports no one's words or thoughts, while "the study
shows [how deeply voters changed]" and "history teaches [that empires fall]" report a
finding."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Verbs that pass a way of doing something on: "taught [them] how to".
_SKILL_VERBS = frozenset({"teach", "show"})


def skill_taught(cue: Cue) -> bool:
    """A "teach" or "show" whose clause is "how" with a "to" infinitive: "taught visitors
    [how to build a kite]" (not "showed [how deeply voters changed]")."""
    verb = cue.token
    if verb.lemma_.lower() not in _SKILL_VERBS or cue.quoted:
        return False
    return any(c.dep_ in {"xcomp", "ccomp"} and _how_to(c) for c in verb.rights)


def _how_to(clause: Token) -> bool:
    """An infinitive opened by "how to": "[how to build a kite]"."""
    children = list(clause.children)
    return any(c.dep_ == "advmod" and c.lower_ == "how" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )
