"""Names in another script: an English article's names are written in the Latin alphabet, so
a run of words the tagger read as a name with a letter of another alphabet (Devanagari,
Cyrillic, Arabic, ...) is text quoted in another language, read as a name at random ("मैं
भी school भर रहा था" of an interview answered in Hindi), and names no one; nor does an
English word amid such text, with words of that script on both sides ("जब Lockdown हुआ").
Latin letters with accents stay ("Tomáš Dvořák", "Łódź").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from spacy.tokens import Span


def foreign_text(span: Span) -> bool:
    """Whether a span the tagger or the parse read as a name is text in another script, or
    stands amid such text (see the module docstring)."""
    if in_foreign_script(span.text):
        return True
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    return in_foreign_script(doc[span.start - 1].text) and in_foreign_script(doc[span.end].text)


def in_foreign_script(text: str) -> bool:
    """Whether ``text`` has a letter outside the Latin alphabet ("Тюмень", "पाँच kg चावल"; not
    "Dvořák" or "Zoë").

    >>> in_foreign_script("जीव हत्या"), in_foreign_script("Tomáš Dvořák")
    (True, False)
    """
    return any(c.isalpha() and not _latin(c) for c in text)


@lru_cache(maxsize=2048)
def _latin(letter: str) -> bool:
    """A letter of the Latin alphabet, with or without marks ("a", "ø", "Ł", "ß")."""
    return ord(letter) < 0x250 or unicodedata.name(letter, "").startswith("LATIN")
