"""A list after a colon that spells out the noun of a phrase inside a content range is the
writer's detail, not part of what was said: "plans to air [an ad in six states]: Ohio, Iowa,
Utah and three others". The noun must be the object of a preposition after the range's
start; a list spelling out the reported thing itself stays ("called for [three changes:
lower fees, longer hours and a new board]")."""

from __future__ import annotations

from spacy.tokens import Doc


def drop_colon_list(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing list after a colon that names the members of the
    object of a preposition in it: "[an ad in six states]: Ohio, Iowa and Utah"."""
    for i in range(start + 1, end - 1):
        if doc[i].text != ":":
            continue
        first = doc[i + 2] if doc[i + 1].is_space and i + 2 < end else doc[i + 1]
        noun = first.head
        if (
            first.dep_ == "appos"
            and noun.dep_ == "pobj"
            and start < noun.head.i < noun.i < i
            and noun.right_edge.i >= end - 2
            and not any(t.is_quote for t in doc[i:end])
        ):
            return i
    return end
