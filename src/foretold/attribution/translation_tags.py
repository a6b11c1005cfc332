"""Translation tags inside an interview answer: a page that prints an answer in English and
then in the language it was given in marks the original with a language tag ("((es))Spanish
language: hola") that runs to the end of its paragraph; the answer's English words are the
stretches outside the tagged originals (a tag opening a paragraph, with no English before it,
leaves that paragraph whole)."""

from __future__ import annotations

import re

_TAG = re.compile(r"\(\([a-z]{2,3}(?:-[A-Za-z]{2,8})?\)\)[^\n:()]{0,40}\blanguage:", re.IGNORECASE)


def tagged_originals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The originals of ``text[start:end]``: from each language tag after English words of
    its paragraph to the paragraph's end ("((es))Spanish language: Empezamos." of "We began.
    ((es))Spanish language: Empezamos.")."""
    found: list[tuple[int, int]] = []
    for match in _TAG.finditer(text, start, end):
        if found and match.start() < found[-1][1]:
            continue
        line_start = max(text.rfind("\n", start, match.start()) + 1, start)
        if not text[line_start : match.start()].strip():
            continue
        line_end = text.find("\n", match.end(), end)
        found.append((match.start(), end if line_end < 0 else line_end))
    return found


def english_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The English stretches of ``text[start:end]`` around its originals, each with the spaces
    at its ends trimmed: "We began. ((es))Spanish language: Empezamos.\\nThen we grew." has
    "We began." and "Then we grew."; the whole when it has no tag."""
    parts: list[tuple[int, int]] = []
    at = start
    for original_start, original_end in tagged_originals(text, start, end):
        parts.append((at, original_start))
        at = original_end
    parts.append((at, end))
    return [trimmed for part in parts if (trimmed := _trimmed(text, *part)) is not None]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without the spaces at its ends, or None when nothing is left."""
    words = text[start:end]
    if not words.strip():
        return None
    return start + len(words) - len(words.lstrip()), end - len(words) + len(words.rstrip())
