""" "The city" standing for the one place an article has described as a city.

News names a place once with the noun of its kind ("in the US city of Harlow", "Harlow, a
small town in Essex") and then calls it by that noun alone ("The city said the water was
safe"). A reader takes that place only when the article has described no other place with
the same noun before: after "the city of Harlow" and "Brixley, a city in Kent", "the city"
could be either, and is left as written. A place named without the noun ("floods hit
Harlow") is not enough: the reader is told what kind of place it is only by the noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.ids import normalise_name

# Nouns of a kind of place that can speak through its officials, each with the nouns a
# description of the same place may use ("the island nation" for "a country").
_PLACE_KINDS: dict[str, frozenset[str]] = {
    "city": frozenset({"city"}),
    "town": frozenset({"town"}),
    "village": frozenset({"village"}),
    "municipality": frozenset({"municipality"}),
    "country": frozenset({"country", "nation"}),
    "nation": frozenset({"country", "nation"}),
}
PLACE_NOUNS = frozenset(_PLACE_KINDS)


def _proper_name(token: Token) -> Span | None:
    """The proper noun phrase a token ends ("White Plains" for "Plains"), or None when the
    token is no proper noun."""
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].is_title:
        start -= 1
    return token.doc[start : token.i + 1]


def described_places(doc: Doc) -> list[tuple[int, str, str]]:
    """Where each place described with a place noun is named (a character offset), the
    noun and the place's name: the name in an "of" phrase right after the noun ("the US
    city of Harlow": city, Harlow) or the name a description by the noun is set beside
    ("Harlow, a small town in Essex": town, Harlow)."""
    found: list[tuple[int, str, str]] = []
    for token in doc:
        if token.lower_ not in PLACE_NOUNS or token.tag_ != "NN":
            continue
        name: Span | None = None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "of" and after.head.i == token.i:
            objects = [child for child in after.children if child.dep_ == "pobj"]
            name = _proper_name(objects[0]) if objects else None
        elif token.dep_ == "appos" and token.head.i < token.i:
            name = _proper_name(token.head)
        if name is not None:
            found.append((name.start_char, token.lower_, name.text))
    return found


def place_epithet(mention: Span) -> str | None:
    """The place noun of a speaker mention that is "the" and a place noun, with only
    lower-case words between ("The city said", "the island nation said": "city", "nation");
    None for "a city", "the city of Harlow" or "the Kent town"."""
    head = mention[-1]
    if len(mention) < 2 or mention[0].lower_ != "the" or head.tag_ != "NN":
        return None
    if head.lower_ not in PLACE_NOUNS or not all(t.is_lower for t in mention[1:]):
        return None
    if any(t.pos_ not in {"ADJ", "NOUN"} for t in mention[1:]):
        return None
    return head.lower_


def only_place(described: list[tuple[int, str, str]], noun: str, before: int) -> str | None:
    """The name of the one place described with a noun of the kind ``noun`` names before a
    character offset (`described_places`), or None when none was or several were."""
    kinds = _PLACE_KINDS[noun]
    names = {
        normalise_name(name): name
        for start, said, name in described
        if start < before and said in kinds
    }
    return next(iter(names.values())) if len(names) == 1 else None
