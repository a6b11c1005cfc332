"""People, organisations and groups in one article, with the roles the article gives them.

Roles come from titles before a name ("Russian Foreign Minister Sergei Lavrov"), appositions
("Tatiana Stanovaya, founder of ...") and copular relative clauses ("Conley, who is with ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cues import EVIDENCE_NOUNS
from foretold.records import EntityKind

# Honorifics stripped from a canonical name (the titled form stays an alias).
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "adm", "prof", "rev", "sir", "dame", "lord", "judge", "justice", "president", "senator",
    "governor", "secretary", "minister", "chancellor", "mayor", "speaker", "pope", "king",
    "queen", "prince", "princess", "sheikh", "ayatollah", "mme", "mlle", "herr", "frau",
}  # fmt: skip
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "herr"}
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "queen", "princess", "mme", "mlle", "frau"}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of noun phrases that name a role a person holds ("the Russian leader").
ROLE_NOUNS = _words(
    """
    president leader minister chancellor premier senator governor secretary candidate nominee
    spokesman spokeswoman spokesperson chairman chairwoman chair director chief head official
    ambassador envoy king queen prince mayor congressman congresswoman lawmaker representative
    general commander adviser advisor aide analyst expert scholar professor economist founder
    ceo executive manager attorney lawyer judge justice strategist pollster diplomat
    """
)
LEADER_WORDS = frozenset({"leader", "president", "premier", "chancellor", "head", "chief"})
GROUP_WORDS = _words(
    """
    analysts officials experts observers critics supporters voters people americans democrats
    republicans lawmakers diplomats sources aides advisers advisors economists investors
    residents leaders members activists protesters scientists researchers polls surveys many
    some others several most few all both
    """
)
_TITLE_PARTS = {"of", "for", "the"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}
_HEADLINE_DASH = re.compile(r"^(?:then|former|ex)[-\u2010\u2011]", re.IGNORECASE)
_WORD = re.compile(r"[\w.'\u2019-]+")


def country_key(word: str) -> str | None:
    """A comparable key for a country or nationality word ("U.S." ~ "American" ~ "United")."""
    low = word.lower().strip(".")
    if low in {"u.s", "us", "american", "americans", "america", "united", "usa", "u.s.a"}:
        return "us"
    if low in {"uk", "u.k", "british", "britain"}:
        return "uk"
    if len(low) < 4 or not word[:1].isupper():
        return None
    return low[:4]


@dataclass(eq=False)
class Entity:
    """A person, organisation or group being assembled from its mentions in one article."""

    name: str
    kind: EntityKind
    surname: str = ""
    first: str = ""
    gender: str | None = None
    aliases: dict[str, None] = field(default_factory=dict)
    roles: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    last_seen: int = -1

    def add_mention(self, start: int, end: int, text: str) -> None:
        self.mentions.append((start, end, text))
        self.last_seen = max(self.last_seen, start)
        if text != self.name:
            self.aliases.setdefault(text, None)

    def add_role(self, role: str) -> None:
        role = _HEADLINE_DASH.sub("", role.strip(" ,;:-\u2014")).strip()
        if (
            len(role) < 3
            or role.lower().rstrip(".") in MALE_TITLES | FEMALE_TITLES | {"dr"}
            or role in self.roles
        ):
            return
        self.roles.setdefault(role, None)
        for word in _WORD.findall(role):
            key = country_key(word)
            if key:
                self.countries.add(key)

    def role_words(self) -> set[str]:
        return {w.lower() for role in self.roles for w in _WORD.findall(role)}


def title_before(doc: Doc, start: int) -> tuple[int, str]:
    """The title directly before token ``start`` ("Russian Foreign Minister"), as (index, text)."""
    i = start - 1
    first = start
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= sent_start:
        tok = doc[i]
        if "\n" in tok.text or tok.is_space or tok.is_punct and tok.text not in {"-", "."}:
            break
        if tok.ent_type_ == "PERSON":
            break
        lower = tok.lower_
        if (
            lower in ROLE_NOUNS
            or lower in {"vice", "deputy"}
            or ((tok.is_title or tok.is_upper) and tok.pos_ in _TITLE_POS)
        ):
            first = i
        elif (
            lower in _TITLE_PARTS
            and i > sent_start
            and (doc[i - 1].is_title or doc[i - 1].is_upper)
        ):
            pass
        elif (
            "-" in tok.text
            and tok.text.split("-")[-1].lower() in ROLE_NOUNS | {"vice"}
            or lower in {"then", "former", "ex"}
            and i + 1 < start
            and doc[i + 1].text == "-"
        ):
            first = i
        elif tok.text == "-":
            pass
        else:
            break
        i -= 1
    while first < start and doc[first].lower_ in _TITLE_PARTS | {"-"}:
        first += 1
    if first >= start:
        return start, ""
    return first, doc[first:start].text


def appositive_roles(head: Token) -> list[str]:
    """Roles in appositions and copular relative clauses attached to a name's head token."""
    roles: list[str] = []
    for child in head.rights:
        if (
            child.dep_ == "appos"
            and child.pos_ in {"NOUN", "PROPN"}
            and child.ent_type_ != "PERSON"
        ):
            roles.append(_subtree_text(child))
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            words = [t for t in child.subtree if t.dep_ not in {"nsubj", "punct"} and t != child]
            if words:
                roles.append(child.doc[words[0].i : words[-1].i + 1].text)
    return roles


def _subtree_text(token: Token) -> str:
    left, right = token.left_edge.i, token.right_edge.i
    doc = token.doc
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1].text


def name_parts(span: Span) -> tuple[list[str], str | None]:
    """The words of a person's name without honorifics or possessive, and a gender from them."""
    words = [
        t.text
        for t in span
        if not t.is_punct and t.tag_ != "POS" and t.text not in {"'s", "\u2019s"}
    ]
    gender = None
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        low = words[0].lower().rstrip(".")
        if low in MALE_TITLES:
            gender = "m"
        elif low in FEMALE_TITLES:
            gender = "f"
        words = words[1:]
    return words, gender


def kind_of(head: Token) -> EntityKind:
    """Whether a speaker phrase names a person, an organisation or a group."""
    if head.ent_type_ == "PERSON":
        return "person"
    if head.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LAW"}:
        return "group" if head.ent_type_ == "NORP" and head.tag_ == "NNPS" else "organization"
    lower = head.lower_
    if lower in EVIDENCE_NOUNS:
        return "organization"
    if head.tag_ in {"NNS", "NNPS"} or lower in GROUP_WORDS or lower in {"they", "we"}:
        return "group"
    if head.pos_ == "PROPN":
        return "person"
    return "person" if lower in ROLE_NOUNS or head.pos_ == "PRON" else "organization"
