"""The writer's own remarks: an impersonal passive of a cue verb with a modal ("It should be
noted that ...", "It must be stressed that ...") tells the reader what to bear in mind and
reports no one's words; a plain passive ("It was announced that ...") still reports words
someone said. So does an aside put to "you" with a modal: "you might say", "you may
remember", "you could call it a draw" lends the reader a word or a memory, a hedge with no
one's words behind it ("you said that it failed" reports what was said).
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.own_clauses import agentless_passive

# Modals by which the writer bids the reader note something: "it [should] be noted".
BIDDING_MODALS = frozenset(["should", "must", "may", "might", "can", "could"])
# Modals of an aside lent to the reader: "you [might] say".
HEDGING_MODALS = frozenset(["may", "might", "can", "could"])
# Verbs by which an aside lends the reader a word or a memory: "you might [say]".
ASIDE_VERBS = frozenset(["say", "call", "remember", "recall"])


def writer_remark(cue: Cue) -> bool:
    """The writer's remark: an impersonal passive with a modal or an aside put to "you"."""
    return _impersonal_passive(cue) or _reader_aside(cue)


def _reader_aside(cue: Cue) -> bool:
    """A cue verb with "you" for subject and a modal of what may be: "you might [say]", "you
    may [remember] Lee" (but "you said that it failed", "you must say what you saw")."""
    verb = cue.token
    if verb.lemma_.lower() not in ASIDE_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" and c.i < verb.i for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in children)


def _impersonal_passive(cue: Cue) -> bool:
    """A passive cue with "it" for subject, a modal and no agent: "It should be mentioned
    that sales tripled" (but "It was reported that sales tripled" and "It should be noted by
    the board that ...")."""
    verb = cue.token
    if verb.tag_ != "VBN" or not agentless_passive(verb):
        return False
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" and c.i < verb.i for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in BIDDING_MODALS for c in children)
