"""The grounds a report gives, set between commas at the head of its content: a participle of
citing or blaming right after the cue's comma is the writer's note on where the words came
from, not the words ("The agency reported, citing police data, [that thefts rose]"; "She
said, blaming the rain, [the match was off]"). It is left out of the content, which starts
after its closing comma.
"""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.cues import CITING_VERBS


def drop_opening_grounds(doc: Doc, start: int, end: int) -> int:
    """The start of a content range past an opening ", citing ...," participle: "reported,
    [citing police data,] thefts rose" starts at "thefts"; "said [citing] was fine" (no
    commas) keeps its start."""
    if start == 0 or start >= end or doc[start - 1].text != ",":
        return start
    first = doc[start]
    if first.tag_ != "VBG" or first.lemma_.lower() not in CITING_VERBS:
        return start
    comma = first.right_edge.i + 1
    if comma + 1 >= end or doc[comma].text != ",":
        return start
    return comma + 1
