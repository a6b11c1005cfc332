"""A passive of judging with no holder that a "whether" question asks about.

In "Asked whether the deal should be seen as a step forward, Lee said ..." no one is said to
see the deal so: the question asks whether it holds, and the passive reports nothing.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue


def questioned_passive(cue: Cue) -> bool:
    """An unquoted agentless passive with no speaker, marked by "whether": "asked whether [the
    deal] should be seen as a step" (but "the deal is seen as a step" stays)."""
    verb = cue.token
    if cue.quoted or cue.subject is not None:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in children)
