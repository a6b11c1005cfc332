"""The gender a role gives the person who holds it.

A role's head noun is its last word before any "of", "to", "for" or similar phrase, so that
the phrase names someone else whose gender it does not give: in "fiancée of journalist Ann
Lee" or "the mayor's wife" the holder is a woman, whatever the mayor or Ann Lee is. Only nouns
that name one sex count ("widow", "king", "actress"), never ones used for both ("chair",
"actor", "partner"); a person given roles of both genders gets neither. The person a spouse
noun names the other spouse of is of the other sex ("the widow of Tomas Brandt", "Bo Ray's
wife": Brandt and Ray are men).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from foretold.attribution.cues import word_set
from foretold.attribution.entities import FEMALE_NOUNS, MALE_NOUNS
from foretold.ids import strip_accents

FEMALE_ROLES = FEMALE_NOUNS | word_set(
    """
    wife widow mother daughter sister girlfriend fiancee grandmother granddaughter niece aunt
    stepmother stepdaughter mum mom queen princess duchess empress baroness countess heiress
    actress waitress policewoman sportswoman congresswoman assemblywoman councilwoman
    """
)
MALE_ROLES = MALE_NOUNS | word_set(
    """
    husband widower father son brother boyfriend fiance grandfather grandson nephew uncle
    stepfather stepson dad king prince duke emperor baron policeman sportsman assemblyman
    councilman
    """
)
# Spouse nouns, each naming a partner of the other sex ("widow of Bo Ray": Ray is a man).
_SPOUSE_GENDERS = {
    **dict.fromkeys(("wife", "widow", "fiancee", "fiancée", "girlfriend"), "m"),
    **dict.fromkeys(("husband", "widower", "fiance", "fiancé", "boyfriend"), "f"),
}
# Words that open a phrase naming someone other than the role's holder.
_PHRASE_OPENERS = frozenset({"of", "to", "for", "at", "in", "with", "from", "on", "and", "who"})


def role_gender(role: str) -> str | None:
    """The gender ("f" or "m") the head noun of a role gives its holder, or None ("fiancée of
    journalist Ann Lee": f; "the senator's husband": m; "a former chair": None)."""
    head = ""
    for word in role.replace(",", " , ").split():
        if word.lower() in _PHRASE_OPENERS or word == ",":
            break
        head = word
    key = strip_accents(head.lower().strip(".'\u2019"))
    if key.endswith(("'s", "\u2019s")):
        return None
    if key in FEMALE_ROLES:
        return "f"
    if key in MALE_ROLES:
        return "m"
    return None


def roles_gender(roles: Iterable[str]) -> str | None:
    """The one gender a person's roles agree on, or None when they give none or both
    ("wife of Bo Ray" and "a nurse": f)."""
    found = {gender for role in roles if (gender := role_gender(role)) is not None}
    return found.pop() if len(found) == 1 else None


def spouse_gender(name: Span) -> str | None:
    """The gender of a person named as someone's spouse by a spouse noun before "of" or after
    the possessive name ("the widow of Tomas Brandt", "widow of the late senator Tomas
    Brandt", "Bo Ray's wife": m), or None."""
    token = name.root
    if token.dep_ in {"appos", "compound"} and token.head.i < token.i:
        token = token.head  # "the late senator Tomas Brandt"
    if token.dep_ == "poss":
        return _SPOUSE_GENDERS.get(token.head.lower_)
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return _SPOUSE_GENDERS.get(token.head.head.lower_)
    return None
