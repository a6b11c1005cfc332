"""Deterministic ids: the same input always gives the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(text: str) -> str:
    """A text without accents ("fiancée": fiancee)."""
    if text.isascii():
        return text  # nothing to strip, and most names have nothing
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def folded(word: str) -> str:
    """A word in lower case without accents, the form names are compared in ("Ruíz": ruiz)."""
    return strip_accents(word).lower()


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name ("Mr. Putin" keeps its title)."""
    return _NON_WORD.sub(" ", strip_accents(name).casefold()).strip()


# Prepositions that open what follows a name's head: "Bank [of] America", "officials [in]
# Omsk", "an official [from] TfL", "Centers [for] Disease Control".
_AFTER_HEAD = frozenset({"of", "in", "from", "at", "with", "for"})


def is_proper_name(name: str) -> bool:
    """A name rather than a description: its head, the last word before any "of" or other
    preposition that follows the head, holds a capital ("Ann Lee", "Bank of America", "WHO",
    "eBay", "Centers for Disease Control"), where a description's head is a common noun ("the
    mayor", "Iraqi government", "government of Burundi", "Many analysts", "officials in
    Omsk", "official from TfL").

    >>> is_proper_name("Bank of America"), is_proper_name("government of Burundi")
    (True, False)
    >>> is_proper_name("official from TfL"), is_proper_name("Centers for Disease Control")
    (False, True)
    """
    words = name.split()
    cut = next((i for i, word in enumerate(words) if i > 0 and word in _AFTER_HEAD), len(words))
    words = words[:cut]
    return bool(words) and any(c.isupper() for c in words[-1])


def person_id(name: str) -> str:
    """A readable, stable id for a canonical name: "Vladimir Putin" -> "vladimir-putin"."""
    slug = normalise_name(name).replace(" ", "-")
    return slug[:80] or record_id(name)


def record_id(*parts: object) -> str:
    """A short hash of the parts, for statements, forecasts and questions."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]
