"""A cue verb of backing used for material help, not for words.

"Support", "back" and the like report a stance when someone voices it ("the union backed
the plan"), but an adverb of the means given turns them into deeds: "the event was supported
financially by the region", "the rebels were backed militarily by a neighbour" report no
one's words. The adverb alone decides; without it the verb keeps its reporting sense.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Adverbs naming the material means of help: money, arms, supplies, work.
_MEANS_ADVERBS = frozenset(
    {"financially", "militarily", "logistically", "materially", "monetarily", "economically"}
)


def material_support(cue: Cue) -> bool:
    """Whether a cue verb carries an adverb of material means ("funded and supported
    financially", "backed militarily"), which makes it a deed, not a report."""
    if cue.quoted:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _MEANS_ADVERBS for c in cue.token.children)
