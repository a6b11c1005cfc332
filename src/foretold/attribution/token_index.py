"""A document's tokens, made once, and where each spelling stands among them.

A spaCy ``Doc`` makes a new token object on every step of a walk over it and on every
``doc[i]``. The stages that walk a whole article, many times over for each article, walk the
tuple made here instead, and the rules that look for a handful of given words ("said" as the
cue of a statement, the one-word names the tagger found) ask for the positions of those words
rather than walk every token again.
"""

from __future__ import annotations

from collections.abc import Iterable, KeysView, Mapping
from functools import lru_cache

from spacy.tokens import Doc, Span, Token


@lru_cache(maxsize=4)
def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc`` in order, made once per document."""
    return tuple(doc)


def tokens_in(span: Span) -> tuple[Token, ...]:
    """The tokens of ``span`` in order, taken from the document's tokens made once (a walk
    over a Span makes each token anew)."""
    return tokens_of(span.doc)[span.start : span.end]


def tokens_spelled(doc: Doc | Span, words: Iterable[str]) -> list[Token]:
    """The tokens of ``doc`` (or of a span of it) written as one of ``words``, in text order."""
    tokens = tokens_of(doc.doc)
    where = _positions(doc.doc)
    start, end = (0, len(tokens)) if isinstance(doc, Doc) else (doc.start, doc.end)
    found = sorted(i for word in set(words) for i in where.get(word, ()) if start <= i < end)
    return [tokens[i] for i in found]


def tokens_lowered(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens of ``doc`` that are one of ``words`` (given in lower case) in any case
    ("He" and "he" for "he"), in text order."""
    wanted = set(words)
    return tokens_spelled(doc, [word for word in spellings_of(doc) if word.lower() in wanted])


def tokens_titled(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` written in title case ("Lee", "New", "Velonet"; not "BBC"), in
    text order."""
    return tokens_spelled(doc, [word for word in spellings_of(doc) if word.istitle()])


def spellings_of(doc: Doc) -> KeysView[str]:
    """The different spellings of ``doc``'s tokens ("The" and "the" are two), each once."""
    return _positions(doc).keys()


@lru_cache(maxsize=4)
def _positions(doc: Doc) -> Mapping[str, tuple[int, ...]]:
    """Each spelling of ``doc`` with the indices of its tokens, in order."""
    positions: dict[str, list[int]] = {}
    for token in tokens_of(doc):
        positions.setdefault(token.text, []).append(token.i)
    return {word: tuple(indices) for word, indices in positions.items()}
