"""Questions with an asker of their own about a topic, which a cue answers or leaves
unanswered ("The firm did not respond to [the paper's questions about the loans]"): the
asker's questions are a statement about the topic ("the loans"); the cue that answers them
only frames them."""

from __future__ import annotations

from spacy.tokens import Token

_QUESTION_NOUNS = frozenset({"question", "inquiry", "enquiry", "query"})
_TOPIC_PREPS = frozenset({"about"})


def answered_question(noun: Token, verb: Token) -> bool:
    """The noun is a question with an asker ("the paper's") and an "about" topic, under a
    preposition of ``verb`` ("respond [to] the paper's questions about X")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _QUESTION_NOUNS:
        return False
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != verb.i:
        return False
    children = list(noun.children)
    if not any(c.dep_ == "poss" for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in children)
