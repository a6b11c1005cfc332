"""A product called back by its maker, not a memory: "recall" with a device, a vehicle or
another made thing for its object ("the firm will recall [the devices]", "they recalled
[40,000 cars]") withdraws the goods and says nothing, while "she recalled [the flood]" and
"he recalled [that it rained]" tell what someone remembers."""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import word_set

# Made things a maker calls back: "recalled [the phones]".
_PRODUCT_NOUNS = word_set(
    """device devices product products vehicle vehicles car cars truck trucks model models
    unit units battery batteries phone phones handset handsets toy toys batch batches"""
)


def product_recalled(cue: Cue) -> bool:
    """A "recall" whose object is a made thing, with no clause: "rather than recall [the
    devices]" (not "recalled [the flood]")."""
    verb = cue.token
    if verb.lemma_.lower() != "recall" or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _PRODUCT_NOUNS for c in children)
