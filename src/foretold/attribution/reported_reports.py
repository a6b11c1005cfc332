"""A report told inside another's content: in 'Prosecutors say that he told an officer, "I
would do it again"' the whole clause, quotation and all, is what the prosecutors say; the
quotation does not leave their content for the inner cue."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS, Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.own_clauses import own_clause


def reported_report(inner: Cue, outer: Cue) -> bool:
    """The inner cue and its own subject both lie inside the content of an outer cue from the
    lexicon that opens before that content ("Officials said [that she told them, "Q"]"), so
    the outer cue keeps the quotation. The quotation stays with the inner cue when a speaker
    tells of their own words ("Lee said she told them, "Q"", ``_own_words``), when the inner
    cue is in a clause with a report of its own (``own_clauses``: "... (to which, she says,
    Park replied, "Q")"), when the outer cue closes its content ('"Q," Lee told them,
    according to aides'), for a label colon ("Polls agree: Ann Lee: "Q"") and for an outer
    verb outside the lexicon."""
    subject = inner.subject
    if subject is None or inner.token.text == ":" or not outer.fragments:
        return False
    if own_clause(inner) is not None:
        return False
    if outer.token.idx >= outer.fragments[0][0] or _own_words(subject, outer.subject):
        return False
    if cue_lemma(outer.token.lemma_, outer.token.text) not in CUE_LEMMAS:
        return False
    return all(
        any(start <= where < end for start, end in outer.fragments)
        for where in (subject.idx, inner.token.idx)
    )


_SINGULAR = frozenset({"i", "he", "she"})
_PLURAL = frozenset({"we", "they"})


def _own_words(inner: Token, outer: Token | None) -> bool:
    """The inner subject is a personal pronoun agreeing in number with the outer subject, so
    it most likely stands for the outer speaker: "Lee said [she] told them" (but
    "Prosecutors say [he] told them" reports another's words)."""
    pronoun = inner.lower_
    if outer is None or pronoun not in _SINGULAR | _PLURAL:
        return False
    if outer.lower_ in _SINGULAR | _PLURAL:
        return outer.lower_ == pronoun
    plural = outer.tag_ in {"NNS", "NNPS"}
    return pronoun in (_PLURAL if plural else _SINGULAR)
