"""Punctuation shared by the attribution rules: the dashes that set off an aside or a
speaker ("-", "--", an en dash and an em dash), the hyphens inside a word, the colon and
semicolon that close a clause, the tokens of a quote mark and where a bracket closes."""

from __future__ import annotations

from spacy.tokens import Doc, Token

DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
# Marks that join the parts of a hyphened word, which the tokenizer splits off: "co-author".
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Marks that close a clause, after which another one opens: "Critics, when asked[:] each side".
CLAUSE_MARKS = frozenset({":", ";"})

_QUOTE_TEXTS = {'"', "\u201c", "\u201d", "''", "``", "\u201e", "\u00ab", "\u00bb"}


def is_quote_token(token: Token) -> bool:
    """A token that is a double quote mark, straight, curly or written as two marks ("``")."""
    return token.text in _QUOTE_TEXTS


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
