"""An organisation named beside the common noun that describes it.

A report may open with what an organisation is and set its name beside it between commas:
"Irish budget airline, Skyrun, announced ..." or "The German carmaker, Velo, said ...". The
speaker is the organisation the name gives, not the description ("airline", "carmaker").
The title of a newspaper or magazine may follow the noun for its medium with no comma: "The
magazine The Spectator reported ..." names The Spectator, which the tagger may read as the
title of a work rather than an organisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import MEDIUM_NOUNS

# Named-entity types of an apposed name that stands for the organisation described.
_ORGANISATION_ENTS = frozenset({"ORG"})
# ... and of a publication's title, which the tagger may take for a work's ("The Spectator").
_TITLE_ENTS = frozenset({"ORG", "WORK_OF_ART"})
# Nouns for a publication that its title may follow with no comma: the news media, and a
# learned journal ("the journal Nature", whose title the tagger reads as a work's).
_TITLED_NOUNS = MEDIUM_NOUNS | frozenset({"journal"})


def apposed_organisation(name: Token, noun: Token) -> bool:
    """Whether an apposed proper noun names the organisation a singular common noun describes:
    tagged as an organisation and set off from the noun by a comma ("The German carmaker,
    Velo, said": Velo); not a name run into the noun without a comma ("carmaker Velo"), which
    the noun's own mention already covers. A publication's title may follow the noun of its
    medium with no comma ("the magazine The Spectator", ``titled_medium``)."""
    if titled_medium(name, noun):
        return True
    if name.pos_ != "PROPN" or name.ent_type_ not in _ORGANISATION_ENTS:
        return False
    if noun.ent_type_ or noun.tag_ != "NN":
        return False
    between = noun.doc[noun.i + 1 : name.left_edge.i]
    return any(t.text == "," for t in between)


def titled_medium(name: Token, noun: Token) -> bool:
    """Whether an apposed title names the newspaper, magazine, channel or journal the noun
    right before it describes ("the magazine The Spectator", "the newspaper Le Monde", "the
    journal Nature"), tagged as an organisation or as a work's title."""
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ in _TITLE_ENTS
        and noun.lower_ in _TITLED_NOUNS
        and noun.tag_ == "NN"
        and name.left_edge.i == noun.i + 1
    )
