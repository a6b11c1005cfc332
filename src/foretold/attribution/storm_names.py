"""A named storm is no one: the tagger may read "Typhoon Lan" or "Hurricane Ida" as a person
("Typhoon Lan continued westward", "damage Hurricane Ida left"), but a name opened by the word
for a kind of storm names the weather, which makes no record in the people table."""

from __future__ import annotations

# Words for a kind of storm that open its name ("Tropical Storm Ana", "Super Typhoon Lan").
_STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "depression"})
_STORM_QUALIFIERS = frozenset({"tropical", "super", "severe", "extratropical", "post-tropical"})


def names_storm(name: str) -> bool:
    """Whether a name opens with a capitalised storm word, after any qualifiers of it, and goes
    on to the storm's own name.

    >>> names_storm("Typhoon Lan"), names_storm("Tropical Storm Ana"), names_storm("Ann Storm")
    (True, True, False)
    >>> names_storm("Hurricane"), names_storm("the hurricane centre")
    (False, False)
    """
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _STORM_QUALIFIERS and words[k][:1].isupper():
        k += 1
    return k < len(words) - 1 and words[k][:1].isupper() and words[k].lower() in _STORM_WORDS
