"""The sentences of a document with the offsets they start at, so that the sentence a statement
starts in is found by bisection rather than by walking the sentences for each statement: the
stages that carry a day from one report to another ask it for every statement."""

from __future__ import annotations

from bisect import bisect_right
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
