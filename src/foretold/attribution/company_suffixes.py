"""The short and the long spelling of a company's closing word name one company.

A company's legal ending is written short or in full, and one article may use both ("Velo
Motor Co." and then "Velo Motor Company", "Nord Corp" and "Nord Corporation", "Acme Ltd" and
"Acme Limited"): the names differ only in that word and are one body.
"""

from __future__ import annotations

# The short spelling of each closing word of a company's name and its full spelling.
_SPELLINGS = {
    "co": "company",
    "corp": "corporation",
    "inc": "incorporated",
    "ltd": "limited",
}
_OTHER = {**_SPELLINGS, **{full: short for short, full in _SPELLINGS.items()}}


def other_suffix_spelling(name: str) -> str | None:
    """The name with its closing company word in its other spelling, or None: "Velo Motor
    Co." gives "Velo Motor Company" and "Velo Motor Company" gives "Velo Motor Co"; a name of
    one word ("Company") or with no such ending gives none.

    >>> other_suffix_spelling("Nord Corporation"), other_suffix_spelling("Nord Corp.")
    ('Nord Corp', 'Nord Corporation')
    >>> other_suffix_spelling("Nord Group") is None, other_suffix_spelling("Company") is None
    (True, True)
    """
    words = name.split()
    if len(words) < 2:
        return None
    last = words[-1]
    other = _OTHER.get(last.lower().rstrip("."))
    if other is None:
        return None
    return " ".join([*words[:-1], other.title() if last[:1].isupper() else other])
