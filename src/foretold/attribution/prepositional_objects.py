"""Objects of prepositions: the noun a word's own preposition takes ("occurred [to] him" gives
"him"), and a name in the "of" phrase of a noun of a given kind ("the steps of [Velo Hall]")."""

from __future__ import annotations

from spacy.tokens import Token

# The relation of a preposition's noun object: "to [him]".
NOUN_OBJECTS = frozenset({"pobj"})
# Its noun object or the clause it takes: "against [the plan]", "against [raising taxes]".
NOUN_OR_CLAUSE_OBJECTS = frozenset({"pobj", "pcomp"})


def prep_object(
    head: Token,
    preposition: str,
    objects: frozenset[str] = NOUN_OBJECTS,
    *,
    either_side: bool = False,
) -> Token | None:
    """The object of the first preposition `preposition` that `head` governs after it, or
    anywhere around it with `either_side`: "occurred [to] him" gives "him", and with
    `either_side` "[among] teachers, Lee enjoys support" gives "teachers" for "enjoys"."""
    for prep in head.children if either_side else head.rights:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            return next((c for c in prep.children if c.dep_ in objects), None)
    return None


def of_object_of(token: Token, nouns: frozenset[str]) -> bool:
    """A word that is the object of "of" after a common noun of `nouns`: "Velo Hall" in "the
    steps of Velo Hall" with nouns of the parts of a building."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in nouns
        and prep.head.pos_ == "NOUN"
    )
