"""Past-tense reporting verbs misread as modifiers: a sentence whose verb the parser took for
an adjective on the noun after it, hanging its subject elsewhere: in "Ann Lee, the city's
mayor, endorsed the plan's goals" the parse makes "endorsed" an "amod" of "goals" and "Lee"
the root, and in "The union and the guild requested the fees be cut" it makes "requested" an
"amod" of "fees", the subject of "be cut". A past-tense form ("endorsed", not the participle
"endorsed") is a finite verb, never a modifier. The cue is that verb, its subject the noun
phrase that ends right before it, and what it reports the noun phrase after it, or the clause
that noun is the subject of ("[the fees be cut]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.misplaced_subjects import NSUBJ_DEPS
from foretold.attribution.ranges import Range, subtree_range, trim


def misread_modifier_report(verb: Token) -> tuple[Token, Range] | None:
    """The subject and the content of a past-tense verb the parser read as a modifier of the
    noun after it ("Lee, the mayor, [endorsed] the plan's goals": "Lee" and "the plan's
    goals"); None for any other verb, or when no noun phrase ends right before it."""
    noun = verb.head
    if verb.tag_ != "VBD" or verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ == "VERB":
        return None
    subject = _phrase_before(verb)
    if subject is None:
        return None
    clause = noun.head if noun.dep_ in NSUBJ_DEPS and noun.head.i > noun.i else None
    if clause is not None:
        content = trim(verb.doc, verb.i + 1, clause_end(clause) + 1)
    else:
        content = trim(verb.doc, verb.i + 1, subtree_range(noun)[1])
    return (subject, content) if content is not None else None


def _phrase_before(verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before a verb, or before the comma that
    closes an apposition on it: "[Ann Lee], the mayor, endorsed", "[the union] and the guild
    requested" (the phrase's head is the highest word above it that stays left of the verb)."""
    doc = verb.doc
    last = verb.i - 1
    if last >= 0 and doc[last].text == ",":
        last -= 1
    if last < 0 or doc[last].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    head = doc[last]
    while head.head.i < verb.i and head.head.i != head.i:
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN", "PRON"} or head.dep_ not in {*NSUBJ_DEPS, "ROOT"}:
        return None
    return head
