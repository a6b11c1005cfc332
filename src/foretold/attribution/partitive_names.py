"""One taken from a group and then named ("One of the bidders, Harlow Engineering, said it
would appeal") is the one named: the apposed proper name, whether the parse hangs it on "One"
or on the group noun, names the speaker; the group ("the bidders") only tells what it is."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import partitive_group

_NAME_TYPES = frozenset({"PERSON", "ORG", ""})


def partitive_name(head: Token) -> Token | None:
    """The proper name set beside "one of" a group ("One of these unions, the Dock Workers
    Alliance, said": Alliance), or None."""
    if head.lower_ != "one" or (group := partitive_group(head)) is None:
        return None
    for noun in (group, head):
        for child in noun.rights:
            if child.dep_ == "appos" and child.i > group.i and _proper_name(child):
                if any(t.text == ":" for t in head.doc[head.i : child.i]):
                    return None
                return child
    return None


def _proper_name(token: Token) -> bool:
    """A capitalised proper noun tagged as a person, an organisation or nothing."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in _NAME_TYPES
