"""Where a thing lies, not a lie told: "lie" with a preposition of place or "ahead" says
where something is ("the towns lie in a dead zone", "the problem lies with the budget",
"hard times lie ahead"), while "she lied about the loan" and "he lied to the court" accuse
someone of untruth. The place sense reports nothing, so it claims no quotation after it."""

from __future__ import annotations

from spacy.tokens import Token

_PLACE_WORDS = frozenset(
    {"in", "on", "at", "within", "between", "beyond", "behind", "near", "along", "across"}
    | {"inside", "outside", "under", "below", "above", "among", "with", "ahead", "there"}
)


def lies_in_place(verb: Token) -> bool:
    """A "lie" (not "lied") with a word of place right after it or hung on it: "[lie] in a
    dead zone", "[lies] ahead" (not "lied about it", "lie to voters")."""
    if verb.lemma_.lower() != "lie" or verb.lower_.startswith("lied"):
        return False
    return any(
        c.dep_ in {"prep", "advmod"} and c.lower_ in _PLACE_WORDS and c.i > verb.i
        for c in verb.children
    )
