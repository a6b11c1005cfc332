"""Verbless name tags: a person's name, perhaps after a title and with an apposition, closing a
quotation's sentence ('"Q," Jane Doe, an analyst at Acme.') marks the words as that person's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import SENTENCE_END, Cue
from foretold.attribution.entities import HONORIFICS


def name_tag(doc: Doc, end_token: int, in_quote: list[int]) -> Cue | None:
    """'"Q," Jane Doe, an analyst at Acme.': a person's name, perhaps after a title ("Sen.",
    "Acme spokesperson", "the firm's chief, "), perhaps with an apposition, closes the
    quotation's sentence with no verb; it tags the words as that person's."""
    if end_token < 2 or doc[end_token - 2].text != "," or end_token >= len(doc):
        return None
    first = _name_after_title(doc, end_token)
    if first is None:
        return None
    name = first
    while name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]
    stop = name.i + 1
    if stop < len(doc) and doc[stop].text == ",":
        while stop < len(doc) and stop - end_token < 25 and doc[stop].text not in SENTENCE_END:
            token = doc[stop]
            if "\n" in token.text or in_quote[token.i] >= 0 or token.pos_ in {"VERB", "AUX"}:
                return None
            stop += 1
    if stop >= len(doc) or doc[stop].text != "." or doc[stop - 1].text == ",":
        return None
    return Cue(name, ",", name, [], quoted=True)


_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})


def _name_after_title(doc: Doc, start: int) -> Token | None:
    """The first token of a person's name at ``start`` or after a short title of nouns, perhaps
    set off by a comma ("Acme spokesperson Jane Doe", "the firm's chief, Jane Doe")."""
    for i in range(start, min(start + 7, len(doc))):
        token = doc[i]
        if token.ent_iob_ == "B" and token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            return token
        comma = token.text == "," and i > start and doc[i + 1 : i + 2].text[:1].isupper()
        if not (comma or token.pos_ in _TITLE_POS or token.lower_.rstrip(".") in HONORIFICS):
            return None
    return None
