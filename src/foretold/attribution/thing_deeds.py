"""Deeds of things: a cue verb whose subject is a thing that cannot say or claim anything and
whose content is only a noun phrase tells what the thing does, not what anyone said ("the
update adds [support for maps]", "the engine promises [lower fuel costs]", "the fee is open to
[all members]"). A person, a group, a body, a document, a medium or data keeps its report
("the agency adds [a warning]", "the footage shows [a crowd gathering]"), and so does a thing
with a clause for content ("the sensor indicated [the tank was full]")."""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.speaking_things import mute_thing

# Verbs that only report words: with a thing for subject the parse has cut their clause short
# ("the consensus says [birds] evolved from ...").
_SAYING_VERBS = frozenset({"say", "tell", "state", "claim", "write", "report", "announce"})


def thing_deed(cue: Cue) -> bool:
    """A thing that cannot speak with only a noun phrase for content: "the update adds
    [support for maps]" (but "the report adds [a warning]", "the update shows [the app
    crashed]")."""
    subject = cue.subject
    if subject is None or cue.quoted or cue.token.lemma_.lower() in _SAYING_VERBS:
        return False
    if not mute_thing(subject):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in cue.content_tokens())
