"""The words that stand for the thing a cue names or describes inside a relative clause: the
relative pronoun ("a mayor [whom] critics describe [as aloof]"), or, for "that", the noun
with it ("[a clip that] the judge called [distasteful]"); so also for a report of what the
pronoun's thing does or is ("a surge [which] analysts say [could help him]", "[a plan that]
the mayor said [was dead]"). The speaker and the cue between them and the name, description
or predicate are not what was said; so also for a free relative "what" ("funded [what]
engineers said [was the safest bridge]"). The parse may hang such a clause on its noun as "acl", or
on a verb before it, leaving the relative pronoun as the object inside it ("an agreement
[that] he does not want [to break]")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range

# Tags of relative pronouns: "which", "that" (WDT), "who", "whom" (WP).
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def relative_opening(pronoun: Token) -> Range:
    """The range that opens a content at a relative pronoun: the pronoun ("[whom]"), or the
    noun phrase the clause describes with a "that" after it ("[a clip that]"), also when the
    parser took the "that" for a conjunction marking a clause it hung on the noun as "acl"."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    if clause is None and pronoun.dep_ == "mark" and pronoun.head.dep_ == "acl":
        clause = pronoun.head
    if pronoun.lower_ != "that" or clause is None:
        return pronoun.i, pronoun.i + 1
    noun = clause.head
    if noun.i > pronoun.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return pronoun.i, pronoun.i + 1
    return noun.left_edge.i, pronoun.i + 1


def relative_report(verb: Token, start: int) -> bool:
    """A reporting verb inside a relative clause whose pronoun opens its complement: "a surge
    which analysts say could help him"; the parser may tag a relative "that" as a conjunction
    ("a plan [that] critics say would cost more"), and a free relative whose "what" is the
    subject of what was reported (``free_relative``)."""
    if verb.dep_ != "relcl":
        return free_relative(verb.doc[start], verb)
    first = verb.doc[start]
    return first.tag_ in RELATIVE_TAGS or (
        first.lower_ == "that" and first.i == verb.left_edge.i and first.dep_ in SUBJECT_DEPS
    )


def relative_report_parts(verb: Token, clause: Token, start: int, end: int) -> list[Range]:
    """The content of a report inside a relative clause whose pronoun is the subject of what
    was reported: the pronoun's opening and the reported predicate after the cue, without the
    speaker and the cue between them ("a surge [which] analysts say [could help him]", "[a
    plan that] the mayor said [was dead]")."""
    after = [t.i for t in clause.subtree if t.i > verb.i]
    if not after:
        return [(start, end)]
    return [relative_opening(verb.doc[start]), (min(after), end)]


def splits_relative_report(pronoun: Token, cue: Token) -> bool:
    """Whether a content piece that ends at ``pronoun`` and one after the cue are the two
    parts of a report inside a relative clause, kept apart ("[a plan that] the mayor said
    [was dead]"), not a clause an aside interrupts ("Costs, I would say, are high")."""
    if cue.left_edge.i != pronoun.i:
        return False
    if free_relative(pronoun, cue):
        return True  # "[what] analysts said [was a sign]"
    if cue.dep_ in {"relcl", "acl"}:  # the parse may hang a relative clause on as "acl"
        return relative_pronoun(pronoun)
    return pronoun.tag_ in RELATIVE_TAGS and pronoun.dep_ == "dobj"  # or on a verb before it


def free_relative(pronoun: Token, verb: Token) -> bool:
    """A free relative "what" that opens the clause of a reporting verb as the subject of the
    verb's complement after it: in "it showed [what] analysts said [was a sign of change]" the
    analysts said that the thing shown was a sign of change. "What" stands for the thing; the
    speaker and the cue between it and the predicate are not what was said."""
    clause = pronoun.head
    return (
        pronoun.lower_ == "what"
        and pronoun.i == verb.left_edge.i
        and pronoun.dep_ in SUBJECT_DEPS
        and clause.head == verb
        and clause.dep_ == "ccomp"
        and clause.i > verb.i
    )


def relative_pronoun(token: Token) -> bool:
    """A relative pronoun or determiner, or a "that" the tagger may have called a conjunction:
    "the plan [which] failed", "a plan [that] critics say ..."."""
    return token.tag_ in RELATIVE_TAGS or token.lower_ == "that"


def raised_gap(pronoun: Token, verb: Token) -> Range | None:
    """The words that stand for the object of a verb set below the verb of a relative clause,
    whose pronoun opens the clause before its subject: in "the flaws [that] critics like to
    cite" the critics cite the flaws, so the noun with its "that" stands for what was cited
    ("[the flaws that]"), and "which" stands for it alone; the subject and the verbs between
    are not what was cited. None for a free relative "what" or a pronoun of no relative
    clause above the verb."""
    if pronoun.lower_ == "what" or not relative_pronoun(pronoun):
        return None
    clause = next((t for t in verb.ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.i > pronoun.i or clause.left_edge.i != pronoun.i:
        return None
    return relative_opening(pronoun)
