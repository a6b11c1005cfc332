"""An object the parse joined to the next clause's subject: after a verb outside the lexicon,
"and" between two nouns may start a new clause ("the mayor praised the police and the governor
has thanked the crews"), but the parse can read "the police and the governor" as the subject
of a clause the verb reports. A subject of two nouns joined by "and" never takes a singular
auxiliary ("has", "is", "was", "does"); when it does, the verb's content is its object, the
first noun phrase alone ("praised [the police]"), and the second clause is left to its own
verb ("the governor has thanked [the crews]")."""

from spacy.tokens import Token

from foretold.attribution.disagreeing_predicates import SINGULAR_AUXILIARIES
from foretold.attribution.ranges import Range


def misjoined_object(verb: Token, ranges: list[Range]) -> list[Range]:
    """The first noun phrase of a coordinated subject right after the verb when its clause
    has a singular auxiliary; the ranges unchanged otherwise."""
    if len(ranges) != 1 or ranges[0][0] != verb.i + 1:
        return ranges
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not _singular(clause):
        return ranges
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.i + 1:
        return ranges
    joiner = next((c for c in subject.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if joiner is None or not any(c.dep_ == "conj" and c.i > joiner.i for c in subject.children):
        return ranges
    return [(verb.i + 1, joiner.i)]


def _singular(clause: Token) -> bool:
    """A clause whose finite auxiliary is singular: "[has] thanked"."""
    return any(c.dep_ == "aux" and c.lower_ in SINGULAR_AUXILIARIES for c in clause.children)
