"""Whereabouts last known: "last known" tells where a thing or person was last traced, a
record of whereabouts and no one's belief or words ("the ship, [which was last known to be
in the strait], vanished", "the hiker was last known to be heading north"); "known" without
"last" keeps its report ("a man known to be armed").
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Adverbs that make "known" the latest trace of a thing: "last known", "last known to be".
_LATEST = frozenset({"last"})


def last_known(cue: Cue) -> bool:
    """ "Known" modified by "last": "[it was last known to be in the strait]"."""
    verb = cue.token
    if cue.quoted or verb.lower_ != "known":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _LATEST for c in verb.children)
