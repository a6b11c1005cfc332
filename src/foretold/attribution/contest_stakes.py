"""A stake fought for in a contest, not a cause: "fight for" with a place, a seat or an
office for its object ("the two rivals are fighting for second place", "a dozen candidates
fight for the nomination", "crews fighting for their lives") tells of a race or a struggle
and states nothing, while "she fights for higher wages" and "he fought for the law to pass"
back a cause."""

from __future__ import annotations

from foretold.attribution.cue import Cue

# What is won or kept in a contest or a struggle: "fighting for [second place]".
_STAKE_NOUNS = frozenset(
    [
        *("place", "spot", "position", "seat", "seats", "nomination", "nominations", "office"),
        *("title", "titles", "lead", "presidency", "life", "lives", "survival", "control"),
    ]
)


def stake_fought_for(cue: Cue) -> bool:
    """A "fight" whose "for" object is a place, a seat, an office or a life: "fighting for
    [second place behind the winner]" (not "fighting for [higher wages]")."""
    verb = cue.token
    if verb.lemma_.lower() != "fight" or cue.quoted:
        return False
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            return bool(objects) and objects[0].lemma_.lower() in _STAKE_NOUNS
    return False
