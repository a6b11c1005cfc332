"""Anaphoric days: a day named by pointing back at one the text has just named ("In a meeting
[that day] he was told ...", "voted on Saturday afternoon, and the board announced it [that
night]", "[On the same day], the firm issued a release"). It is the day of the nearest earlier
date that names a day, in the same sentence or the one before; the tagger may leave the
phrase untagged ("that day") or tag it as a date or time ("that night", "the same day").
"The same day as" an event or agent is the day the text last gave for it: "the board met on
May 3. The court ruled [on the same day as the board]" is May 3, found by the nearest earlier
sentence, up to three back, that names the compared noun and a day.

Relative days count from that day: "[the next day]", "[the following morning]", "[a day
later]", "[two days later]", "[the day before]", "[the previous day]". Not a day counted from
an event the phrase names ("the day after the vote") or by no count ("a few days later").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from foretold.attribution.tagged_entities import DATE_ENTS

# Nouns of a day or of a part of one: "that day", "that night", "later that evening".
DAY_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening"})
# What a day noun's own qualifier hangs by: "the day [of] the vote", "that day [when] ...".
_QUALIFIER_DEPS = frozenset({"prep", "relcl", "acl"})
# Adjectives of the day after or before the one named: "the [next] day", "the [previous] day".
_NEXT = frozenset({"next", "following"})
_PREVIOUS = frozenset({"previous", "preceding", "prior"})
# Adverbs of a count of days after or before it: "a day [later]", "the day [before]".
_AFTER = frozenset({"later", "after", "afterwards", "afterward"})
_BEFORE = frozenset({"earlier", "before"})
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# What ties a word of a relative day phrase to the phrase's head: "[the] next day", "[two]
# days later", "two [days] later".
_PHRASE_DEPS = frozenset({"det", "amod", "nummod", "npadvmod"})
# How many sentences before its own a "the same day as X" looks back for X's day.
_COMPARED_REACH = 3


def anaphoric_day(token: Token) -> Token | None:
    """The day noun of an anaphoric day phrase a token belongs to: the noun itself ("that
    [day]", "the same [day]") or its "that", "the" or "same" ("[that] night"); None for any
    other token ("the [day] of the vote", "[that] plan")."""
    noun = token if token.lower_ in DAY_NOUNS else token.head
    if noun.lower_ not in DAY_NOUNS or noun.tag_ not in {"NN", "NNP"}:
        return None
    kids = [c for c in noun.children if c.i < noun.i]
    pointing = any(c.lower_ == "that" and c.dep_ == "det" for c in kids) or (
        any(c.lower_ == "same" for c in kids) and any(c.lower_ == "the" for c in kids)
    )
    compared = compared_noun(noun)
    qualifiers = (c for c in noun.children if c.i > noun.i and c.dep_ in _QUALIFIER_DEPS)
    if not pointing or any(compared is None or c.lower_ != "as" for c in qualifiers):
        return None
    return noun


def compared_noun(noun: Token) -> Token | None:
    """The noun a day is compared with in "the same day as X": "court" of "the same [day] as
    the court"; None for any other day noun ("the same day", "that day as well")."""
    kids = list(noun.children)
    if not any(c.lower_ == "same" for c in kids if c.i < noun.i):
        return None
    for prep in (c for c in kids if c.i > noun.i and c.dep_ == "prep" and c.lower_ == "as"):
        objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
        if objects:
            return objects[0]
    return None


def relative_day(token: Token) -> tuple[Token, int] | None:
    """The head of a relative day phrase a token belongs to and the days it counts from the
    day named before, after (+) or before (-) it: "the next [day]" (+1), "two days [later]"
    (+2), "the [day] before" (-1); None for any other token ("the day after the vote", "a few
    days later", "the next meeting")."""
    head = token
    for _ in range(3):
        if (days := _day_shift(head)) is not None:
            return head, days
        if head.dep_ not in _PHRASE_DEPS or head.head is head:
            return None
        head = head.head
    return None


def _day_shift(head: Token) -> int | None:
    """The days a relative day phrase headed by ``head`` counts: a day noun after "the next"
    or "the previous", or with its own "later" or "before" ("a day after"), or a "later" or
    "earlier" with a counted day noun ("two days later")."""
    if head.lower_ in _AFTER | _BEFORE and head.dep_ in {"advmod", "prep"}:
        if any(c.dep_ in {"pobj", "pcomp"} for c in head.children):
            return None
        nouns = [c for c in head.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"]
        count = _count(nouns[0]) if nouns else None
        if count is None:
            return None
        return count if head.lower_ in _AFTER else -count
    if (head.lower_ not in DAY_NOUNS and head.lower_ != "days") or head.tag_ not in {"NN", "NNS"}:
        return None
    if any(c.dep_ == "prep" and c.i > head.i and list(c.children) for c in head.children):
        return None  # "the day after the vote", "the next day of talks"
    kids = list(head.children)
    if any(c.lower_ == "the" and c.dep_ == "det" for c in kids):
        if any(c.lower_ in _NEXT and c.dep_ == "amod" for c in kids):
            return 1
        if any(c.lower_ in _PREVIOUS and c.dep_ == "amod" for c in kids):
            return -1
    adverbs = [c for c in kids if c.i > head.i and c.dep_ in {"advmod", "prep"}]
    count = _count(head, definite=True) if head.lower_ in {"day", "days"} else None
    for adverb in adverbs:
        if count is not None and adverb.lower_ in _AFTER:
            return count
        if count is not None and adverb.lower_ in _BEFORE:
            return -count
    return None


def _count(noun: Token, *, definite: bool = False) -> int | None:
    """How many days a day noun counts: "[two] days", "[a] day", with ``definite`` also
    "[the] day"; None for a vague count ("a few days", "several days")."""
    kids = [c for c in noun.children if c.i < noun.i]
    if any(c.dep_ == "amod" or c.lower_ in {"few", "several", "couple"} for c in kids):
        return None
    numbers = [c for c in kids if c.dep_ == "nummod"]
    if numbers:
        word = numbers[0].lower_
        return int(word) if word.isdigit() else _COUNTS.get(word)
    det = next((c.lower_ for c in kids if c.dep_ == "det"), None)
    if det == "the" and definite and noun.lower_ == "day":
        return 1
    return _COUNTS.get(det) if det is not None and det != "the" else None


def antecedent(noun: Token, names_day: Callable[[Token], bool]) -> Token | None:
    """The first token of the date an anaphoric day noun points back at: the nearest earlier
    date or time, in its sentence or the one before, that ``names_day`` (other dates, "in
    March" or "the past week", name no day and are passed over; so are other anaphoric
    days). The day of "the same day as X" is that of the nearest earlier sentence naming X
    (``compared_noun``)."""
    if (compared := compared_noun(noun)) is not None:
        return _compared_day(noun, compared, names_day)
    doc = noun.doc
    sent_start = noun.sent.start
    first = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    return _last_day(doc, first, noun.left_edge.i, names_day)


def _last_day(doc: Doc, first: int, end: int, names_day: Callable[[Token], bool]) -> Token | None:
    """The first token of the last date among tokens ``first`` to ``end`` that ``names_day``
    and is no anaphoric day itself, or None."""
    i = end - 1
    while i >= first:
        if doc[i].ent_type_ in DATE_ENTS:
            while i > first and doc[i].ent_iob_ == "I":
                i -= 1
            if anaphoric_day(doc[i]) is None and names_day(doc[i]):
                return doc[i]
        i -= 1
    return None


def _compared_day(noun: Token, compared: Token, names_day: Callable[[Token], bool]) -> Token | None:
    """The first token of the last date naming a day in the nearest sentence before ``noun``
    (its own, up to its phrase, or one of the few before) that names the compared noun again:
    "The board met on [May 3]. [...] The court ruled on the same day as the board"."""
    doc = noun.doc
    lemma = compared.lemma_.lower()
    end = noun.left_edge.i
    sent = noun.sent
    for _ in range(_COMPARED_REACH + 1):
        tokens = doc[sent.start : end]
        names_compared = any(
            t.lemma_.lower() == lemma and t.pos_ in {"NOUN", "PROPN"} for t in tokens
        )
        if names_compared and (day := _last_day(doc, sent.start, end, names_day)) is not None:
            return day
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        end = sent.end
    return None
