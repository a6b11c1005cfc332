"""A clause with "as" and a generic subject that narrows a noun to the sense it commonly has.

"Birds as we understand them" and "the internet as we know it" pick out a thing as people
at large see it: the subject is the generic "we", "you" or "one", and the pronoun right
after the verb is the verb's own object, pointing back at the noun before "as". The verb
reports no one's words there; what follows the pronoun ("evolved from dinosaurs") is the
main clause, not what was said. A named holder keeps the report ("the city as the mayor
describes it"), and so does a parenthetical "as" report ("It was, as she said, a
disaster"), which follows no noun.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Pronouns that stand for the noun before "as": "as we know [it]", "as we understand [them]".
_BACK_PRONOUNS = frozenset({"it", "them", "him", "her"})

# Generic subjects that speak for people at large: "as [we] know it", "as [you] see it".
_GENERIC_SUBJECTS = frozenset({"we", "you", "one"})

# Parts of speech of the noun an "as" clause narrows.
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def restricting_as_clause(cue: Cue) -> bool:
    """Whether a cue verb with a generic subject sits in an "as" clause right after a noun
    and takes a pronoun for that noun: "birds as we understand them evolved ...", "the
    internet as you know it" (but "the town as the mayor remembers it", "It was, as she said,
    a disaster", "as we told them, the plan failed")."""
    verb = cue.token
    doc = verb.doc
    if cue.quoted or verb.pos_ not in {"VERB", "AUX"} or verb.i + 1 >= len(doc):
        return False
    if doc[verb.i + 1].lower_ not in _BACK_PRONOUNS:
        return False
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in _GENERIC_SUBJECTS or subject.i < 2:
        return False
    marker = doc[subject.i - 1]
    if marker.lower_ != "as" or verb.i - subject.i > 3:
        return False
    return doc[marker.i - 1].pos_ in _NOUN_POS
