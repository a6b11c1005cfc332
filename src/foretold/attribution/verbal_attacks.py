"""An attack a speaker makes on a person with words: a verb of launching or pressing with
"attack" for object reports the person it targets ("the senator unleashed a harsh attack on
[the governor]", "Lee ratcheted up his attacks on [Park]"), as "took a swipe at" does. An
attack on a place or a thing is a deed, not a stance ("the rebels launched an attack on the
base"), and an attack someone else made is not the subject's ("she condemned the attack on
the reporter": "condemn" is no verb of launching)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import word_set
from foretold.attribution.speaker_words import person_word

ATTACK_NOUNS = word_set("attack attacks")
# Verbs that launch or press an attack of one's own: "unleashed", "stepped up", "renewed".
ATTACK_VERBS = word_set(
    "launch unleash level mount ratchet step intensify escalate renew sharpen lob hurl redouble"
)
_TARGET_PREPOSITIONS = frozenset({"on", "against"})


def attack_on_person(verb: Token) -> bool:
    """Whether a verb of launching or pressing has for object an attack on a person: "unleashed
    an attack on [Lee]" (not "launched an attack on [the base]")."""
    if verb.lemma_.lower() not in ATTACK_VERBS:
        return False
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in ATTACK_NOUNS:
        return False
    prep = next(
        (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _TARGET_PREPOSITIONS), None
    )
    target = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    return target is not None and person_word(target)
