"""An "as" aside set off by commas right after the subject of a clause, which the parse hung on
that subject: in "The last part, as one critic points out, is that the tax was never popular"
the parse may make "points" a clause of "part". Such an aside reports the clause it sits in,
as "As one critic points out, the last part is ..." would. An "as" clause with no comma before
it narrows the noun instead ("the town as we know it").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Relations by which the parse hangs a clause on a noun.
_CLAUSE_DEPS = frozenset({"advcl", "acl", "relcl"})
# Relations of a report's own content, which an aside does not have.
_CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp"})


def subject_as_aside(verb: Token) -> Token | None:
    """The verb of the clause whose subject an "as" aside with no content of its own follows,
    set off by commas before the verb ("The plan, [as the mayor noted], will cost more": cost),
    or None."""
    if verb.dep_ not in _CLAUSE_DEPS or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return None
    subject = verb.head
    if subject.dep_ not in SUBJECT_DEPS or subject.i > verb.i:
        return None
    clause = subject.head
    if clause.pos_ not in {"VERB", "AUX"} or clause.i < verb.right_edge.i:
        return None
    if any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    start, end = verb.left_edge.i, verb.right_edge.i
    if doc[start].lower_ != "as":
        return None
    if start < 1 or doc[start - 1].text != "," or end + 1 >= clause.i:
        return None
    return clause if doc[end + 1].text == "," else None
