"""Phrases of the manner of a saying that the parser makes carry the cue's preposition: in
"she spoke at length about the budget" the "about" phrase hangs on "length", though what she
spoke about is still [the budget]; so too "wrote in detail on [the plan]"."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a manner phrase after "at" or "in": "at length", "in detail", "in depth".
_MANNER_NOUNS = frozenset({"length", "detail", "depth"})


def manner_prepositions(verb: Token) -> list[Token]:
    """The prepositions hung on a manner phrase of the verb: "about" in "spoke at length
    about [the budget]"."""
    found: list[Token] = []
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "in"}:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lower_ in _MANNER_NOUNS:
            found.extend(c for c in noun.rights if c.dep_ == "prep")
    return found
