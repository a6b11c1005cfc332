"""The name of a body set off beside a common-noun subject.

A definite description that a news sentence names at once, between commas, speaks as the
named body: in "The rebel group, the Northern Front, claimed the attack" the speaker is the
Northern Front, not some earlier group the description could be read back to. The name must be
a proper noun tagged as an organisation, nationality or place, standing right after the comma
that follows the description.
"""

from spacy.tokens import Token

_BODY_TYPES = frozenset({"ORG", "NORP", "GPE"})


def apposed_body_name(head: Token) -> Token | None:
    """The organisation's name in apposition to a singular "the ..." subject ("The company,
    Norvik Motors, said": Norvik Motors), or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    for child in head.rights:
        if child.dep_ != "appos":
            continue
        start = child.left_edge.i
        before = head.doc[start - 1]
        if (
            child.pos_ == "PROPN"
            and child.ent_type_ in _BODY_TYPES
            and before.text == ","
            and before.i == head.i + 1
        ):
            return child
        return None
    return None
