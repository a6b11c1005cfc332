"""The object of a cue's "for" with a to-infinitive right after it: the noun and the
infinitive are one clause, the noun its subject ("fought for [the day to be a holiday]",
"lobbied for [the river to be cleaned]"). The infinitive says what the noun is to do or
become, so what was fought for is the whole clause, not the noun alone, also where the parser
hung the infinitive on a verb above the cue ("spent years fighting for [the day] to be a
holiday"). A "for" of time is no subject: "argued for hours to persuade them".
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end, time_phrase

# Relations of a clause the parser hung on a verb.
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})


def for_infinitive_end(verb: Token, prep: Token, end: int) -> int:
    """The end (exclusive) of the object of the cue's "for" that takes in the to-infinitive
    right after it, which the parser hung on the cue or on a verb above it: "spent years
    fighting for [the day to be a holiday]"; ``end`` when none follows."""
    if prep.lower_ != "for" or end >= len(verb.doc) or time_phrase(prep):
        return end
    hosts = {verb.i, *(a.i for a in verb.ancestors)}
    for token in verb.doc[end].ancestors:
        if token.left_edge.i != end:
            break
        if token.dep_ in _CLAUSE_DEPS and token.head.i in hosts and _infinitive(token):
            return clause_end(token) + 1
    return end


def _infinitive(token: Token) -> bool:
    """A verb with a "to" of its own: "[to] be", "[to] stay"."""
    return token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )
