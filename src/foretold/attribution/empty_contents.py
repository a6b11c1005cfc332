"""Contents that hold no words: what a cue found is only a person or a pointer, so it reports
nothing said or thought.

- a lone "who" stands for a person, never for words ("the mayor, who was declared the
  winner by a thin margin": "who" is the one declared); a lone "which" or "that" can stand
  for a claim and stays ("the charge, which she denied");
- a lone object pronoun of a verb of saying or telling is the one addressed or a stand-in
  for words given elsewhere ("she asked me", "he took back his remarks a day after he said
  them", "the reports she filed against him"); "he said so" stays;
- "the following" points at words still to come ("she posted the following:"), not words
  of its own.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import ADDRESSEE_VERBS
from foretold.attribution.speaker_words import OBJECT_PRONOUNS

# Relative pronouns that can only stand for a person.
PERSON_RELATIVES = frozenset(["who", "whom"])
# Verbs of saying, asking and telling, whose lone pronoun object is no content.
SAYING_VERBS = ADDRESSEE_VERBS | frozenset(["say", "ask", "report", "write"])
# Words that point at what comes next.
POINTERS = (("the", "following"),)


def empty_content(cue: Cue) -> bool:
    """The content is a lone "who", a lone object pronoun of a verb of saying, or "the
    following": "who was declared the winner", "he asked me", "she wrote the following:"."""
    words = tuple(t.lower_ for t in cue.content_tokens() if not t.is_punct)
    if words in POINTERS:
        return True
    if len(words) != 1:
        return False
    if words[0] in PERSON_RELATIVES:
        return True
    return words[0] in OBJECT_PRONOUNS and cue.token.lemma_.lower() in SAYING_VERBS
