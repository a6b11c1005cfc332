"""Paragraphs of an article's text: a span that makes up a paragraph of its own."""

from __future__ import annotations


def fills_paragraph(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a paragraph of its own after another: only space stands between
    it and the line breaks around it, or the end of the text ('Lee spoke.\n\n"We won."')."""
    opens = text.rfind("\n", 0, start)
    closes = text.find("\n", end)
    closes = len(text) if closes < 0 else closes
    return opens >= 0 and not text[opens:start].strip() and not text[end:closes].strip()
