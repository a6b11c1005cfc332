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


def pronoun_over_name(word: Token) -> Token:
    """The picking pronoun the parse made the article of a name after its participle ("those
    supporting Cole", with "those" and "supporting" both hung on "Cole"): the pronoun heads
    the phrase, the people supporting Cole, not Cole. The word itself otherwise."""
    if word.pos_ != "PROPN":
        return word
    pronoun = next((c for c in word.lefts if c.dep_ == "det"), None)
    if pronoun is None or pronoun.lower_ not in PICKING_PRONOUNS:
        return word
    between = word.doc[pronoun.i + 1 : word.i]
    if any(t.tag_ == "VBG" and t.head == word for t in between):
        return pronoun
    return word
