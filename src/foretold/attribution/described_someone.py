"""An indefinite pronoun that a phrase describes names an unnamed person, not someone named
before: "[someone familiar with the talks] said", "[somebody close to the mayor] said". The
phrase is who speaks; a bare "someone" stays a pronoun."""

from __future__ import annotations

from spacy.tokens import Token

# Indefinite pronouns for one unnamed person.
_SOMEONE = frozenset({"someone", "somebody"})


def described_someone(head: Token) -> bool:
    """An indefinite pronoun with an adjective phrase after it: "someone [familiar with the
    talks]" (but "someone said")."""
    if head.lower_ not in _SOMEONE:
        return False
    return any(c.dep_ == "amod" and c.i > head.i for c in head.children)
