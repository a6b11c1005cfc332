"""A contest given up, not a point granted: "concede" with a race, an election or defeat for
its object ("he conceded the race to her", "the president conceded the election", "she
conceded defeat on Tuesday") owns to losing, a step in the contest that states nothing,
while "she conceded that the plan had flaws" and "he conceded the point" grant what was
said against them."""

from __future__ import annotations

from foretold.attribution.cue import Cue

# What is lost or won in a contest: "conceded [the race]", "conceded [defeat]".
_CONTEST_WORDS = frozenset(
    [
        *("race", "races", "election", "elections", "primary", "primaries", "contest"),
        *("contests", "nomination", "defeat", "victory", "caucus", "caucuses", "seat"),
        *("seats", "state", "title", "game", "match", "runoff"),
    ]
)


def contest_conceded(cue: Cue) -> bool:
    """A "concede" whose one object after it is a contest or its outcome, with no clause:
    "conceding [the race in Nevada]", "conceded [defeat]" (not "conceded [that it failed]",
    "conceded [the point]", nor a quoted concession)."""
    verb = cue.token
    if verb.lemma_.lower() != "concede" or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    return len(objects) == 1 and objects[0].lower_ in _CONTEST_WORDS
