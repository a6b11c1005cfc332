"""Where a body is based, written as an adjective of its description.

News often describes a body it has just named by where it is based, in a compound adjective
with "based": "Velo Motors cut jobs. The Detroit-based company said ..."; "The Luxembourg-based
court ruled ...". The place is a proper noun, but the phrase is still a description in lower
case of the body named before, as "the auto company" would be: the place says where the body
is, not which other body it is.
"""

from __future__ import annotations

from spacy.tokens import Span


def based_modifier_words(mention: Span) -> frozenset[int]:
    """The token indices of the "<place>-based" adjectives inside a mention, the place, its
    hyphen and "based" ("The New York-based group": New, York, -, based); none when the words
    before "based" are not a proper noun ("the faith-based group" holds no place to skip: its
    words are in lower case already)."""
    found: set[int] = set()
    for token in mention:
        if token.lower_ != "based" or token.dep_ != "amod" or token.i <= mention.start:
            continue
        words = [t for t in token.subtree if t.i != token.i]
        if not words or words[0].i <= mention.start or words[-1].i >= mention.end:
            continue
        if words[0].pos_ != "PROPN" or not all(
            t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in words
        ):
            continue
        found.update(t.i for t in token.subtree)
    return frozenset(found)
