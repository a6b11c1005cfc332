"""A stance that "seem" or "appear" hedges: in "Voters appeared pleased with the deal" or "The
mayor did not seem to be worried about the deficit" the adjective names a stance its holder,
the subject, takes towards the thing its preposition names, just as in "Voters were pleased
with [the deal]"; the raising verb only tells that the writer judges the stance from outside.
The statement is the stance's: the subject holds it and the preposition's object is its
content. Without such an object ("The mayor seemed irritated") or with a clause or an
infinitive after the adjective ("She appears ready to use tariffs") the impression stays the
raising verb's, clause and all."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import CUE_ADJECTIVE_PREPS, CUE_ADJECTIVES
from foretold.attribution.noun_cues import held_stance
from foretold.attribution.speakers import subject_of

# How the parse hangs the predicate on the raising verb: "seemed [worried]", "appeared
# [pleased]" (a participle read as a predicate of the object), "seemed [to be] worried".
_PREDICATE_DEPS = frozenset({"acomp", "oprd", "xcomp"})


def seeming_cue(doc: Doc, verb: Token) -> Cue | None:
    """The stance a raising verb hedges, held by the verb's subject, with the object of the
    adjective's preposition for content; None when there is none or no one holds it."""
    adjective = seeming_stance(verb)
    if adjective is None:
        return None
    return held_stance(doc, adjective, subject_of(verb))


def seeming_stance(verb: Token) -> Token | None:
    """The stance adjective with a prepositional object that closes the predicate of a raising
    verb ("appeared [pleased] with X", "seemed to be [worried] about X"), or None."""
    for child in verb.rights:
        if child.dep_ not in _PREDICATE_DEPS:
            continue
        adjective = child
        if child.dep_ == "xcomp" and child.lemma_ == "be":
            adjective = next((c for c in child.rights if c.dep_ == "acomp"), child)
        if adjective.lower_ in CUE_ADJECTIVES and _prepositional_object(adjective):
            return adjective
    return None


def _prepositional_object(adjective: Token) -> bool:
    """The adjective's first complement is a preposition of its stance with a noun object
    ("pleased [with] the deal"), not a clause or an infinitive ("ready to act")."""
    for child in adjective.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            return False
        if child.dep_ == "prep" and child.lower_ in CUE_ADJECTIVE_PREPS:
            return any(c.dep_ == "pobj" for c in child.children)
    return False
