"""A thing added to another: "add" with a noun for object and a "to" phrase puts the thing
into a whole ("she can add a new title to her resume", "the agency wants to add the question
to the census form") and reports no remark. "Add" with a clause or a quotation, or with an
object and no "to" phrase, keeps its report ("she added that it was late", "he added a
warning").
"""

from __future__ import annotations

from foretold.attribution.cue import Cue


def thing_added(cue: Cue) -> bool:
    """ "Add" with a noun object and a "to" phrase of its own: "can add [a new title] to her
    resume" (not "added [that it was late]", "added to the list [that ...]")."""
    verb = cue.token
    if verb.lemma_.lower() != "add" or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in children):
        return False
    has_object = any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in children)
    return has_object and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in children)
