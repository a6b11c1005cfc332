"""The focus of an "it"-cleft: in "it is [the delays] that anger the farmers" or "it was not
the cost but [the noise] that upset them" the relative pronoun after the focus stands for it,
so what the clause tells of the pronoun it tells of the focus."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range

# Pronouns that open the clause of an "it"-cleft: "it is the delays [that] ...".
_CLEFT_PRONOUNS = frozenset({"that", "which", "who"})


def cleft_focus(pronoun: Token) -> Range | None:
    """The phrase an "it"-cleft puts in focus before ``pronoun``, the subject of the cleft's
    clause: "it's [the delays] that anger farmers", "it's not the cost but [the noise] that
    angers them" (the parse may hang the clause on the copula or on the last noun); None
    when ``pronoun`` opens no such clause ("a plan that pleases the board")."""
    clause = pronoun.head
    if pronoun.lower_ not in _CLEFT_PRONOUNS or clause.dep_ not in {"ccomp", "relcl"}:
        return None
    focus = clause.head
    while focus.dep_ == "conj":
        focus = focus.head
    if clause.dep_ == "ccomp":
        focus = next((c for c in focus.rights if c.dep_ == "attr" and c.i < pronoun.i), focus)
    copula = focus.head
    if focus.dep_ != "attr" or copula.lemma_.lower() != "be" or focus.i > pronoun.i:
        return None
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.lefts):
        return None
    return focus.left_edge.i, pronoun.i
