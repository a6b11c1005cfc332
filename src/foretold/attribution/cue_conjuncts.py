"""A second act of the speaker coordinated with the cue verb, which the parser hung inside the
content: "warning [that the group could strike] and implying that ...", "touting [her record]
and attacking him". The conjunct has the cue's verb form, not the form of the word it hangs
on, and no subject of its own, so it goes with the cue and the content ends before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_JOINERS = frozenset({"and", "but"})
_FORMS = frozenset({"VBG"})
_SKIPPED = frozenset({"also", "then", "later", "even"})


def _second_act(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A verb conjunct in the cue's form hung on a word of the content before the joiner."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == cue.tag_
        and verb.head.tag_ != cue.tag_
        and start <= verb.head.i < cc
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    )


def drop_cue_conjunct(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a range without a closing conjunct that is a second act of the cue's
    speaker: "touting [her record] and attacking him" (anchor: the cue; a source phrase like
    "according to" is no act of the speaker)."""
    cue = doc[anchor]
    if cue.pos_ != "VERB" or cue.tag_ not in _FORMS or cue.dep_ == "prep" or anchor >= start:
        return end
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in _JOINERS or doc[i].dep_ != "cc":
            continue
        j = i + 1
        while j < end - 1 and doc[j].lower_ in _SKIPPED:
            j += 1
        verb = doc[j]
        if verb.right_edge.i >= end - 2 and _second_act(cue, verb, start, i):
            return i
    return end
