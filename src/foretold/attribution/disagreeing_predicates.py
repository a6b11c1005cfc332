"""A predicate the parse gave to a pronoun it does not agree with: after an elliptical clause
("more than they might have") the parse may take the sentence's own predicate for the rest of
that clause, so that "they ... is required" reads as one verb group. "They", "we" and "you"
never take "is", "was", "has" or "does"; when such a pronoun's verb group runs on past an
auxiliary of its own into one of them, the content ends before it: "any firm that asks them
[to pay more than they might have] is required to disclose it"."""

from spacy.tokens import Doc, Token

from foretold.attribution.misplaced_subjects import NSUBJ_DEPS

_NON_SINGULAR_PRONOUNS = frozenset({"they", "we", "you"})
# The auxiliaries only a singular subject takes.
SINGULAR_AUXILIARIES = frozenset({"is", "was", "has", "does"})


def drop_disagreeing_predicate(doc: Doc, start: int, end: int) -> int:
    """The end of the range before a singular auxiliary whose verb's pronoun subject and
    earlier auxiliary stand in the range before it; the end unchanged otherwise."""
    for token in doc[start + 1 : end]:
        if token.lower_ not in SINGULAR_AUXILIARIES or token.dep_ not in {"aux", "auxpass"}:
            continue
        if _pronoun_group_before(token, start):
            return token.i
    return end


def _pronoun_group_before(auxiliary: Token, start: int) -> bool:
    """A verb group with a plural or second-person pronoun subject and an auxiliary of its own
    between the range's start and the auxiliary: "[they might have] is"."""
    before = [c for c in auxiliary.head.children if start <= c.i < auxiliary.i]
    subject = any(c.dep_ in NSUBJ_DEPS and c.lower_ in _NON_SINGULAR_PRONOUNS for c in before)
    return subject and any(c.dep_ == "aux" for c in before)
