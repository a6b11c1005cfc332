"""Where a token stands in its sentence or line: first in it (perhaps after a conjunction),
last in it, or ending it; and where a line ends within a sentence. Used to place phrases that
frame a sentence ("In a new poll, ...") and verbs that open a headline line."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import SENTENCE_END


def closes(token: Token) -> bool:
    """A token that ends its sentence: "." or the parse's last token."""
    return token.is_sent_end or token.text in SENTENCE_END or token.is_space


def closes_sentence(doc: Doc, token: Token) -> bool:
    """A phrase's last token that ends its sentence: "... leads by five points in [polls]."."""
    end = token.sent.end
    return token.i + 1 >= end or closes(doc[token.i + 1])


def opens_sentence(doc: Doc, token: Token) -> bool:
    """A token first in its sentence or line, perhaps after a conjunction: "[In] a poll, ...",
    "But [to] many, ..."."""
    i = token.i
    if i > 0 and doc[i - 1].pos_ == "CCONJ":
        i -= 1
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    return before.is_space or before.text in SENTENCE_END


def line_opens(doc: Doc, token: Token) -> bool:
    """A token first in the text or right after a line break."""
    return token.i == 0 or "\n" in doc[token.i - 1].text_with_ws


def line_end(doc: Doc, token: Token) -> int:
    """The end of the token's line within its sentence: the first line break after it."""
    end = token.sent.end
    return next((t.i for t in doc[token.i + 1 : end] if "\n" in t.text), end)
