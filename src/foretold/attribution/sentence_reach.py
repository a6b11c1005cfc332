"""How far back a search for an earlier mention reaches: from the start of the sentence a set
number of sentences before the one a word stands in ("Ann Lee met Cole. The former governor
said ...": one sentence back, the search opens at "Ann")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Span, Token


def reach_start(token: Token, sentences: int) -> int:
    """The index of the first token of the sentence ``sentences`` sentences before the one
    ``token`` stands in (its own for 0), or of the document's first sentence when there are
    fewer before it."""
    start = token.sent.start
    for sentence in islice(_sentences_before(token), sentences):
        start = sentence.start
    return start


def narrated_reach_start(token: Token, sentences: int, in_quote: list[int]) -> int:
    """Like `reach_start`, but a sentence wholly inside quotation marks is someone's talk set
    into the narration and is not counted ('A woman came up. I said, "Stop. Be calm." And she
    said ...': one sentence back reaches "A woman")."""
    start = token.sent.start
    counted = 0
    for sentence in _sentences_before(token):
        if counted >= sentences:
            break
        start = sentence.start
        if not all(in_quote[t.i] >= 0 or t.is_punct for t in sentence):
            counted += 1
    return start


def _sentences_before(token: Token) -> Iterator[Span]:
    """The sentences before the one ``token`` stands in, nearest first."""
    doc = token.doc
    start = token.sent.start
    while start > 0:
        sentence = doc[start - 1].sent
        yield sentence
        start = sentence.start
