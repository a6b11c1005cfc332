"""How far back a search for an earlier mention reaches: from the start of the sentence a set
number of sentences before the one a word stands in ("Ann Lee met Cole. The former governor
said ...": one sentence back, the search opens at "Ann")."""

from __future__ import annotations

from spacy.tokens import Token


def reach_start(token: Token, sentences: int) -> int:
    """The index of the first token of the sentence ``sentences`` sentences before the one
    ``token`` stands in (its own for 0), or of the document's first sentence when there are
    fewer before it."""
    doc = token.doc
    start = token.sent.start
    for _ in range(sentences):
        if start > 0:
            start = doc[start - 1].sent.start
    return start
