"""Realms ruled: "rule" with a place or a people for its only object means governing them,
not a ruling ("the general ruled [the country] for twenty years", "the dynasty ruled
[Persia]"); a ruling names what it holds ("the court ruled [that the ban was void]", "the
judge ruled [the evidence inadmissible]", "the judge ruled [a mistrial]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue, content_within
from foretold.attribution.cues import cue_lemma
from foretold.attribution.tagged_entities import PLACE_ENTS

# Nouns of a realm that is governed: "ruled [the country]", "ruled [the empire]".
REALM_NOUNS = frozenset(
    {
        "country", "nation", "state", "kingdom", "empire", "realm", "land", "island",
        "islands", "city", "province", "region", "territory", "colony", "republic", "people",
        "world", "continent", "roost",
    }
)  # fmt: skip


def realm_ruled(cue: Cue) -> bool:
    """ "Rule" whose content is only its object, a place or a people: "ruled [Zimbabwe]",
    "ruled [the island]" (not "ruled [that it failed]" nor "ruled [a mistrial]")."""
    verb = cue.token
    if cue.quoted or cue_lemma(verb.lemma_, verb.text) != "rule":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or any(c.dep_ in {"ccomp", "oprd", "xcomp"} for c in verb.children):
        return False
    realm = objects[0]
    if not _realm(realm):
        return False
    return content_within(cue, realm)


def _realm(noun: Token) -> bool:
    """A place or a people: a named country, region or nation, or a noun for a realm."""
    return noun.ent_type_ in PLACE_ENTS or noun.lemma_.lower() in REALM_NOUNS
