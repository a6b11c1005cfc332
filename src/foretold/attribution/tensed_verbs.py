"""Verbs that carry tense: a finite verb ("failed", "fails") or one with a finite or modal
auxiliary ("has failed", "will fail", "was not requiring"), as opposed to an infinitive, a
bare participle or a gerund ("to fail", "failing")."""

from __future__ import annotations

from spacy.tokens import Token

# Tags of a verb that carries tense itself: past and present.
TENSE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Tags of a verb or auxiliary that carries tense: past, present and modal.
FINITE_TAGS = TENSE_TAGS | {"MD"}
# Tags of a verb in the present tense.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def tensed(verb: Token) -> bool:
    """A verb that is finite itself or has a finite or modal auxiliary: "[failed]", "will
    [fail]", "was not [requiring]"."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children
    )


def has_modal(verb: Token) -> bool:
    """A verb with a modal auxiliary: "would [back]", "can not [support]"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# How far up from a noun the tensed verb of its clause may stand: "[went] after her for
# following Obama's refusal" climbs from "refusal" through "following" and "for".
_NOUN_REACH = 4


def noun_clause_verb(noun: Token) -> Token | None:
    """The verb with tense of its own nearest above a noun, the verb of the clause the noun
    stands in: "Lee [went] after her for following Obama's refusal", or None."""
    token = noun
    for _ in range(_NOUN_REACH):
        if token.head == token:
            return None
        token = token.head
        if token.tag_ in TENSE_TAGS and token.pos_ in {"VERB", "AUX"}:
            return token
    return None
