"""Punctuation shared by the attribution rules: the dashes that set off an aside or a
speaker ("-", "--", an en dash and an em dash) and the tokens of a quote mark."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"-", "\u2013", "\u2014", "--"})

_QUOTE_TEXTS = {'"', "\u201c", "\u201d", "''", "``", "\u201e", "\u00ab", "\u00bb"}


def is_quote_token(token: Token) -> bool:
    """A token that is a double quote mark, straight, curly or written as two marks ("``")."""
    return token.text in _QUOTE_TEXTS
