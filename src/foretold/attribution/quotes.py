"""Quote-mark spans: pairs of opening and closing marks, paragraph by paragraph.

Curly (“ ”), low (\u201e), guillemets (« »), straight ("), and typewriter pairs (`` '' and '' '')
are recognised. A straight mark opens or closes depending on its neighbours; a closing curly mark
that starts a paragraph is a typo for an opening one. Marks of another style opened inside a
quotation are a quotation nested in it ('"They call it “the plan.”"') and stay inside, and so
is a straight mark that can only open inside a straight quotation, when two closing marks
follow it ('"The "United States" holds none," he wrote.'). A quote
left open at the end of a paragraph runs to the end of that paragraph when the mark starts the
paragraph or a sentence, or the next paragraph opens with a quote mark (the convention for
multi-paragraph quotes); other unbalanced marks are dropped. Nothing here raises on odd text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")
_OPENERS = {"``", "\u201c", "\u201e", "\u201f", "\u00ab"}
_CLOSERS = {"\u201d", "\u00bb"}
_PARAGRAPH = re.compile(r"[^\n]+")
_OPEN_BEFORE = set(" \t([{\u2014\u2013-/")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Character span of one quotation, marks included; ``closed`` is False when it ran out."""

    start: int
    end: int
    closed: bool = True

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _direction(text: str, mark: str, start: int, end: int, para_start: int, para_end: int) -> str:
    before = text[start - 1] if start > para_start else " "
    after = text[end] if end < para_end else " "
    if mark in _OPENERS:  # an opening mark typed where a closing one belongs still closes
        closing = not before.isspace() and (after.isspace() or end >= para_end)
        return "either" if closing else "open"
    if mark in _CLOSERS:  # one typed at the start of a paragraph opens it ('” Q,” it read')
        return "open" if start == para_start and mark == "\u201d" else "close"
    if before in _OPEN_BEFORE and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]}\u2014-" or end >= para_end:
        return "close"
    return "either"


def _family(mark: str) -> str:
    """The style a mark belongs to: straight, curly, guillemet or typewriter."""
    if mark == '"':
        return "straight"
    if mark in {"``", "''"}:
        return "typewriter"
    return "guillemet" if mark in {"\u00ab", "\u00bb"} else "curly"


def _opens_sentence(text: str, start: int, para_start: int) -> bool:
    """The mark opens a sentence of its own ('..." said Ann. "More'), so a quotation left open
    there runs on to the end of its paragraph, whose last sentence it is."""
    before = text[para_start:start].rstrip()
    return before[-1:] in {".", "!", "?", ":"} and para_start + len(before) < start


def _nested_straight(mark: str, direction: str, rest: list[tuple[str, int, int, str]]) -> bool:
    """A straight mark that can only open, inside a quotation in straight marks, opens a
    quotation nested in it typed with the same marks, when the next two marks of the
    paragraph can close it and then the outer one: '"The "United States" holds none," he
    wrote.' (a lone mark left over closes the quotation as before)."""
    if mark != '"' or direction != "open" or len(rest) < 2:
        return False
    return all(m == '"' and d != "open" for m, _, _, d in rest[:2])


def find_quote_spans(text: str) -> tuple[QuoteSpan, ...]:
    """All quotations in ``text``, in order, never overlapping."""
    spans: list[QuoteSpan] = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for index, (para_start, para_end) in enumerate(paragraphs):
        open_at: int | None = None
        outer = inner = ""
        marks = [
            (
                m.group(),
                m.start(),
                m.end(),
                _direction(text, m.group(), *m.span(), para_start, para_end),
            )
            for m in _MARK.finditer(text, para_start, para_end)
        ]
        for at, (mark, start, end, direction) in enumerate(marks):
            if open_at is None:
                if direction != "close":
                    open_at, outer = start, _family(mark)
            elif inner:  # inside a quotation nested in marks of another style
                if _family(mark) == inner and direction != "open":
                    inner = ""
            elif _family(mark) != outer and direction == "open":
                inner = _family(mark)  # 'He said: "They call it “the plan” now."'
            elif _nested_straight(mark, direction, marks[at + 1 :]):
                inner = "straight"  # '"The "United States" holds none," he wrote.'
            elif direction == "open" and mark in _OPENERS:
                open_at = start
            else:
                spans.append(QuoteSpan(open_at, end))
                open_at = None
        if open_at is not None:
            next_opens = index + 1 < len(paragraphs) and bool(
                _MARK.match(text, paragraphs[index + 1][0])
            )
            if open_at == para_start or next_opens or _opens_sentence(text, open_at, para_start):
                spans.append(QuoteSpan(open_at, para_end, closed=False))
    return tuple(spans)
