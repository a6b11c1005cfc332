"""A clause joined to a verb's object by "and" or "but": when a clause with no "that" of its
own follows the verb's object across the joining word, the object is what the verb reports
and the clause is the writer's next one, which the parser hung on the verb (or inside the
object): "polls showed [support at two percent] and a later poll put it at zero"."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import child_is_joiner
from foretold.attribution.cue_conjuncts import JOINERS
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Marks of a clause that a verb reports, which may follow an "and" ("announced a plant and
# that prices would fall").
_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


def joined_past_object(clause: Token, verb: Token) -> bool:
    """The clause, a verb with a subject of its own, follows the verb's noun object and its
    phrases right after an "and" or "but", with no verb between, and has no mark of a
    reported clause: "showed [support] at two percent and [a poll put it at zero]" (not
    "announced [a plant] and [that prices would fall]")."""
    if clause.i < verb.i or clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    children = list(clause.children)
    if not any(c.dep_ in SUBJECT_DEPS for c in children) or any(
        c.dep_ == "mark" and c.lower_ in _COMPLEMENT_MARKS for c in children
    ):
        return False
    doc = verb.doc
    start = clause.left_edge.i
    for child in verb.rights:
        if child.dep_ == "dobj" and child.i < start and child.pos_ in {"NOUN", "PROPN"}:
            last = min(child.right_edge.i, start - 1)
            while last > child.i and child_is_joiner(doc[last]):
                last -= 1
            between = [t for t in doc[last + 1 : start] if not t.is_punct]
            return (
                bool(between)
                and between[-1].dep_ == "cc"
                and between[-1].lower_ in JOINERS
                and not any(t.pos_ in {"VERB", "AUX"} for t in between)
            )
    return False
