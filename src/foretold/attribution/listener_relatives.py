"""A relative clause on a noun after the cue that the parser hung on the cue as its clause
complement: in '"...," Lee told the council and viewers watching at home who knew the "plan"
she meant' it made "who knew ..." (with the words before the pronoun) a clause told to the
council. A reported question opens with its question word ("told them [who would run]"); a
clause whose subject is a relative "who" or "which" standing after other words of the
clause is a relative clause of the noun before the pronoun, and nothing the cue reports."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import NSUBJ_DEPS

_RELATIVE_PRONOUNS = frozenset({"who", "which"})


def hung_relative(clause: Token) -> bool:
    """A clause whose subject is a relative "who" or "which" after other words of the clause,
    right after a noun: "viewers [watching at home who knew it]"."""
    subject = next((c for c in clause.lefts if c.dep_ in NSUBJ_DEPS), None)
    if subject is None or subject.lower_ not in _RELATIVE_PRONOUNS:
        return False
    before = clause.doc[subject.i - 1] if subject.i > 0 else None
    return (
        subject.i > clause.left_edge.i and before is not None and before.pos_ in {"NOUN", "PROPN"}
    )
