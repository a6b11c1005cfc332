"""Questions with an asker of their own about a topic, which a cue answers or leaves
unanswered ("The firm did not respond to [the paper's questions about the loans]"): the
asker's questions are a statement about the topic ("the loans"); the cue that answers them
only frames them. A cue that gives its answer ("responded to the paper's question about X
with a joke") says the answer, and keeps it."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import QUESTION_NOUNS
from foretold.attribution.cue import QUOTE_CHARS
from foretold.attribution.topic_nouns import prepositional_object, topic_phrase


def answered_question(noun: Token, verb: Token) -> bool:
    """The noun is a question with an asker ("the paper's") and an "about" topic, under a
    preposition of ``verb`` ("respond [to] the paper's questions about X")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in QUESTION_NOUNS:
        return False
    if not prepositional_object(noun, verb) or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return topic_phrase(noun) is not None and not _answer_given(noun, verb)


def _answer_given(noun: Token, verb: Token) -> bool:
    """The cue gives its answer in a "with" phrase: its own ("responded to their question
    about X with a joke"), or a quotation the parse hung on the question ('... about the
    city with "Which city?"'); "questions about the deal with China" is no answer."""
    for token in (*verb.children, *noun.subtree):
        if token.dep_ != "prep" or token.lower_ != "with":
            continue
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if token.head.i == verb.i or (after is not None and after.text in QUOTE_CHARS):
            return True
    return False
