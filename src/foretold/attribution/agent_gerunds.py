"""The speaker of a gerund the parse hung on the thing in a passive's "by" phrase.

A gerund of speech right after the object of a passive's "by" phrase, when that object is a
thing that cannot speak (no person, group, name, body or document), tells what the passive's
subject did: "Investors are rattled by the losses, calling the market ugly": the investors call
it ugly, not the losses. A document or body there speaks for itself ("were moved by a letter
calling for peace": the letter).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.borrowed_subjects import passive_subject
from foretold.attribution.cues import SPEAKING_THINGS
from foretold.attribution.speaker_words import is_name, people


def passive_subject_past_agent(cue: Token) -> Token | None:
    """The subject of the passive whose "by" object a gerund cue hangs on, when that object
    cannot speak ("are rattled by the losses calling it ugly": the subject); None otherwise."""
    thing = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or thing.i > cue.i or thing.dep_ != "pobj":
        return None
    agent = thing.head
    if agent.dep_ != "agent" or agent.lower_ != "by":
        return None
    if (
        thing.pos_ != "NOUN"
        or people(thing)
        or is_name(thing)
        or thing.lemma_.lower() in SPEAKING_THINGS
        or thing.lower_ in SPEAKING_THINGS
    ):
        return None
    return passive_subject(agent.head)
