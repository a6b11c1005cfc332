"""What "the former" and "the latter" stand for: the first or the second of the two nouns
just joined by "and" or "or", in the same sentence or the two before ("The bank and the
regulator met. The latter said ...": the regulator; "..., with the former saying ...": the
bank). A list of three or more makes no pair, and with no pair the words name no one; a noun
after either word makes it a description ("the former minister", read elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.sentence_reach import reach_start

_PAIRED = frozenset({"former", "latter"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_REACH = 2  # sentences before "the latter" searched for the pair


def paired_word(head: Token) -> bool:
    """ "The former" or "the latter" standing alone for someone ("the latter said"), not
    describing the noun after it ("the former minister")."""
    if head.lower_ not in _PAIRED or head.i == 0 or head.doc[head.i - 1].lower_ != "the":
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return following is None or following.pos_ not in _NOUN_POS or following.head != head


def paired_referent(head: Token) -> Token | None:
    """The head noun of the conjunct "the former" (first) or "the latter" (second) picks out
    from the nearest pair of nouns before it, in its sentence or the two before, or None."""
    if not paired_word(head):
        return None
    start = reach_start(head, _REACH)
    for token in reversed(head.doc[start : head.i - 1]):
        pair = _pair(token)
        if pair is not None:
            return pair[0] if head.lower_ == "former" else pair[1]
    return None


def _pair(second: Token) -> tuple[Token, Token] | None:
    """The two nouns a conjunct closes when they are a pair ("the bank and the regulator"), or
    None (not a conjunct, a verb, or a list of three or more)."""
    first = second.head
    if second.dep_ != "conj" or second.pos_ not in _NOUN_POS or first.pos_ not in _NOUN_POS:
        return None
    if first.dep_ == "conj" or any(c.dep_ == "conj" for c in second.children):
        return None
    if sum(c.dep_ == "conj" for c in first.children) != 1:
        return None
    return first, second
