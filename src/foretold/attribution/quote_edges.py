"""Quotation marks at the edges of a statement: a statement that opens a quotation inside it
and stops right before the quotation's closing mark, with at most the punctuation the mark
closes over, takes in that punctuation and the mark ('considered himself ["a moderate."]'
rather than '["a moderate]."'); one that starts right after a quotation's opening mark and
holds its closing mark takes in the opening mark ('gave a terse ["no."]'). A typewriter
mark is two characters wide ("called it [''a sham.'']"). A statement stops at the closing
mark of a quotation that ends a sentence inside it, when an unquoted sentence opens after it
(the parse ran two sentences into one): 'said "it will help[.]" [Lee is a chemist]' ends
at the quotation. Single marks close the same way: a statement that opens a quotation in
single marks and stops right before its closing mark takes in the mark ("described it as
['one of the wonders of the world.']"); a mark between two letters is an apostrophe ("I'll").
"""

from __future__ import annotations

import re

from foretold.attribution.quotes import QuoteSpan

# Punctuation a closing quotation mark may close over: 'called it "a sham."'.
_CLOSED_OVER = frozenset(".,!?;:\u2026")
# A sentence's closing punctuation, perhaps in an editor's brackets ("help[.]"), right before a
# closing quotation mark.
_SENTENCE_CLOSE = re.compile(r"[.!?]\]?$")
# An unquoted sentence opening after a closing quotation mark: a capitalised word.
_NEXT_SENTENCE = re.compile(r"\s+[A-Z][a-z]")
# Quotation marks typed as two characters.
_TYPEWRITER = frozenset({"``", "''"})
# Single quotation marks, straight or curly, that open and close a quotation.
_SINGLE_OPENERS = frozenset("'\u2018")
_SINGLE_CLOSERS = frozenset("'\u2019")
# Either of them: the only characters a walk over a statement for its single marks stops at.
_SINGLE_MARK = re.compile("['\u2018\u2019]")
# A single closing mark right after a statement, perhaps over punctuation, before no letter.
_SINGLE_CLOSE = re.compile("[.,!?;:\u2026]?['\u2019](?![^\\W_])")


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


def before_next_sentence(text: str, start: int, end: int, quotes: tuple[QuoteSpan, ...]) -> int:
    """The end of the statement ``text[start:end]`` cut at the closing mark of a quotation
    inside it that ends a sentence, when an unquoted capitalised word follows the mark: 'told
    them "it will help[.]" Lee is a chemist' ends after "help[.]""; 'said "it will help." "It
    is cheap," she added' and 'called it "odd. Very odd"' are left alone."""
    for quote in quotes:
        if not quote.closed or not start < quote.end < end or quote.start < start:
            continue
        closing = _mark_width(text[quote.end - 2 : quote.end])
        if not _SENTENCE_CLOSE.search(text[quote.start : quote.end - closing]):
            continue
        after = _NEXT_SENTENCE.match(text, quote.end)
        if after is not None and not any(q.start < after.end() <= q.end for q in quotes):
            return quote.end
    return end


def closed_single_mark(text: str, start: int, end: int) -> int:
    """The end of the statement ``text[start:end]`` widened to the closing single mark of a
    quotation it opens and stops right before, with at most the punctuation the mark closes
    over: "as ['a sham].'" ends "as ['a sham.']"; a statement with no open single quotation
    ("[Lee's plan]'") is left alone."""
    opened = False
    for mark in _SINGLE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in _SINGLE_OPENERS and not before.isalnum() and after.isalnum():
            opened = True
        elif ch in _SINGLE_CLOSERS and opened and not before.isspace() and not after.isalnum():
            opened = False
    if not opened:
        return end
    match = _SINGLE_CLOSE.match(text, end)
    return end if match is None else match.end()
