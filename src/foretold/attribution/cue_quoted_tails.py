"""A quoted phrase the parse hung on the cue, closing the sentence right after the content:
'Lee wanted to show the plan to the council "very soon".' or 'Lee responded, calling for a
review "in the public interest".' The speaker's own words finish the reported clause, but
the parser made them an adverbial of the cue, so the content stopped before the mark. The
statement runs on over the quotation when it opens right after the content, starts with a
small letter (a phrase, not a sentence of its own), every word of it leads up to the cue, and
nothing but words hung on the quotation and punctuation follows it in the sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.quotes import QuoteSpan


def cue_quoted_tail(
    doc: Doc, text: str, cue: Token, start: int, end: int, quotes: tuple[QuoteSpan, ...]
) -> int:
    """The end of the statement ``text[start:end]`` run on over a closing quoted phrase hung
    on ``cue``; ``end`` unchanged otherwise."""
    if cue.idx >= start:
        return end
    quote = next((q for q in quotes if q.closed and q.start >= end), None)
    if quote is None or text[end : quote.start].strip(" "):
        return end
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not _phrase(span) or not _hung_on(span, cue):
        return end
    if not _closes_sentence(span):
        return end
    return quote.end


def _phrase(span: Span) -> bool:
    """Whether the quotation opens with a small letter after its mark."""
    word = next((t for t in span if not t.is_punct), None)
    return word is not None and word.text[:1].islower()


def _hung_on(span: Span, cue: Token) -> bool:
    """Whether every word of the quotation whose head lies outside it hangs on the cue."""
    inside = range(span.start, span.end)
    outer = [t for t in span if not t.is_punct and t.head.i not in inside]
    return bool(outer) and all(t.head == cue for t in outer)


def _closes_sentence(span: Span) -> bool:
    """Whether only punctuation and words hung on the quotation follow it in its sentence."""
    inside = range(span.start, span.end)
    sentence = span[-1].sent
    for word in span.doc[span.end : sentence.end]:
        if word.is_punct or word.is_space:
            continue
        if not any(a.i in inside for a in word.ancestors):
            return False
    return True
