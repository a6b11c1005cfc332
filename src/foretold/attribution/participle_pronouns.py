"""A pronoun that picks out people by what an active participle hung on it says they do:
"those describing themselves as moderates", "anyone questioning the count". The people so
picked out hold the participle's words, as a noun before the participle does ("voters
describing themselves as moderates"); a passive participle ("those asked") tells what was
done to them instead."""

from __future__ import annotations

from spacy.tokens import Token

# Pronouns that pick out whoever a modifier after them describes.
PICKING_PRONOUNS = frozenset(
    {"those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody"}
)


def picked_by_participle(verb: Token) -> bool:
    """Whether a verb is an active participle hung on a picking pronoun before it ("those
    [describing] themselves as ...")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.i < verb.i
        and head.lower_ in PICKING_PRONOUNS
    )
