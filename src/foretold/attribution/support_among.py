"""Support found among a group for a named target: the group holds the support and the target
is the content ("support for Proposition 9 is strongest among renters": renters back
[Proposition 9]; "Mayor Lee enjoys broad support among teachers": teachers back [Mayor Lee]).
A common-noun target is left alone: "support for the troops among ..." is mostly the writer's
account of a mood, not a stance anyone voiced."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.prepositional_objects import prep_object
from foretold.attribution.ranges import subtree_range, trim

# Nouns of backing that a group can be found to give.
BACKING_NOUNS = frozenset({"support", "backing"})
# Verbs whose subject has the support named by their object: "enjoys support among X".
HAVING_VERBS = frozenset({"enjoy", "have", "draw", "win", "gain", "command", "retain"})


def support_among(doc: Doc, noun: Token) -> Cue | None:
    """A backing noun with an "among" phrase, on the noun or on the verb it is subject or
    object of, and a named target: its "for" phrase ("support for [Lee] among women") or the
    subject of a verb of having it ("[Lee] enjoys support among women")."""
    if noun.lemma_.lower() not in BACKING_NOUNS:
        return None
    verb = noun.head if noun.dep_ in {"nsubj", "dobj"} else None
    group = prep_object(noun, "among", either_side=True)
    if group is None and verb is not None:
        group = prep_object(verb, "among", either_side=True)
    if group is None:
        return None
    target = prep_object(noun, "for", either_side=True)
    if (
        target is None
        and verb is not None
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in HAVING_VERBS
    ):
        target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if target is None or target.pos_ != "PROPN":
        return None
    span = trim(doc, *subtree_range(target))
    if span is None:
        return None
    return Cue(noun, noun.text, group, [char_range(doc, *span)])
