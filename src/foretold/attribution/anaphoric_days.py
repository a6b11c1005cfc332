"""Anaphoric days: a day named by pointing back at one the text has just named ("In a meeting
[that day] he was told ...", "voted on Saturday afternoon, and the board announced it [that
night]", "[On the same day], the firm issued a release"). It is the day of the nearest earlier
date that names a day, in the same sentence or the one before; the tagger may leave the
phrase untagged ("that day") or tag it as a date or time ("that night", "the same day").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from foretold.attribution.mentions import DATE_ENTS

# Nouns of a day or of a part of one: "that day", "that night", "later that evening".
DAY_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening"})
# What a day noun's own qualifier hangs by: "the day [of] the vote", "that day [when] ...".
_QUALIFIER_DEPS = frozenset({"prep", "relcl", "acl"})


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
    if not pointing or any(c.i > noun.i and c.dep_ in _QUALIFIER_DEPS for c in noun.children):
        return None
    return noun


def antecedent(noun: Token, names_day: Callable[[Token], bool]) -> Token | None:
    """The first token of the date an anaphoric day noun points back at: the nearest earlier
    date or time, in its sentence or the one before, that ``names_day`` (other dates, "in
    March" or "the past week", name no day and are passed over; so are other anaphoric
    days)."""
    doc = noun.doc
    sent_start = noun.sent.start
    first = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    i = noun.left_edge.i - 1
    while i >= first:
        token = doc[i]
        if token.ent_type_ in DATE_ENTS:
            while i > first and doc[i].ent_iob_ == "I":
                i -= 1
            token = doc[i]
            if anaphoric_day(token) is None and names_day(token):
                return token
        i -= 1
    return None
