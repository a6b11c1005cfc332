"""A participle or adverbial clause after a whole quotation: a report whose words open with a
quotation that closes before they end, followed only by a comma and a participle clause or a
clause opened by a subordinator, keeps the quotation alone; the clause is the writer telling
what the speaker did in saying it ('wrote of her, "I knew then she was special," [recalling
their first practice]') or when ('said, "We will stay", [while visiting the site]'), not the
speaker's words. A tail with a quotation of its own stays ('said "No," calling it "a sham"')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.quotes import QuoteSpan

# Marks that may stand between the closing quotation mark and the participle.
_BETWEEN = ",;\u2014- "


def quote_tail_cut(
    doc: Doc, text: str, start: int, end: int, quotes: tuple[QuoteSpan, ...]
) -> tuple[int, int]:
    """``(start, end)`` of ``text``, the document's text, ending at the closing mark of the
    quotation it opens with when only a comma and a participle clause or a subordinate clause
    follow that mark; unchanged otherwise."""
    quote = next((q for q in quotes if q.closed and q.start <= start < q.start + 2), None)
    if quote is None or not start < quote.end < end:
        return start, end
    if any(q.start >= quote.end and q.start < end for q in quotes):
        return start, end
    gap = len(text[quote.end : end]) - len(text[quote.end : end].lstrip(_BETWEEN))
    closing = text[quote.end - 3 : quote.end + gap]  # the comma before or after the mark
    if gap == 0 or "," not in closing:
        return start, end
    tail = doc.char_span(quote.end + gap, end, alignment_mode="expand")
    if tail is None or len(tail) == 0:
        return start, end
    first = tail[0]
    participle = first.tag_ == "VBG" and first.dep_ in {"advcl", "xcomp", "conj"}
    if not (participle or _subordinator(first)):
        return start, end
    return start, quote.end


def _subordinator(word: Token) -> bool:
    """A word that opens an adverbial clause after it: "[while] visiting the site", "[as]
    she left the court"."""
    clause = word.head
    return word.dep_ == "mark" and clause.dep_ == "advcl" and clause.i > word.i
