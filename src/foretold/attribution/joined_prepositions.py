"""A second preposition joined to the cue's own by "and" or "or": in "she was accused of
fraud, and of lying to the court" the parser may hang the second "of" on the cue as a
conjunct instead of on the first "of"; it repeats the cue's preposition, so its phrase goes
on with what was said ("accused [of fraud, and of lying to the court]").
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that may stand between the first phrase and the repeated preposition.
_JOINERS = frozenset({",", "and", "or"})


def joined_preposition_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a content closing on a preposition of ``verb`` or of its object,
    run on over a conjunct of the cue that repeats that preposition after only commas and
    "and" or "or": "criticised for [its pay, and for its safety record]", "accused [him of
    fraud, and of perjury]"; ``end`` when none follows."""
    doc = verb.doc
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    own = {
        c.lower_
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and verb.i < c.i < end
    }
    if not own:
        return end
    for child in verb.rights:
        if child.dep_ != "conj" or child.tag_ != "IN" or child.lower_ not in own:
            continue
        between = doc[end : child.i]
        words = {t.lower_ for t in between}
        if 0 < len(between) <= 2 and words <= _JOINERS and words & {"and", "or"}:
            return child.right_edge.i + 1
    return end
