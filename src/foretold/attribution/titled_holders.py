"""A document held by someone named by a title speaks for that person: "The judge's ruling
says ..." is the judge speaking, the judge being whoever the article gave that title to
("Judge Ann Cole ruled ... The judge's ruling says": Ann Cole)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import DOCUMENT_NOUNS, ROLE_NOUNS


def titled_holder(head: Token) -> Token | None:
    """The role noun possessing a document subject ("the minister's statement", "the
    judge's ruling": minister, judge), or None."""
    if head.pos_ != "NOUN" or head.lower_ not in DOCUMENT_NOUNS:
        return None
    for child in head.lefts:
        if child.dep_ == "poss" and child.pos_ == "NOUN" and child.lower_ in ROLE_NOUNS:
            return child
    return None
