"""Names of ships that the tagger reads as people's.

A ship often bears a person's name, and the prefix written before it says it is the ship:
"the rescue ship MV Ann Lee", "the submarine U.S.S. Velo". A name of which every use follows
such a prefix, inside the tagged name or just before it with any title between ("MV Professor
Ann Lee"), names a ship and no one; a person the ship is named after stays wherever the text
writes the name without the prefix ("renamed their ship after Ann Lee, a child who ...").
The last word of such a name, used alone, names the ship too ("the Velo was short on
torpedoes") unless a person is named with it.
"""

from __future__ import annotations

from spacy.tokens import Span

from foretold.attribution.mistagged_names import uses_by_text
from foretold.attribution.role_phrases import title_before

# Prefixes written before a ship's name: merchant, research and naval vessels.
_SHIP_PREFIXES = frozenset(
    {"MV", "M/V", "RV", "R/V", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "USS", "U.S.S."}
)


def ship_names(people: list[Span]) -> set[str]:
    """The names among the tagger's people that name ships (see the module docstring), with
    the last word of each when it is used alone and no longer name but the ship's has it."""
    uses = uses_by_text(people)
    ships = {text for text, spans in uses.items() if all(_after_prefix(s) for s in spans)}
    if not ships:
        return ships
    people_words = {t.text for ent in people if ent.text not in ships and len(ent) > 1 for t in ent}
    lasts = {text.split()[-1] for text in ships}
    return ships | {text for text in uses if text in lasts and text not in people_words}


def _after_prefix(ent: Span) -> bool:
    """Whether a ship's prefix opens the name or the title before it ("U.S.S. Velo", "MV
    Professor Ann Lee")."""
    if ent[0].text in _SHIP_PREFIXES:
        return True
    first, title = title_before(ent.doc, ent.start)
    return bool(title) and ent.doc[first].text in _SHIP_PREFIXES
