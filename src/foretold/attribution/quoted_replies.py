"""Replies given as a quotation in a "with" phrase: in "responded to the question with "Not
now."" what was said is the quotation, not the question it answered, however the parse hung
the "with" phrase (on the verb or on the question)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range, is_quote_token

# Verbs of answering, whose "to" phrase names what was answered.
REPLY_VERBS = frozenset({"respond", "reply", "answer"})


def quoted_reply(verb: Token, lemma: str) -> Range | None:
    """The quotation that a "with" among the words the cue governs opens, through its
    closing quotation mark: "replied to the mayor with ["Not now."]" (None when the
    verb answers nothing or the "with" phrase is no quotation: "responded to the charges
    with a statement")."""
    if lemma not in REPLY_VERBS:
        return None
    doc = verb.doc
    sent_end = verb.sent.end
    for i in range(verb.i + 1, min(verb.right_edge.i, sent_end - 1)):
        if doc[i].lower_ == "with" and is_quote_token(doc[i + 1]):
            close = next((k for k in range(i + 2, sent_end) if is_quote_token(doc[k])), None)
            if close is None:
                return None
            return (i + 1, close + 1)
    return None
