"""A noun of words or views without a holder that a cue takes as its object, with a topic of
its own ("Lee offered [kind words about the coach]", "she had no comment about the vote"):
the cue reports that topic ("the coach"); the noun only says what kind of words they were."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.plausible import TOPIC_NOUNS

_TOPIC_PREPS = frozenset({"about"})


def framed_topic_noun(noun: Token, verb: Token) -> bool:
    """The noun is a noun of words or views and the object of ``verb``, directly or through a
    preposition ("offered [words] about X", "responded with [a comment] about X"), with no
    holder ("his", "Lee's") and an "about" phrase for topic."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TOPIC_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    direct = noun.dep_ == "dobj" and noun.head.i == verb.i
    return (direct or prepositional_object(noun, verb)) and topic_phrase(noun) is not None


def prepositional_object(noun: Token, verb: Token) -> bool:
    """The noun is the object of a preposition of ``verb`` ("responded [with] a comment")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def topic_phrase(noun: Token) -> Token | None:
    """The preposition heading the noun's topic ("words [about] the coach"), or None."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "prep"
            and c.lower_ in _TOPIC_PREPS
            and any(g.dep_ == "pobj" for g in c.children)
        ),
        None,
    )
