"""A present-tense cue joined by "and" to a past-tense verb right after that verb's
prepositional object, with no subject of its own: a plural noun the tagger read as a verb,
the second object of the preposition ("prices fell amid weak demand and [worries] that the
harvest would fail"), so the sentence's subject holds no view. A past subject does not go on
in the present ("prices fell and worries ..." is no English clause)."""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Tags of a present-tense verb form that can also be a plural or singular noun.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def noun_read_as_verb(cue: Cue) -> bool:
    """A present "worries" joined to a past verb right after a preposition's object: "shares
    closed lower amid falling demand and [worries] that rates will rise" (not "she closed the
    shop and says that ...", whose present conjunct follows a verb's object, nor one with a
    subject of its own)."""
    verb = cue.token
    if verb.tag_ not in _PRESENT_TAGS or verb.dep_ != "conj" or cue.quoted:
        return False
    head = verb.head
    if verb.i < 2 or head.tag_ != "VBD" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ != "cc":
        return False
    last = verb.doc[before.i - 1]
    while last.dep_ in {"compound", "amod"} and last.head.i > last.i:
        last = last.head
    return last.dep_ == "pobj" and last.head.dep_ == "prep" and last.head.head.i == head.i
