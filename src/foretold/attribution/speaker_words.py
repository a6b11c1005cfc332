"""Which words can head a speaker: nouns and pronouns, names of people and organisations,
nouns that name people; and the pronouns that name no one (an expletive "it" or "there", a
relative pronoun)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import HUMAN_SUBJECTS
from foretold.attribution.entities import GROUP_WORDS, ROLE_NOUNS

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


EXPLETIVES = {"it", "there"}


RELATIVE = {"who", "which", "that", "whom"}


def people(noun: Token) -> bool:
    """A noun that names people ("aides", "the senator", "Ann Lee")."""
    lower = noun.lower_
    return noun.ent_type_ == "PERSON" or lower in GROUP_WORDS or lower in ROLE_NOUNS


def is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in HUMAN_SUBJECTS
