"""A passive of judging with no holder that a "whether" question asks about.

In "Asked whether the deal should be seen as a step forward, Lee said ..." no one is said to
see the deal so: the question asks whether it holds, and the passive reports nothing.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.own_clauses import agentless_passive


def questioned_passive(cue: Cue) -> bool:
    """An unquoted agentless passive with no speaker, marked by "whether": "asked whether [the
    deal] should be seen as a step" (but "the deal is seen as a step" stays)."""
    verb = cue.token
    if cue.quoted or cue.subject is not None:
        return False
    if not agentless_passive(verb):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)
