"""What a thing consists in, not a report: a cue gerund after "consist in/of" spells out the
parts of a plan or a task ("a plan which would consist in supporting banks and guaranteeing
loans", "the scheme consists of backing small firms"), and no one voices the gerund's object.
Someone who is said to support a thing is the subject of the cue itself ("the union is
supporting the plan"), which this leaves alone."""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Prepositions that open the parts after "consist": "consist in", "consist of", and a second
# part joined as "and by".
_PART_PREPOSITIONS = frozenset({"in", "of", "by"})


def consisting_gerund(cue: Cue) -> bool:
    """A cue gerund that is the object of "in", "of" or "by" hung on "consist" ("the plan
    consists in [supporting] banks", "... and by [guaranteeing] loans"), not one with a
    subject of its own ("the union is supporting the plan")."""
    verb = cue.token
    if cue.quoted or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    preposition = verb.head
    return (
        preposition.lower_ in _PART_PREPOSITIONS
        and preposition.head.lemma_.lower() == "consist"
        and preposition.head.i < preposition.i
    )
