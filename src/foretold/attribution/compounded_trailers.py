"""An inverted trailer whose verb the parse folded into the speaker's name: in '"We will
win," claims analyst Ann Lee.' the parse may read "claims" as a modifier of the name (like
"claims adjuster"), leaving the sentence with no verb; a tensed report verb right after the
closing mark is the verb, and the name phrase it was folded into is its subject."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS, QUOTE_CHARS
from foretold.attribution.cues import cue_lemma

# Marks that end the quoted words inside a quotation before a trailer: '"Q," claims Lee'.
_TRAILER_MARKS = frozenset({",", "?", "!"})
_NAME_POS = frozenset({"NOUN", "PROPN"})


def compounded_subject(verb: Token) -> Token | None:
    """The head of the name phrase a tensed report verb right after a closing quotation mark
    was made a modifier of ('"Q," claims writer Bo Lee': Lee), or None."""
    if verb.dep_ != "compound" or verb.tag_ not in {"VBZ", "VBD"} or verb.i < 2:
        return None
    if cue_lemma(verb.lemma_, verb.text) not in CUE_LEMMAS:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text not in QUOTE_CHARS or doc[verb.i - 2].text not in _TRAILER_MARKS:
        return None
    head = verb.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.pos_ not in _NAME_POS or head.i <= verb.i:
        return None
    return head
