"""A subject the parse found inside the quotation a verb of saying follows: in '"We are ready.
#Election2020," tweeted the mayor' the parser may read the hashtag that closes the quoted words
as the subject of "tweeted", but the quoted words are what is said, not who says it. A noun
before a closing quotation mark that comes before the verb belongs to the quotation; the
verb's speaker is elsewhere (here the mayor after it, the inverted subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.inverted_cues import speaks
from foretold.attribution.token_index import tokens_of

# Marks that close a quotation of words said (not the apostrophe of a possessive).
_CLOSING_MARKS = frozenset({'"', "\u201d", "''"})


def inside_closed_quotation(subject: Token, verb: Token) -> bool:
    """The subject is the last word of a quotation that closes right before the verb, with
    only punctuation between ('"... #Cologne," tweeted a user'): a word of the quoted words,
    not the verb's speaker. A subject with words of its own before the verb ('Lee, who called
    it "a mess," said') stands outside the quotation."""
    between = tokens_of(subject.doc)[subject.i + 1 : verb.i]
    if subject.i >= verb.i or not between or not all(t.is_punct for t in between):
        return False
    return between[-1].is_quote and between[-1].text in _CLOSING_MARKS


def speaker_after_verb(verb: Token) -> Token | None:
    """The speaker a verb of saying after a quotation puts after itself, which the parse took
    for its object once it read a word of the quotation as the subject ('"...," tweeted [a
    user] from Hanover'): a noun for people, a group or a body, or a name; None otherwise."""
    after = next((c for c in verb.rights if c.dep_ in {"dobj", "attr", "npadvmod"}), None)
    if after is None or after.left_edge.i != verb.i + 1:
        return None
    return after if after.pos_ == "PROPN" or speaks(after) else None
