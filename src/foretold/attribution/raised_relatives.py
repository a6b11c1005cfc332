"""A relative clause whose pronoun is what a verb of judging says something to be.

In "a contract, which analysts estimate to be worth $18 million" the analysts estimate that
the contract is worth $18 million: the relative pronoun is the object the verb raised from
the infinitive "to be ...", and the relative clause is the content, as with "a surge which
analysts say could help him".
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range

_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})


def raised_relative(verb: Token) -> Range | None:
    """The relative clause, from its pronoun to the end of the infinitive, of a verb with a
    subject of its own and an infinitive of "be" ("which analysts [estimate] to be worth $18
    million", "who police believe to have been armed"); None otherwise."""
    if verb.dep_ != "relcl":
        return None
    children = list(verb.children)
    infinitive = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if infinitive is None or not _to_be(infinitive):
        return None
    pronoun = next(  # the parser may hang it on the infinitive
        (
            c
            for c in [*children, *infinitive.children]
            if c.lower_ in _RELATIVE_PRONOUNS and c.i < verb.i and c.dep_ in {"dobj", "nsubj"}
        ),
        None,
    )
    if pronoun is None or pronoun.i != verb.left_edge.i:
        return None
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i != pronoun.i), None)
    if subject is None or not pronoun.i < subject.i < verb.i:
        return None
    return pronoun.i, infinitive.right_edge.i + 1


def _to_be(verb: Token) -> bool:
    """An infinitive of "be" or with "be" or "have" for auxiliary: "to be worth", "to be
    held", "to have been armed"."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not any(c.tag_ == "TO" for c in auxiliaries):
        return False
    return verb.lemma_ == "be" or any(
        c.lemma_ in {"be", "have"} for c in auxiliaries if c.tag_ != "TO"
    )
