"""An organisation named beside the common noun that describes it.

A report may open with what an organisation is and set its name beside it between commas:
"Irish budget airline, Skyrun, announced ..." or "The German carmaker, Velo, said ...". The
speaker is the organisation the name gives, not the description ("airline", "carmaker").
"""

from __future__ import annotations

from spacy.tokens import Token

# Named-entity types of an apposed name that stands for the organisation described.
_ORGANISATION_ENTS = frozenset({"ORG"})


def apposed_organisation(name: Token, noun: Token) -> bool:
    """Whether an apposed proper noun names the organisation a singular common noun describes:
    tagged as an organisation and set off from the noun by a comma ("The German carmaker,
    Velo, said": Velo); not a name run into the noun without a comma ("carmaker Velo"), which
    the noun's own mention already covers."""
    if name.pos_ != "PROPN" or name.ent_type_ not in _ORGANISATION_ENTS:
        return False
    if noun.ent_type_ or noun.tag_ != "NN":
        return False
    between = noun.doc[noun.i + 1 : name.left_edge.i]
    return any(t.text == "," for t in between)
