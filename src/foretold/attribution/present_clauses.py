"""A present-tense adverbial clause cannot time a past saying: when the parse hangs one on a
past-tense cue right after a present-tense complement, it goes on with what was said ("the
study reported [bacteria release gases when they live in thin air]"), whereas a past one may
tell when the saying was done ("she said it is safe when she visited")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.tensed_verbs import PRESENT_TAGS


def present_clause_end(verb: Token, clause: Token, end: int) -> int:
    """The end (exclusive) of the complement ``clause`` of a past-tense cue ``verb``, taking in
    a present-tense adverbial clause the parse hung on the cue right after it, with no comma
    between: "reported [it fails when it rains]"; ``end`` otherwise."""
    if verb.tag_ != "VBD" or clause.tag_ not in PRESENT_TAGS or clause.i < verb.i:
        return end
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and child.left_edge.i == end
            and child.tag_ in PRESENT_TAGS
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
        ):
            return child.right_edge.i + 1
    return end
