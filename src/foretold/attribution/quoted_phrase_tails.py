"""A quoted phrase inside a clause that goes on after it: a statement that ends at the closing
mark of a quotation set inside it, when the words right after the mark (no comma or period
between, none closed over by the mark) are bound to a word of the quotation (the object of
a quoted verb or preposition, a relative clause or an "of" phrase on a quoted noun), runs on
to the end of those words. The speaker's quoted phrase is one part of the reported clause
and the writer's words finish it ('was directing the panels to ["go on with their work" of
reform]'), so the statement is the whole clause and mixed, not the quotation alone and
direct. Words that may hang on the clause around are left out: the cue after the quotation
('"We stand ready" tweeted Lee'), a conjunct ('"..." and left'), an agent or another
preposition ('called it "fury" from the chiefs', which the parse may hang on the quotation)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.quotes import QuoteSpan

# Punctuation the closing mark may close over: a quotation ending in it ends its own clause.
_CLOSED_OVER = frozenset(".,!?;:\u2026\u2014-")
# Dependents bound to the word they hang on.
_BOUND = frozenset({"dobj", "pobj", "relcl"})


def quoted_phrase_tail(
    doc: Doc, text: str, start: int, end: int, quotes: tuple[QuoteSpan, ...]
) -> int:
    """The end of the statement ``text[start:end]`` run on past the closing mark of a quotation
    it ends with, to the last word after the mark that hangs on a word inside the quotation;
    ``end`` unchanged otherwise."""
    quote = next((q for q in quotes if q.closed and q.end == end and start <= q.start), None)
    if quote is None:
        return end
    inner = text[quote.start : quote.end].rstrip("\"'\u201d\u2019 ")
    if not inner or inner[-1] in _CLOSED_OVER or not text[end : end + 2].startswith(" "):
        return end
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return end
    inside = range(span.start, span.end)
    word = doc[span.end]
    if not _hung(word, inside):
        return end
    right = word.right_edge
    while right.i + 1 < len(doc) and _hung(doc[right.i + 1], inside):
        right = doc[right.i + 1].right_edge  # another word hung on the quotation
    while right.i > word.i and right.is_punct:
        right = doc[right.i - 1]
    if right.sent != word.sent or any(end <= q.start < right.idx for q in quotes):
        return end
    return right.idx + len(right.text)


def _hung(word: Token, inside: range) -> bool:
    """A word whose head is a word of the quotation and that only a word can take: the object
    of a quoted verb or preposition, a relative clause or an "of" phrase on a quoted noun; a
    conjunct, an agent or another preposition may as well belong to the clause around."""
    if word.head.i not in inside:
        return False
    return word.dep_ in _BOUND or (word.dep_ == "prep" and word.lower_ == "of")
