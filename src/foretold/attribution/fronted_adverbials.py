"""An adverbial of the writer's set before a quotation whose cue comes after it.

In 'After the vote, "we will go on," the mayor said' or 'When she was cast, "I was
speechless," she told them' the writer sets the scene and the speaker's words are the
quotation alone; the parse hangs the opening phrase on the quoted clause, so the content ran
from it. When a statement whose cue follows it runs from words set off by a comma to a
quotation that closes it, and those words are only adverbials (a clause of time or cause, a
prepositional phrase, an adverb or a conjunction) with no subject or object of the quoted
clause among them, the statement is the quotation. A subject before the quotation stays: in
'The plan, "frankly, is a disaster," she said' the quotation finishes the writer's clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.quotes import QuoteSpan

# Relations of a phrase that tells when, why or how, not who or what.
_ADVERBIAL_DEPS = frozenset({"advcl", "prep", "advmod", "cc", "npadvmod", "punct"})


def fronted_adverbial_start(
    doc: Doc, text: str, verb: Token, start: int, end: int, quotes: tuple[QuoteSpan, ...]
) -> int:
    """The start of the quotation closing ``text[start:end]`` when the cue ``verb`` comes
    after it and the words before the quotation are adverbials set off by a comma ('[After
    the vote], "we will go on," she said'); ``start`` unchanged otherwise."""
    if verb.idx < end:
        return start
    quote = next((q for q in quotes if q.closed and q.end == end and start < q.start), None)
    if quote is None:
        return start
    before = text[start : quote.start].rstrip()
    if not before.endswith(",") or "\n" in text[start : quote.start]:
        return start
    span = doc.char_span(start, start + len(before) - 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return start
    inside = range(span.start, span.end)
    tops = [t for t in span if t.head.i not in inside or t.head == t]
    if not tops or any(t.dep_ not in _ADVERBIAL_DEPS for t in tops):
        return start
    return quote.start
