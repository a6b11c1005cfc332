"""A to-infinitive of purpose after an object whose verb reports a clause of its own is the
speaker's next act, not part of the object: in "the senator cited [the new figures] to argue
that the program had failed" the senator cites figures and argues a claim; the claim is
reported by "argue", so the object of "cited" ends before "to"."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import INFINITIVE_VERBS, cue_lemma, word_set

# Cues whose object does what the to-infinitive says, so the infinitive is part of what was
# said: "urged [the board to explain why ...]", "convinced [voters to believe that ...]".
_CONTROL_VERBS = INFINITIVE_VERBS | word_set("persuade convince remind")


def reporting_infinitive(verb: Token) -> bool:
    """A to-infinitive of a reporting verb that takes a clause: "[to argue] that it failed",
    "[to question] whether it can pay"."""
    doc = verb.doc
    first = verb.left_edge.i
    return (
        verb.tag_ == "VB"
        and doc[first].lower_ == "to"
        and cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def reporting_purpose(child: Token, lemma: str) -> bool:
    """A reporting to-infinitive the parser hung on the cue after its object, of a cue whose
    object does not carry out an infinitive: "cited the data [to argue that ...]" (not
    "urged the board [to explain why ...]")."""
    return (
        child.dep_ in {"xcomp", "advcl"}
        and lemma in CUE_LEMMAS
        and lemma not in _CONTROL_VERBS
        and reporting_infinitive(child)
    )


# Links from a noun up to the verb whose object it is or lies in: "highlighted [the millions]
# of [dollars] in [fees]".
_OBJECT_LINKS = frozenset({"dobj", "pobj", "prep", "conj", "appos"})


def misplaced_purpose(cue: Token) -> Token | None:
    """The cue verb whose act a reporting to-infinitive gives the purpose of, when the parser
    hung the infinitive on a noun of that verb's object past the noun's own relative clause or
    phrase, where no infinitive of the noun can stand: "highlighted the fees she took from
    banks [to question] whether ..." (a noun's own infinitive comes right after it: "a plan to
    show that ..."); None otherwise."""
    head = cue.head
    if cue.dep_ != "acl" or not reporting_infinitive(cue):
        return None
    if not any(c.dep_ in {"relcl", "prep"} and head.i < c.i < cue.i for c in head.children):
        return None
    node = head
    while node.dep_ in _OBJECT_LINKS and node.head != node and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    if node.pos_ != "VERB" or node.i > head.i:
        return None
    lemma = cue_lemma(node.lemma_, node.text)
    return node if lemma in CUE_LEMMAS and lemma not in _CONTROL_VERBS else None


def reporting_purpose_cut(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before a misplaced reporting to-infinitive that
    closes it (``misplaced_purpose``): "highlighted [the fees she took from banks] to question
    whether she can reform them"."""
    for token in noun.subtree:
        if (
            token.right_edge.i >= end - 1
            and noun.i < token.left_edge.i < end
            and misplaced_purpose(token) is not None
        ):
            return token.left_edge.i
    return end
