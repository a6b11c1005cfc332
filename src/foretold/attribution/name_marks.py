"""Quotation marks that set off a name or a term inside a statement, not anyone's words: a
title in capitals ('said the update for its OS "Glacier" ships in May', 'a man identified
only as "J Doe"'), a term the writer names as a term ('the so-called "dead zone"', 'the term
"fair use"', 'small programs, commonly called "apps"', 'a fund known as "the pot"'), and a
gloss of a word ('a boat, or "skiff"', 'an anti-tax ("no new taxes") rally'). Such marks make
no quotation of the speaker, so a report holding only them is indirect, not mixed. A name the
cue itself gives is the speaker's words ('she called the plan "Project Dawn"', 'he described
it as "Housegate"') and stays a quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.idle_senses import WORD_NOUNS
from foretold.attribution.named_by import NAMING_VERBS

# Participles that give a name or a term after "as" or right before it: "known as "X"",
# "commonly called "X"", "identified only as "X"", "referred to as "X"".
_NAMING_PARTICIPLES = NAMING_VERBS | {"know", "name", "identify", "refer", "title"}
# Words that open a term the writer holds at a distance: 'the so-called "dead zone"'.
_TERM_OPENERS = frozenset({"so-called", "socalled"})
# Small words a title may hold in lower case: 'the "Person of the Year"'.
_TITLE_LINKS = frozenset({"ADP", "DET", "CCONJ", "PART"})
# The longest title read as a name, in words.
_MAX_TITLE_WORDS = 6


def sets_off_name(doc: Doc, start: int, end: int, cue: Token) -> bool:
    """The quotation whose characters run from ``start`` to ``end`` (marks included) sets
    off a name or a term, not words of the speaker whose cue is ``cue``."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return False
    words = [t for t in inside if not t.is_punct]
    if not words:
        return False
    first = inside.start
    while first < inside.end and doc[first].is_punct:
        first += 1
    before = _before(doc, first)
    if _given_by(cue, words):
        return False
    return (
        _gloss(doc, first, before)
        or _term(before)
        or _title(words)
        and not _opens_clause(doc, inside, first)
    )


def _before(doc: Doc, first: int) -> Token | None:
    """The word before the quotation, past its marks and any article: 'the so-called [the]
    "X"'."""
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].pos_ == "DET"):
        i -= 1
    return doc[i] if i >= 0 else None


def _given_by(cue: Token, words: list[Token]) -> bool:
    """The cue itself gives the name: the quotation is its object or complement, or the
    object of its "as" or "to" ('called it "Project Dawn"', 'described it as "Housegate"')."""
    ids = {t.i for t in words}
    for word in words:
        if word.head.i in ids:
            continue
        head = word.head
        if head == cue:
            return True
        if head.lower_ in {"as", "to"} and head.dep_ == "prep" and head.head == cue:
            return True
    return False


def _gloss(doc: Doc, first: int, before: Token | None) -> bool:
    """Another name for the thing just named, after a comma and "or" ('a boat, or "skiff"')
    or in brackets ('an anti-tax ("no new taxes") rally')."""
    if before is None:
        return False
    if before.text == "(":
        return True
    return before.lower_ == "or" and before.i > 0 and doc[before.i - 1].text == ","


def _term(before: Token | None) -> bool:
    """A term the writer marks as a term: after "so-called" ('the so-called "dead zone"'),
    after a noun of words ('the term "fair use"'), or after a naming participle or its "as"
    ('commonly called "apps"', 'a fund known as "the pot"')."""
    if before is None:
        return False
    if before.lower_ in _TERM_OPENERS or before.lemma_.lower() in WORD_NOUNS:
        return True
    verb = before.head if before.lower_ == "as" else before
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING_PARTICIPLES


def _title(words: list[Token]) -> bool:
    """A short quotation in capitals throughout, small linking words aside, holding a proper
    noun: a name or a title ("Glacier", "J Doe", "Person of the Year")."""
    alpha = [t for t in words if t.is_alpha or any(c.isalpha() for c in t.text)]
    if not alpha or len(alpha) > _MAX_TITLE_WORDS or not alpha[0].text[:1].isupper():
        return False
    if not any(t.pos_ == "PROPN" for t in alpha):
        return False
    return all(t.text[:1].isupper() or t.pos_ in _TITLE_LINKS for t in alpha)


def _opens_clause(doc: Doc, inside: Span, first: int) -> bool:
    """The quotation stands where a sentence or clause of its own starts (right after a
    colon, a comma or a reporting "that"), so its capitals are those of quoted words, not of a
    name ('that "Glacier" ships' opens a clause; 'that the "Glacier" update ships' does not)."""
    i = first - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i < 0:
        return True
    before = doc[i]
    if before.text in {":", ",", ";"} or before.lower_ == "that" and before.dep_ == "mark":
        return True
    return inside.start == inside.sent.start
