"""One attribution being assembled: its cue, speaker head and content fragments."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from foretold.attribution.cues import ALL_VERBS, AS_VERBS, CLAUSE_ONLY_VERBS, PREPOSITION_CUES
from foretold.attribution.quotes import QuoteSpan
from foretold.attribution.token_index import tokens_in, tokens_of

CUE_LEMMAS = ALL_VERBS | CLAUSE_ONLY_VERBS | PREPOSITION_CUES | AS_VERBS
SENTENCE_END = {".", "!", "?", ";"}
NEAR = 8  # tokens between a quotation and a cue that claims it
QUOTE_CHARS = set("\"'`\u201c\u201d\u201e\u00ab\u00bb")
# The tokens of double quotation marks, which open or close words said; unlike the apostrophe
# they never end a possessive ("Apple Corps'") or set off a word inside ("the 'two-step'").
DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


@dataclass(eq=False)
class Cue:
    """One attribution being assembled: its cue token, speaker head and content fragments."""

    token: Token
    text: str
    subject: Token | None
    fragments: list[tuple[int, int]] = field(default_factory=list)  # char offsets
    quoted: bool = False
    parent: Cue | None = None  # a continuation borrows the speaker of this cue
    # the fragments content_tokens last read and their tokens
    _read: tuple[tuple[tuple[int, int], ...], list[Token]] | None = field(
        default=None, init=False, repr=False
    )

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    def content_tokens(self) -> list[Token]:
        """The tokens of the content fragments, in order (a new list; read again only when
        the fragments have changed)."""
        key = tuple(self.fragments)
        if self._read is None or self._read[0] != key:
            doc = self.token.doc
            tokens: list[Token] = []
            for start, end in self.fragments:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    tokens.extend(tokens_in(span))
            self._read = (key, tokens)
        return list(self._read[1])


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def token_quotes(doc: Doc, quotes: tuple[QuoteSpan, ...]) -> list[int]:
    """The quotation index of each token, or -1 (one pass over both lists)."""
    out = [-1] * len(doc)
    q = 0
    for token in tokens_of(doc):
        while q < len(quotes) and quotes[q].end <= token.idx:
            q += 1
        if q < len(quotes) and quotes[q].start <= token.idx < quotes[q].end:
            out[token.i] = q
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def content_within(cue: Cue, phrase: Token) -> bool:
    """Whether a cue has content and all of it lies inside the subtree of ``phrase`` (the
    verb's object or clause)."""
    start = phrase.left_edge.idx
    end = phrase.right_edge.idx + len(phrase.right_edge.text)
    return bool(cue.fragments) and all(start <= a and b <= end for a, b in cue.fragments)


GROUP_PRONOUNS = frozenset({"him", "her", "them", "us", "many", "some", "others"})
