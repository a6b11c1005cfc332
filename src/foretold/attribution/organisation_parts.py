"""Whether two forms of an organisation's name name one body or two.

A longer name that opens with a shorter one ("Velo" and "Velo Motors Inc.") names the same
body, unless what it adds names a part of it: a place ("Velo Canada", the arm in a country),
what the body owns ("Velo's Orbit app"), or, when the article met the short name first, any
word that is not the kind or legal form of the body ("Velo Music", "Velo Polska" after
"Velo"): a news story names a body in full before it shortens it, so a longer name met later
is another body. Two names of one kind of body ("Ruritanian Chess Federation", "Veldan Chess
Federation") name two bodies when the places that open them differ.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from foretold.attribution.entities import country_key

# Words that close a company's name with its legal form ("Velo Motors Inc.").
LEGAL_FORM_WORDS = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc"}
)
# Words that close a name with the kind or legal form of the body it names.
SAME_BODY_WORDS = LEGAL_FORM_WORDS | frozenset(
    {
        "group", "holding", "holdings", "party", "news", "motor", "motors", "airlines",
        "airways", "air", "management",
    }
)  # fmt: skip
_POSSESSIVE_ENDS = ("'s", "\u2019s")


def names_part(short: str, full: str, places: Collection[str], *, later: bool) -> bool:
    """Whether ``full``, which opens with the words of ``short``, names a part of that body
    rather than the body itself (``places``: the words the article tags as places;
    ``later``: the article met ``short`` first).

    >>> names_part("Velo", "Velo Canada", {"Canada"}, later=False)
    True
    >>> names_part("Velo", "Velo Music", set(), later=True)
    True
    >>> names_part("Velo", "Velo Motors Inc.", set(), later=True)
    False
    >>> names_part("Velo", "Velo Grumbach", set(), later=False)
    False
    """
    added = full.split()[len(short.split()) :]
    for word in added:
        if word.endswith(_POSSESSIVE_ENDS) or _place(word, places):
            return True
    return later and not all(w.lower().rstrip(".,") in SAME_BODY_WORDS for w in added)


def opening_places(name: str, places: Collection[str]) -> frozenset[str]:
    """The country keys of the place words that open a name ("the U.S. Senate": {"us"};
    "Senate": none)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    keys: set[str] = set()
    for word in words[:-1]:
        if not _place(word, places):
            break
        keys.add(country_key(word) or word.lower())
    return frozenset(keys)


def other_places(name: str, names: Iterable[str], places: Collection[str]) -> bool:
    """Whether a name opens with places that none of the places opening another form of a
    body share ("Veldan Chess Federation" against "the Ruritanian Chess Federation"); a form
    without a place fits any ("Chess Federation").

    >>> other_places("Veldan Senate", ["Senate", "Ruritanian Senate"], {"Veldan", "Ruritanian"})
    True
    >>> other_places("Veldan Senate", ["Senate"], {"Veldan"})
    False
    """
    own = opening_places(name, places)
    if not own:
        return False
    return any((theirs := opening_places(n, places)) and not own & theirs for n in names)


def foreign_name(full: str, context: Mapping[str, int], places: Collection[str]) -> bool:
    """Whether a full name opens with places the article names less often than another
    (``context``: how often it names each place, by country key): "the U.S. Senate" for
    "the Senate" of an article about Ruritania; not when the article names no place.

    >>> foreign_name("U.S. Senate", {"ruri": 3, "us": 1}, {"U.S."})
    True
    >>> foreign_name("U.S. Senate", {"ruri": 1, "us": 1}, {"U.S."})
    False
    """
    own = opening_places(full, places)
    if not own or not context:
        return False
    return max(context.values()) > max((context.get(k, 0) for k in own), default=0)


def _place(word: str, places: Collection[str]) -> bool:
    return word in places or country_key(word) in {"us", "uk"}
