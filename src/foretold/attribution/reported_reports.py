"""A report told inside another's content: in 'Prosecutors say that he told an officer, "I
would do it again"' the whole clause, quotation and all, is what the prosecutors say; the
quotation does not leave their content for the inner cue. So it is for a report that a cue closing
the sentence reports back: in 'Lee said Park "would never win," an aide recalled' the aide
recalls Lee's words, quotation and all."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS, Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.marks import DASHES
from foretold.attribution.own_clauses import own_clause


def reported_report(inner: Cue, outer: Cue) -> bool:
    """The inner cue and its own subject both lie inside the content of an outer cue from the
    lexicon that opens before that content ("Officials said [that she told them, "Q"]"), so
    the outer cue keeps the quotation. The quotation stays with the inner cue when a speaker
    tells of their own words ("Lee said she told them, "Q"", ``_own_words``; but not the
    speaker's own name for a thing inside the report, "Lee said voters want what she calls
    "real change"", ``naming_relative``), when the inner
    cue is in a clause with a report of its own (``own_clauses``: "... (to which, she says,
    Park replied, "Q")"), when the outer cue closes its content ('"Q," Lee told them,
    according to aides'), for a label colon ("Polls agree: Ann Lee: "Q"") and for an outer
    verb outside the lexicon."""
    subject = inner.subject
    if subject is None or inner.token.text == ":" or not outer.fragments:
        return False
    if own_clause(inner) is not None:
        return False
    if outer.token.idx >= outer.fragments[0][0]:
        return False
    if _own_words(subject, outer.subject) and not naming_relative(inner.token):
        return False
    if cue_lemma(outer.token.lemma_, outer.token.text) not in CUE_LEMMAS:
        return False
    return all(
        any(start <= where < end for start, end in outer.fragments)
        for where in (subject.idx, inner.token.idx)
    )


_NAMING = frozenset({"call", "dub", "term", "label"})


def naming_relative(verb: Token) -> bool:
    """A free relative of naming ("what she calls [real change]"): the words name a thing
    inside the sentence around them rather than report a speech of their own."""
    return verb.lemma_ in _NAMING and any(
        c.lower_ == "what" and c.i < verb.i and c.dep_ in {"dobj", "nsubjpass"}
        for c in verb.children
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


def closing_report(inner: Cue, outer: Cue, quote: Token) -> bool:
    """The inner cue, a lexicon verb, governs a quotation and has a subject of its own, and
    both lie in the content of an outer cue that follows the quotation ('Lee said Park "would
    never win," an aide recalled'): the outer cue reports the whole report, not the quotation
    alone. A participle with no subject of its own or a passive ("they are asked to vote, and
    "Q," she said") reports nothing whole, nor does a verb set off from the quotation by a
    dash or a semicolon ("Lee responded, painting him as weak - "Q," an ad says")."""
    token = inner.token
    subject = inner.subject
    if subject is None or subject.head.i != token.i or subject.dep_ != "nsubj":
        return False
    if outer.token.i < quote.i or not token.is_ancestor(quote):
        return False
    if cue_lemma(token.lemma_, token.text) not in CUE_LEMMAS:
        return False
    if any(t.text in DASHES or t.text == ";" for t in token.doc[token.i : quote.i]):
        return False
    return all(
        any(start <= where < end for start, end in outer.fragments)
        for where in (subject.idx, token.idx)
    )
