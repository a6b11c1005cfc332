"""The subject of a short trailer after a quotation that the parse hung elsewhere: in '"We
will win," a narrator says', the parse may read "a narrator" as the object of a verb inside the
quotation and leave "says" with no subject; the noun phrase between the closing mark and the
verb is its subject."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import QUOTE_CHARS
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Parts of speech a plain noun phrase is made of: "a narrator", "the new ad", "a voice over".
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"})
# Marks that end the quoted words inside a quotation before a trailer: '"Q," a voice says'.
_TRAILER_MARKS = frozenset({",", "?", "!"})
# The most words a trailer's subject phrase runs to: "the new campaign ad".
_LONGEST = 5


def trailer_subject(verb: Token) -> Token | None:
    """The head noun of the phrase between a closing quotation mark (after a comma, "?" or
    "!") and a verb with no subject of its own that closes the trailer: '"We will win," [a
    narrator] says' gives narrator; a phrase with a verb in it is not one ('"Q," it began,
    says ...')."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.tag_ not in {"VBZ", "VBD"}:
        return None
    doc = verb.doc
    start = verb.i
    while start > 0 and verb.i - start < _LONGEST:
        token = doc[start - 1]
        if token.pos_ not in _PHRASE_POS or token.text in QUOTE_CHARS:
            break
        start -= 1
    if start == verb.i or start < 2:
        return None
    if doc[start - 1].text not in QUOTE_CHARS or doc[start - 2].text not in _TRAILER_MARKS:
        return None
    if doc[start].pos_ not in {"DET", "PROPN", "NOUN", "ADJ"}:
        return None
    nouns = [t for t in doc[start : verb.i] if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else None
