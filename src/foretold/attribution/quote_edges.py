"""Quotation marks at the edges of a statement: a statement that opens a quotation inside it
and stops right before the quotation's closing mark, with at most the punctuation the mark
closes over, takes in that punctuation and the mark ('considered himself ["a moderate."]'
rather than '["a moderate]."'); one that starts right after a quotation's opening mark and
holds its closing mark takes in the opening mark ('gave a terse ["no."]').
"""

from __future__ import annotations

from foretold.attribution.quotes import QuoteSpan

# Punctuation a closing quotation mark may close over: 'called it "a sham."'.
_CLOSED_OVER = frozenset(".,!?;:\u2026")


def _only(text: str, allowed: frozenset[str]) -> bool:
    return all(ch in allowed for ch in text)


def closed_marks(text: str, start: int, end: int, quotes: tuple[QuoteSpan, ...]) -> tuple[int, int]:
    """The statement ``text[start:end]`` widened to the marks of a quotation it cuts at an
    edge: 'said [he was "ready]."' becomes 'said [he was "ready."]', 'a terse "[no."]'
    becomes 'a terse ["no."]'; a quotation that begins before the statement and ends after
    it is left alone ('"We [will] win"')."""
    for quote in quotes:
        if not quote.closed:
            continue
        if start <= quote.start < end < quote.end and _only(
            text[end : quote.end - 1], _CLOSED_OVER
        ):
            end = quote.end
        elif start == quote.start + 1 and start < quote.end <= end:
            start = quote.start
    return start, end
