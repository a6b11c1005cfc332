"""Quotation marks at the edges of a statement: a statement that opens a quotation inside it
and stops right before the quotation's closing mark, with at most the punctuation the mark
closes over, takes in that punctuation and the mark ('considered himself ["a moderate."]'
rather than '["a moderate]."'); one that starts right after a quotation's opening mark and
holds its closing mark takes in the opening mark ('gave a terse ["no."]'). A typewriter
mark is two characters wide ("called it [''a sham.'']").
"""

from __future__ import annotations

from foretold.attribution.quotes import QuoteSpan

# Punctuation a closing quotation mark may close over: 'called it "a sham."'.
_CLOSED_OVER = frozenset(".,!?;:\u2026")
# Quotation marks typed as two characters.
_TYPEWRITER = frozenset({"``", "''"})


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
        closing = _mark_width(text[quote.end - 2 : quote.end])
        if start <= quote.start < end < quote.end and _only(
            text[end : quote.end - closing], _CLOSED_OVER
        ):
            end = quote.end
        elif (
            start == quote.start + _mark_width(text[quote.start : quote.start + 2])
            and start < quote.end <= end
        ):
            start = quote.start
    return start, end


def _mark_width(edge: str) -> int:
    """The length of the quotation mark at a quotation's edge: two for a typewriter pair
    ("''No,'' he said"), else one ('"No," he said')."""
    return 2 if edge in _TYPEWRITER else 1
