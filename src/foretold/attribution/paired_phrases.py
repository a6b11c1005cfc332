"""The second half of a pair of phrases that the parser hung outside a content range goes on
with it: the "but" half of "not ... but" ("said [the bill was not blocked by Democrats, but
by its own party]", "cited [praise not only from the mayor at the time, but also from her
rivals]") and the alternative after "instead of" or "rather than" ("urged [the city to fund
buses instead of widening roads]"). A verb after "but" goes with the cue instead: "said [it
was not over], but did not elaborate"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.token_index import tokens_of

_ONLY_WORDS = frozenset({"only", "just", "merely", "simply"})
_LINKS = frozenset({"also", "rather", "instead", ","})
_ALTERNATIVES = frozenset({("instead", "of"), ("rather", "than")})


def paired_end(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of a range with the second half of its pair of phrases."""
    return alternative_end(doc, start, correlative_end(doc, start, end))


def correlative_end(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of a range that takes in the "but" half of a "not ... but" pair:
    "[not by Democrats, but by its own party]"; after "not only" the "but" can come further
    on, and the "not only" can open right after the range: "cites [statements not only from
    the mayor at the time, but also from her rivals]"."""
    if end <= start or end + 1 >= len(doc):
        return end
    negations = [
        t
        for t in tokens_of(doc)[start : end + 1]
        if t.lower_ == "not" and t.dep_ in {"neg", "preconj"}
    ]
    if not negations or (negations[-1].i == end and not _not_only(negations[-1])):
        return end
    loose = any(_not_only(t) for t in negations)
    stop = doc[end - 1].sent.end
    i = end
    while i < stop and doc[i].lower_ != "but":
        if not loose and not (doc[i].is_punct and not doc[i].is_quote):
            return end
        i += 1
    k = i + 1
    while k < stop and doc[k].lower_ in _LINKS:
        k += 1
    phrase_end = _phrase_end(doc, k, stop, verbs=False)
    return end if phrase_end is None else phrase_end


def _not_only(negation: Token) -> bool:
    """A "not" that opens "not only" or "not just"."""
    doc = negation.doc
    return negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ in _ONLY_WORDS


def alternative_end(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of a range right before "instead of" or "rather than" that takes in
    the alternative after it: "urged [the city to fund buses instead of widening roads]"."""
    if end <= start or end + 2 >= len(doc):
        return end
    i = end + 1 if doc[end].text == "," else end
    if (doc[i].lower_, doc[i + 1].lower_) not in _ALTERNATIVES:
        return end
    phrase_end = _phrase_end(doc, i + 2, doc[end - 1].sent.end, verbs=True)
    return end if phrase_end is None else phrase_end


def _phrase_end(doc: Doc, k: int, stop: int, verbs: bool) -> int | None:
    """The end (exclusive) of the phrase that opens at token k, None when there is none or it
    is a clause with a subject (or, unless verbs are allowed, a verb)."""
    if k >= stop:
        return None
    phrase = doc[k]
    while phrase.head != phrase and phrase.head.left_edge.i == k:
        phrase = phrase.head
    if phrase.left_edge.i != k or any(c.dep_ in {"nsubj", "nsubjpass"} for c in phrase.children):
        return None
    if not verbs and phrase.pos_ in {"VERB", "AUX"}:
        return None
    return phrase.right_edge.i + 1
