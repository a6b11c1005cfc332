"""A greeting, not a stance: "welcome" said of people received somewhere ("the mayor welcomed
[the delegates] to the city", "she welcomed [everyone]"), while "the union welcomed [the
ruling]" reports a reaction to what was done."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.speaker_words import OBJECT_PRONOUNS, people, person_noun

# Words for everyone present: "welcomed [everyone] to the event".
_EVERYONE = frozenset({"everyone", "everybody", "all", "guests", "visitors"})


def greeting(cue: Cue) -> bool:
    """A "welcome" whose object is people, or who are welcomed to a place or an event: "Lee
    welcomed the guests", "they welcomed him to the team" (not "welcomed the decision")."""
    verb = cue.token
    if verb.lemma_.lower() != "welcome" or cue.quoted:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and objects:
        return True
    return any(_received(o) for o in objects)


def _received(noun: Token) -> bool:
    """People who can be received: a pronoun, "everyone", a person or a noun of people."""
    return (
        noun.lower_ in OBJECT_PRONOUNS
        or noun.lower_ in _EVERYONE
        or noun.ent_type_ == "PERSON"
        or person_noun(noun)
        or people(noun)
    )
