"""A possessor is no end of what was said: in "alluding to the chair's rumored ambitions" the
parse may hang the possessive "'s" on the verb and make "ambitions" the verb's object, so the
content the preposition gives stops at "the chair". A noun phrase never ends on a possessor
with its "'s" left outside: the content runs on through the noun the possessive marks, the
first noun after it that its modifiers lead up to ("[the chair's rumored ambitions]"). A
possessive with no noun after it stands for a noun left out ("her ratings beat Lee's"), and
the content stays as it is."""

from __future__ import annotations

from spacy.tokens import Doc

# Tags of the possessed noun's modifiers between the possessive and the noun.
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV", "VERB", "PUNCT"})
# How many modifiers may stand between the possessive and its noun.
_REACH = 6


def possessed_end(doc: Doc, start: int, end: int) -> int:
    """The end of a range that stops right before the possessive of its last noun, moved past
    the noun that possessive marks ("the chair['s rumored ambitions]"); the end otherwise."""
    if end <= start or end >= len(doc) or doc[end].tag_ != "POS":
        return end
    if doc[end - 1].pos_ not in {"NOUN", "PROPN"}:
        return end
    sentence_end = doc[end].sent.end
    for k in range(end + 1, min(end + 1 + _REACH, sentence_end)):
        token = doc[k]
        if token.pos_ in {"NOUN", "PROPN"} and not end < token.head.i <= k + _REACH:
            return k + 1  # the phrase's noun: its head lies outside the phrase
        if token.pos_ not in _MODIFIER_POS or token.head.i <= k or token.text in {",", ";", ":"}:
            return end
    return end
