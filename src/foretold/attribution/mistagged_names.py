"""Names the tagger labels PERSON that are not people.

Before an article's people are built, these are set aside: one-word names used as a place
("in Kiev", "the West and Kiev") or only as a nationality adjective ("Tongan time"), names
with a digit ("COVID-19"), the article's own publisher, one-word names used as a medium
("wrote on Twitter") and one-word names the text describes as an organisation ("low-cost
airline Ryanair", "the vice president of Dacia").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.cues import MEDIUM_PREPOSITIONS
from foretold.attribution.entities import ORG_DESCRIPTORS, demonym_modifier, title_before
from foretold.ids import normalise_name

_LOCATIVE_PREPS = frozenset(
    {"in", "into", "from", "across", "near", "toward", "towards", "inside", "throughout"}
)
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def place_like_names(people: list[Span]) -> set[str]:
    """One-word "person" names the tagger got wrong: never part of a longer name, never
    titled, and used as a place ("in Kiev", "the West and Kiev") or only as a nationality
    adjective ("Tongan time")."""
    longer = {t.lower_ for ent in people if len(ent) > 1 for t in ent}
    places = set()
    for ent in people:
        if len(ent) != 1 or ent.text.lower() in longer or ent.text in places:
            continue
        uses = [e.root for e in people if e.text == ent.text]
        if any(title_before(u.doc, u.i)[1] for u in uses):
            continue
        if any(_used_as_place(u) for u in uses) or all(demonym_modifier(u) for u in uses):
            places.add(ent.text)
    return places


# Words whose "on" phrase names where something appeared: "wrote on Twitter", "a statement on
# Facebook", "trended on TikTok".
_POSTING_WORDS = frozenset(
    {
        "post", "write", "say", "announce", "tweet", "trend", "share", "publish", "speak",
        "statement", "announcement", "message", "video", "comment", "account", "page",
        "profile", "bio", "feed", "viral",
    }
)  # fmt: skip


def medium_names(people: list[Span], publisher: str | None = None) -> set[str]:
    """ "Person" names the tagger gave to things that are not people: names with a digit
    ("COVID-19"), the article's own publisher, and one-word names used only as a medium
    ("wrote on Twitter", "via Facebook") or as its possessor ("whose Twitter bio")."""
    longer = {t.lower_ for ent in people if len(ent) > 1 for t in ent}
    named = {normalise_name(publisher).removeprefix("the ")} if publisher else set()
    media = set()
    for ent in people:
        if (
            any(c.isdigit() for c in ent.text)
            or normalise_name(ent.text).removeprefix("the ") in named
        ):
            media.add(ent.text)
            continue
        if len(ent) != 1 or ent.text.lower() in longer or ent.text in media:
            continue
        uses = [e.root for e in people if e.text == ent.text]
        if any(title_before(u.doc, u.i)[1] for u in uses):
            continue
        if any(_used_as_medium(u) for u in uses):
            media.add(ent.text)
    return media


def described_organisations(people: list[Span]) -> set[str]:
    """One-word "person" names the text describes as an organisation: a common noun such as
    "airline" or "broadcaster" right before the name and modifying it ("low-cost airline
    Ryanair"), or an office held in it ("the vice president of Dacia")."""
    longer = {t.lower_ for ent in people if len(ent) > 1 for t in ent}
    single = {ent.text for ent in people if len(ent) == 1}
    doc = people[0].doc if people else None
    found = {t.text for t in doc or () if t.text in single and _office_in(t)}
    for ent in people:
        if ent.start == 0 or len(ent) != 1 or ent.text.lower() in longer:
            continue
        before = ent.doc[ent.start - 1]
        if before.is_lower and before.lower_ in ORG_DESCRIPTORS and before.head in ent:
            found.add(ent.text)
    return {name for name in found if name.lower() not in longer}


# Offices held in an organisation, never in a person ("the chief executive of Velora").
_OFFICES = frozenset(
    {
        "president", "director", "ceo", "chairman", "chairwoman", "chairperson", "founder",
        "co-founder", "executive", "spokesperson", "spokesman", "spokeswoman", "employee",
        "employees", "headquarters", "shareholders", "subsidiary",
    }
)  # fmt: skip


def _office_in(token: Token) -> bool:
    """ "the vice president of Dacia", "the founder of Ostrava" (not "the son of Reed")."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _OFFICES
        and prep.head.tag_ in {"NN", "NNS"}
    )


def _used_as_medium(token: Token) -> bool:
    """ "wrote on Twitter", "via Facebook", "whose Twitter bio", "the Twitter network"."""
    if token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPOSITIONS:
        return True
    return token.dep_ in {"compound", "poss", "nmod"} and (
        token.head.lemma_.lower() in _POSTING_WORDS or token.head.lower_ == "network"
    )


def _used_as_place(token: Token) -> bool:
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS:
        return True
    conjoined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        conjoined.append(head)
    return any(c.ent_type_ in _PLACE_ENTS for c in conjoined)
