"""A relative clause whose pronoun is what a verb of judging says something to be.

In "a contract, which analysts estimate to be worth $18 million" the analysts estimate that
the contract is worth $18 million: the relative pronoun is the object the verb raised from
the infinitive "to be ...", and the relative clause is the content, as with "a surge which
analysts say could help him". There the relative pronoun is the subject of the reported
predicate, which follows the verb at once; the parse may hang that predicate elsewhere ("laws
that judges said [discriminated against renters]", "trips, many of which reporters found
[were paid for by lobbyists]") and it is still what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.tensed_verbs import tensed

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


# Parts of speech of the word before a relative pronoun: the noun it follows, a comma, or the
# "of" of "many of which" (not a verb, whose "that" opens a complement clause).
_BEFORE_RELATIVE = frozenset({"NOUN", "PROPN", "PRON", "NUM", "PUNCT", "ADP"})
# Dependencies of a verb's own content after it.
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


def gapped_relative(verb: Token) -> Range | None:
    """The predicate right after a verb whose subject follows a relative pronoun, when that
    predicate has no subject but the pronoun's phrase ("the laws that judges said
    [discriminated against renters]", "many of which reporters found [were funded by
    lobbyists]"): the pronoun is the subject of what was said. None otherwise, as for an object
    relative before the main verb ("the book that Lee wrote [described the war]": the book
    is the main verb's subject)."""
    doc = verb.doc
    subject = next(
        (c for c in verb.lefts if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS),
        None,
    )
    if subject is None or verb.i + 1 >= len(doc) or subject.left_edge.i < 2:
        return None
    pronoun = doc[subject.left_edge.i - 1]
    if pronoun.lower_ not in _RELATIVE_PRONOUNS or doc[pronoun.i - 1].pos_ not in _BEFORE_RELATIVE:
        return None
    if any(c.dep_ in _OWN_CONTENT_DEPS for c in verb.rights):
        return None  # the verb has content of its own
    first = doc[verb.i + 1]
    predicate = first.head if first.dep_ in {"aux", "auxpass"} else first
    if predicate.i <= verb.i or predicate.pos_ not in {"VERB", "AUX"}:
        return None
    if not (tensed(predicate) or predicate.tag_ in {"VBD", "VBN"}):
        return None
    for child in predicate.children:
        if child.dep_ in SUBJECT_DEPS and not _pronoun_phrase(child, pronoun):
            return None
    return verb.i + 1, predicate.right_edge.i + 1


def _pronoun_phrase(subject: Token, pronoun: Token) -> bool:
    """The subject is the relative pronoun or a quantity of it ("which", "many of which"), not
    the noun the relative clause describes ("the book [that Lee wrote]")."""
    if subject == pronoun:
        return True
    of = pronoun.head
    return of.lower_ == "of" and of.head == subject and subject.i < pronoun.i
