"""Outcomes that guarantee: "guarantee" with a thing for subject tells what an event makes
certain, not a promise anyone made ("Their win does not guarantee [a seat]", "a degree no
longer guarantees [a job]"); a person or a body that guarantees something promises it ("The
mayor guaranteed [the pool would open]").
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.speaker_words import people


def outcome_guarantee(cue: Cue) -> bool:
    """The verb "guarantee" whose subject is a common noun that names no people: "the deal
    does not guarantee [a vote]" (not "aides guaranteed [a vote]")."""
    verb = cue.token
    if verb.pos_ != "VERB" or cue_lemma(verb.lemma_, verb.text) != "guarantee":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not people(subject)
