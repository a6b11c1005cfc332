"""Bodies an article writes with the noun of their kind.

Some nouns name a kind of body that a reader ties to a name only when the article has said
that body is one: "the party" stands for "Green Future" only after "the Green Future
party". A name the tagger marks as an organisation, written with such a noun in lower case
right after it ("the Velo party") or ending with that noun ("the Velo Party"), is of that
kind; any other body in view is not, however near ("Reed ran for the Velo party. The Harbor Gazette
interviewed her. The party said ...": Velo party, never the Harbor Gazette).
"""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.tagged_entities import tagged_entities
from foretold.ids import normalise_name

# Nouns of a kind of body that a description stands for only when the article has written a
# body with it ("the party", "the chain").
KIND_NOUNS = frozenset({"party"})


def kinds_written(doc: Doc) -> dict[str, frozenset[str]]:
    """The kind nouns each organisation name (normalised, without an opening "the") is
    written with: "the Velo party said" gives {"velo": {"party"}} whether the tagger takes
    "party" into the name or not; "the Velo Party" gives {"velo party": {"party"}}."""
    found: dict[str, set[str]] = {}
    for ent in tagged_entities(doc):
        if ent.label_ != "ORG":
            continue
        words = [t for t in ent if t.lower_ != "the"]
        if not words:
            continue
        key = normalise_name(" ".join(t.text for t in words))
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.is_lower and after.lower_ in KIND_NOUNS:
            found.setdefault(key, set()).add(after.lower_)
        last = words[-1]
        if last.lower_ in KIND_NOUNS:
            found.setdefault(key, set()).add(last.lower_)
        if last.is_lower and last.lower_ in KIND_NOUNS and len(words) > 1:
            bare = normalise_name(" ".join(t.text for t in words[:-1]))  # "Velo party" tagged
            found.setdefault(bare, set()).add(last.lower_)
    return {key: frozenset(nouns) for key, nouns in found.items()}


def of_kind(name: str, noun: str, written: dict[str, frozenset[str]]) -> bool:
    """Whether a body named ``name`` is of the kind ``noun`` names: its name ends with the
    noun ("Velo Party") or the article writes it with the noun (`kinds_written`)."""
    words = name.split()
    if words and words[-1].lower() == noun:
        return True
    return noun in written.get(normalise_name(name), frozenset())
