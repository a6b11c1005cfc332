"""The to-infinitive right after the one a promise-like verb asks, which the parser hung on a
verb above the cue: in "Days after the storm hit, a paper called on the mayor to act" the
parser made "to act" a purpose of "hit", yet it is what the paper called on the mayor to do,
so the cue's content is [the mayor to act]; so too a headline's "Group Runs Ads Urging Voters
To Act"."""

from __future__ import annotations

from spacy.tokens import Token

# Relations of the one a verb asks, right before the infinitive: "urged [voters] to act".
_ASKED_DEPS = frozenset({"dobj", "dative"})
# Prepositions of the verb whose object is the one asked: "called on [the mayor] to act".
_ASKED_PREPOSITIONS = frozenset({"on", "upon"})


def lifted_infinitive(verb: Token) -> list[Token]:
    """The to-infinitive that opens right after the one the verb asks and that the parser hung
    on a verb above it ("called on [the mayor to act]"); empty when the verb has an
    infinitive or clause of its own, or none opens there."""
    if any(c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i for c in verb.children):
        return []
    doc = verb.doc
    for asked in _asked(verb):
        to = asked.right_edge.i + 1
        if to >= len(doc) or doc[to].lower_ != "to" or doc[to].dep_ != "aux":
            continue
        infinitive = doc[to].head
        if (
            infinitive.dep_ in {"advcl", "xcomp"}
            and infinitive.left_edge.i == to
            and infinitive.head.is_ancestor(verb)
        ):
            return [infinitive]
    return []


def _asked(verb: Token) -> list[Token]:
    """The objects after the verb, and the objects of its "on": who is asked."""
    asked = [c for c in verb.rights if c.dep_ in _ASKED_DEPS]
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ in _ASKED_PREPOSITIONS:
            asked.extend(c for c in prep.children if c.dep_ == "pobj")
    return asked
