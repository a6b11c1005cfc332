"""A document owned by a description of a body speaks for the body the description stands
for: "Velo Motors cut jobs. The company's statement said ..." is Velo Motors speaking, as
"the company said" would be; "According to the party's website" after "the Velo party" is
the Velo party."""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.entities import DOCUMENT_NOUNS


def described_holder(head: Token) -> Span | None:
    """The definite description in lower case that owns a document subject, without its
    possessive ("the party's website", "the auto company's statement": "the party", "the
    auto company"), or None ("Velo's statement", "his statement", "a firm's statement")."""
    if head.pos_ != "NOUN" or head.lower_ not in DOCUMENT_NOUNS:
        return None
    for child in head.lefts:
        if child.dep_ != "poss" or child.pos_ != "NOUN" or child.tag_ != "NN":
            continue
        first = child.left_edge
        if first.lower_ != "the" or not all(t.is_lower for t in head.doc[first.i + 1 : child.i]):
            return None
        return head.doc[first.i : child.i + 1]
    return None
