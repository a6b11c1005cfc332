"""The writer's own remarks: an impersonal passive of a cue verb with a modal ("It should be
noted that ...", "It must be stressed that ...") tells the reader what to bear in mind and
reports no one's words; a plain passive ("It was announced that ...") still reports words
someone said.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.own_clauses import agentless_passive

# Modals by which the writer bids the reader note something: "it [should] be noted".
BIDDING_MODALS = frozenset(["should", "must", "may", "might", "can", "could"])


def writer_remark(cue: Cue) -> bool:
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
