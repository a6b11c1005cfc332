"""Clauses in brackets that tell of what someone did rather than report the words around
them. A report set in brackets or commas in the middle of a sentence ("the rate (she said)
was high") frames the sentence around it; a bracketed clause that goes on with a second,
coordinated act of its subject ("it meant tracking costs (Lee reported weekly to the board
and kept the ledgers)") or has an object or clause of its own ("(Lee reported the loss to the
board)") is the writer's narrative aside, and the sentence around it is no one's words: the
verb is read like any other, from its own object or clause.
"""

from __future__ import annotations

from spacy.tokens import Token

# Opening brackets and the bracket that closes each.
_CLOSERS = {"(": ")", "[": "]"}


def narrated_aside(verb: Token) -> bool:
    """A verb whose clause opens a bracket that closes after the verb, and that coordinates a
    second verb or has an object or clause of its own inside the brackets: "(Lee [reported]
    weekly to the board and kept the ledgers)", "(Lee [reported] the loss to the board.)";
    not "(she said)", nor a bracket never closed: "(Lee [reported] the loss to the board, and
    the sentence runs on"."""
    doc = verb.doc
    opening = verb.left_edge.i
    if doc[opening].text not in _CLOSERS:
        opening -= 1
    if opening < 0 or doc[opening].text not in _CLOSERS:
        return False
    closing = _closing(verb, doc[opening].text)
    if closing is None:
        return False
    return any(
        (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}) or c.dep_ in {"dobj", "ccomp", "xcomp"}
        for c in verb.rights
        if c.i < closing
    )


def _closing(verb: Token, opener: str) -> int | None:
    """Where the bracket `opener` opened before the verb closes: the first matching closing
    bracket after the verb, skipping pairs opened and closed in between, up to the end of the
    verb's sentence or clause and the punctuation right after it ("(Lee reported the loss[)]",
    "(Lee reported the loss (in May) to the board.[)]"); None when it stays open."""
    doc = verb.doc
    closer = _CLOSERS[opener]
    end = max(verb.sent.end, verb.right_edge.i + 1)
    while end < len(doc) and doc[end].is_punct:
        end += 1
    depth = 0
    for token in doc[verb.i + 1 : end]:
        if token.text == opener:
            depth += 1
        elif token.text == closer:
            if depth == 0:
                return token.i
            depth -= 1
    return None
