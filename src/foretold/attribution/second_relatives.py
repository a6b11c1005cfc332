"""A second relative clause joined to the one a raised report stands in tells more of the
noun both clauses are about, not what was expected: in "voters, who are expected [to make up
half of the electorate] and who favor the mayor" the second "who" clause is the writer's
word on the voters. The parser may hang it on the infinitive of the report, so the report
would run on into it."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import NSUBJ_DEPS

_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def second_relative_end(subject: Token, end: int) -> int:
    """The end (exclusive) of a report whose subject is a relative pronoun, before a clause
    joined inside it that has a relative pronoun of its own for subject: "[who are expected to
    win] and who favor the mayor"."""
    if subject.tag_ not in _RELATIVE_TAGS:
        return end
    doc = subject.doc
    for token in doc[subject.i + 1 : end]:
        if token.dep_ != "conj" or not any(
            c.dep_ in NSUBJ_DEPS and c.tag_ in _RELATIVE_TAGS and c.i > subject.i
            for c in token.children
        ):
            continue
        first = token.left_edge.i
        while first > subject.i + 1 and (doc[first - 1].dep_ == "cc" or doc[first - 1].text == ","):
            first -= 1
        return first
    return end
