"""Punctuation shared by the attribution rules: the dashes that set off an aside or a
speaker ("-", "--", an en dash and an em dash), the hyphens inside a word, the colon and
semicolon that close a clause, the tokens of a quote mark, a mark that opens the quotation
after it, and where a bracket closes."""

from __future__ import annotations

from spacy.tokens import Doc, Token

DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
# Marks that join the parts of a hyphened word, which the tokenizer splits off: "co-author".
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Marks that close a clause, after which another one opens: "Critics, when asked[:] each side".
CLAUSE_MARKS = frozenset({":", ";"})

_QUOTE_TEXTS = {'"', "\u201c", "\u201d", "''", "``", "\u201e", "\u00ab", "\u00bb"}


def spaced_dash(token: Token) -> bool:
    """A dash with a space either side, which sets off an aside or ends a phrase ("the vote -
    Gallup"), not the hyphen of a compound ("export-led")."""
    doc = token.doc
    return (
        token.text in DASHES
        and token.i > 0
        and bool(doc[token.i - 1].whitespace_)
        and bool(token.whitespace_)
    )


def is_quote_token(token: Token) -> bool:
    """A token that is a double quote mark, straight, curly or written as two marks ("``")."""
    return token.text in _QUOTE_TEXTS


def opens_next(token: Token) -> bool:
    """A quote mark set against the word after it and apart from the one before it, which opens
    a quotation that follows ('was simple. ['']Just do it'), whatever its tag: the parse may
    end a sentence on the mark that opens the next one."""
    doc = token.doc
    if not is_quote_token(token) or token.whitespace_ or token.i + 1 >= len(doc):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    return doc[token.i + 1].text[0].isalnum() and (
        before is None or bool(before.whitespace_) or before.is_space
    )


def bracket_end(doc: Doc, opening: int) -> int | None:
    """The index after the ")" that closes the "(" at ``opening`` in the same sentence, or
    None: a bracketed aside ("the wells [(the dam is 60 m high)] can flood") interrupts the
    words around it."""
    sentence_end = doc[opening].sent.end
    for i in range(opening + 1, sentence_end):
        if doc[i].text == "(":
            return None
        if doc[i].text == ")":
            return i + 1
    return None
