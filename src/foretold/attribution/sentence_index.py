"""The sentences of a document with the offsets they start at, so that the sentence a statement
starts in is found by bisection rather than by walking the sentences for each statement: the
stages that carry a day from one report to another ask it for every statement. The sentence
of each token is read from the same list while the stage runs (``sentences_looked_up``):
spaCy's ``token.sent`` walks out from the token to both ends of its sentence on every read."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class SentenceIndex:
    """A document's sentences, in order, and the character offset each starts at."""

    sentences: list[Span]
    starts: list[int]

    @classmethod
    def of(cls, doc: Doc) -> SentenceIndex:
        """The index of ``doc``'s sentences (built once per Doc: a Doc finds its sentences anew
        on every read of ``doc.sents``)."""
        return _index_of(doc)

    def number(self, offset: int) -> int:
        """The number of the sentence the character ``offset`` lies in; -1 before the first."""
        return bisect_right(self.starts, offset) - 1


@lru_cache(maxsize=4)
def _index_of(doc: Doc) -> SentenceIndex:
    sentences = list(doc.sents)
    return SentenceIndex(sentences, [sentence.start_char for sentence in sentences])


@contextmanager
def sentences_looked_up(doc: Doc) -> Iterator[None]:
    """Within the block, ``token.sent`` of a token of ``doc`` is its sentence from a table made
    once (the same spans as ``doc.sents``), not found anew by a walk; the hook is taken off
    at the end, and one the document already had is put back."""
    if not doc.has_annotation("SENT_START"):
        yield  # no sentences to look up: spaCy raises as it would
        return
    sentence_of = [s for s in SentenceIndex.of(doc).sentences for _ in range(len(s))]
    hooks = doc.user_token_hooks
    before = hooks.get("sent")
    hooks["sent"] = lambda token: sentence_of[token.i]
    try:
        yield
    finally:
        if before is None:
            del hooks["sent"]
        else:
            hooks["sent"] = before
