"""Naming acts: "name" or "title" with an object and the name it is given is an act of naming
or appointing, not something said ('he named the operation "Clean Sweep"', "the board named
her chair"); the name is no one's words. Labels that judge ("called it "a sham"", "dubbed
the bill a giveaway") are views, and stay.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import cue_lemma

# Verbs that give their object a name or a post.
NAMING_ACT_VERBS = frozenset({"name", "title", "rename", "christen"})


def naming_act(cue: Cue) -> bool:
    """A naming verb with an object and the name given after it: 'the army named the mission
    ["Dawn"]', "the club named him [captain]" (not "she named no names", nor "he named the
    firms that paid")."""
    verb = cue.token
    if cue_lemma(verb.lemma_, verb.text) not in NAMING_ACT_VERBS:
        return False
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "oprd" for c in children)
