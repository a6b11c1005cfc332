"""Sentence breaks the parser put after an abbreviation inside a sentence.

A period that closes an abbreviation can be taken for the end of a sentence ("Acme Kft. (the
Hungarian arm) bought the mill", "from 600 b.c.e. to 250 c.e."), which cuts a report off in
the middle. The break is false when the word before the period is an abbreviation (it holds
a period of its own, or has no vowel: "Kft", "Ltd") and what follows opens in lower case or
with an opening bracket, as no new sentence does after such a word. Content that reaches such
a break runs on to the end of the next sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_VOWELS = frozenset("aeiouyAEIOUY")


def _abbreviation(word: Token) -> bool:
    """Whether a word reads as an abbreviation: "b.c.e", "Kft", "Ltd"; not "Lee", "IBM"."""
    letters = word.text.replace(".", "")
    if not letters.isalpha():
        return False
    if "." in word.text:
        return True
    return not word.is_upper and not any(c in _VOWELS for c in letters)


def _false_break(doc: Doc, end: int) -> bool:
    """Whether the sentence ending at token index ``end`` (exclusive) ends on an abbreviation
    period that runs on into the next words (see the module docstring)."""
    if end < 2 or end >= len(doc) or doc[end - 1].text != ".":
        return False
    word = doc[end - 2]
    if word.whitespace_ or not _abbreviation(word):
        return False
    following = doc[end]
    return following.text == "(" or (following.is_alpha and following.is_lower)


def across_abbreviation_breaks(doc: Doc, start: int, end: int) -> int:
    """The end of a content range carried over false sentence breaks after an abbreviation
    ("revealed [a deal whereby Acme Kft]. (Acme) bought the mill": to "mill"); ``end``
    otherwise. Only a range that reaches the end of its sentence is carried."""
    if end <= start:
        return end
    while True:
        sentence_end = doc[end - 1].sent.end
        if end < sentence_end - 1 or (end == sentence_end - 1 and doc[end].text != "."):
            return end
        if not _false_break(doc, sentence_end):
            return end
        end = doc[sentence_end].sent.end
