"""The words that stand for the thing a cue names or describes inside a relative clause: the
relative pronoun ("a mayor [whom] critics describe [as aloof]"), or, for "that", the noun
with it ("[a clip that] the judge called [distasteful]"). The speaker and the cue between
them and the name or description are not what was said."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range


def relative_opening(pronoun: Token) -> Range:
    """The range that opens a content at a relative pronoun: the pronoun ("[whom]"), or the
    noun phrase the clause describes with a "that" after it ("[a clip that]")."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    if pronoun.lower_ != "that" or clause is None:
        return pronoun.i, pronoun.i + 1
    noun = clause.head
    if noun.i > pronoun.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return pronoun.i, pronoun.i + 1
    return noun.left_edge.i, pronoun.i + 1
