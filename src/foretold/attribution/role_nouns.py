"""Who a role phrase refers to: an office holder, a relative or a family.

- A definite role noun ("the Russian leader", "the 78-year-old U.S. president") is the most
  recent person whose roles share the noun (or, for a general word such as "the leader",
  any head of state; a named office stands for no other: "the president" is no party leader;
  or the other title of the same post with the same field: "the foreign minister" for
  "Foreign Secretary Anton Vela"), the country, any word of rank ("the vice president" is not
  the president) and any noun of its field ("the health minister" is not "Aviation Minister").
  A noun held only under a rank that makes another office is not held ("the president" or
  "the premier" is not "Vice President Ann Lee", nor "the minister" a deputy minister), nor
  an office named before a noun of one who seeks it ("the mayor" is not "Lord Mayor candidate
  Ann Lee"). An "of" phrase after the noun gives its country ("the president of Ruritania"),
  and a name set beside it ("the current mayor, Ann Lee,") says who it is.
- A role noun after proper nouns ("the Indian Prime Minister", "Chess Federation President")
  is the most recent person the article gives that office.
- A bare capitalised title ("the Speaker") is whoever holds it, if anyone does.
- A kin noun ("his daughter") is the relative it introduced ("his daughter Ann Reed"), and the
  plural of a surname ("the Turpins") is the family.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from foretold.attribution.entities import (
    COURTESY_TITLES,
    HONORIFICS,
    KIN_NOUNS,
    LEADER_WORDS,
    OFFICE_WORDS,
    ROLE_NOUNS,
    ROLE_WORD,
    Entity,
    country_key,
)

# Words that make a role another office: "the vice president" is not the president.
RANK_WORDS = frozenset(
    {"vice", "deputy", "assistant", "associate", "acting", "interim", "former", "first"}
    | {"lieutenant", "junior", "senior", "chief", "under", "co"}
)

# Words of rank that make another office of the noun after them: a vice president is not the
# president, a deputy minister not the minister (but a chief or associate justice is a justice).
_OTHER_OFFICE_RANKS = frozenset({"vice", "deputy", "lieutenant", "under"})

# Nouns for one who seeks the office named before them: a mayor candidate is no mayor.
_SEEKER_NOUNS = frozenset({"candidate", "candidates", "nominee", "hopeful", "contender"})
# Tags of a proper noun that may name a person: a person's, or none the tagger gave; a place
# set beside the noun names no one ("the mayor of Velda, Kessel Province").
_PERSON_TAGS = frozenset({"PERSON", ""})
# Tags of a place an office belongs to.
_PLACES = frozenset({"GPE", "LOC", "NORP"})

# Honorifics written short ("Sen.", "Capt."), which a definite role phrase never spells.
_SHORT_TITLES = frozenset(
    {"sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "prof", "rev", "mme", "mlle"}
)
# Nouns for one at the head of something, which may stand for any named office at the head
# ("the leader", "the head" for a president or a premier); a named office stands for no other
# ("the president" is not "Minority Leader Ann Lee", nor "the chancellor" a president).
_GENERIC_LEADER_WORDS = frozenset({"leader", "head", "chief"})

# Nouns a definite role phrase may head: the role nouns and the titles of an office or a rank
# written before a name ("Commissioner Ann Lee ... the commissioner said", "Sheriff Bo Ray
# ... the sheriff"); courtesy titles ("Mr", "Dame") name no office.
DEFINITE_ROLE_NOUNS = ROLE_NOUNS | (HONORIFICS - COURTESY_TITLES - {"sir", "lord"} - _SHORT_TITLES)

# Role nouns that are also body parts: they name an office only with the thing led after
# them ("the head of the agency"); bare, they are the body part ("shot him in the head").
_BODY_ROLE_NOUNS = frozenset({"head"})


def names_office(root: Token) -> bool:
    """Whether a role noun reads as an office: a noun that is also a body part ("head") must
    have an "of" phrase after it ("the head of the police said" but not "hit in the head" or
    "the head covering")."""
    if root.lower_ not in _BODY_ROLE_NOUNS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def role_holder(chunk: Span, entities: list[Entity]) -> Entity | None:
    """The person a definite role phrase ("the Russian leader") refers to, if one fits; the
    place of an "of" phrase after it counts as its country ("the president of Ruritania" is
    not the president of another land), and a phrase with a name set beside it names that
    person ("The current mayor, Ann Lee, ...": Ann Lee, if met; ``_apposed_name``)."""
    root = chunk.root
    if not names_office(root):
        return None
    if (name := _apposed_name(root)) is not None:
        return next((e for e in entities if _names_at(e, name.idx)), None)
    countries = {k for t in chunk if t != root for k in [country_key(t.text)] if k}
    countries |= {k for t in _of_place(root) for k in [country_key(t.text)] if k}
    ranks = {t.lower_ for t in chunk if t != root and t.lower_ in RANK_WORDS}
    portfolio = field_nouns(chunk)
    noun = root.lower_
    best: Entity | None = None
    best_seen = -1
    for entity in entities:
        seen = max((m[0] for m in entity.mentions if m[0] < root.idx), default=-1)
        if entity.kind != "person" or seen < 0 or not entity.roles:
            continue
        words = entity.role_words()
        held = words if ranks else held_role_words(entity.roles)
        leads = noun in _GENERIC_LEADER_WORDS and bool(held & LEADER_WORDS)
        if noun not in held and not leads and not same_office(chunk, words):
            continue
        if countries and not countries & entity.countries:
            continue
        if not ranks <= words:  # "the vice presidential nominee" is not the nominee
            continue
        if not portfolio <= words:  # "the health minister" is not the aviation minister
            continue
        if noun == "leader" and not countries:
            continue
        if seen > best_seen:
            best, best_seen = entity, seen
    return best


def _apposed_name(root: Token) -> Token | None:
    """The proper name set beside a role noun ("the current mayor, Ann Lee,"), which names
    the one the role phrase describes, or None."""
    return next(
        (
            c
            for c in root.children
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and c.i > root.i
            and c.ent_type_ in _PERSON_TAGS
        ),
        None,
    )


def _names_at(entity: Entity, char: int) -> bool:
    """Whether one of an entity's mentions covers the character at ``char``."""
    return any(start <= char < end for start, end, _ in entity.mentions)


def _of_place(root: Token) -> list[Token]:
    """The place an "of" phrase right after a role noun names ("the president of Turkey":
    Turkey), which says where the office is."""
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == root.i + 1:
            return [t for t in prep.subtree if t.i > prep.i and t.ent_type_ in _PLACES]
    return []


def held_role_words(roles: Iterable[str]) -> set[str]:
    """The words of a person's roles that name an office they hold: all but a noun written
    after a word of rank that makes another office ("Vice President Ann Lee" holds no
    "president"; "President and Vice Chair Ann Lee" does) and the office before a noun of one
    who seeks it ("Lord Mayor candidate Ann Lee" holds no "mayor")."""
    held: set[str] = set()
    for role in roles:
        words = [w.lower() for w in ROLE_WORD.findall(role)]
        held.update(
            w
            for i, w in enumerate(words)
            if (i == 0 or words[i - 1] not in _OTHER_OFFICE_RANKS)
            and not (i + 1 < len(words) and words[i + 1] in _SEEKER_NOUNS)
        )
    return held


def field_nouns(chunk: Span) -> set[str]:
    """The lower-case nouns that name the field of a role phrase's office ("the local health
    minister": health), which its holder's roles, if the article gives any, must share."""
    root = chunk.root
    return {
        t.lower_
        for t in chunk
        if t.dep_ == "compound" and t.head == root and t.pos_ == "NOUN" and t.is_lower
    }


# Nouns that name the same post under another title: a "foreign minister" is the country's
# "Foreign Secretary" and a "defence secretary" its "Defence Minister".
_SAME_OFFICES = {"minister": "secretary", "secretary": "minister"}


def same_office(chunk: Span, role_words: set[str]) -> bool:
    """Whether a role phrase names, under the other title, a post given with the same field
    words ("the foreign minister" of "Foreign Secretary Anton Vela"; not "the finance
    minister", nor a bare "the minister")."""
    root = chunk.root
    other = _SAME_OFFICES.get(root.lower_)
    if other is None or other not in role_words:
        return False
    fields = {
        t.lower_
        for t in chunk
        if t.head == root and t.dep_ in {"amod", "compound"} and t.is_alpha and t.is_lower
    }
    return bool(fields) and fields <= role_words and not fields & RANK_WORDS


def office_holder(head: Token, body: Span, entities: list[Entity]) -> Entity | None:
    """The person the article gives the office a role noun after proper nouns names ("the
    Indian Prime Minister", "Chess Federation President"), the most recent if several."""
    words = {t.lower_ for t in body if t.is_alpha and t.lower_ not in {"of", "the", "and"}}
    holders = [
        e
        for e in entities
        if e.kind == "person" and head.lower_ in e.role_words() and words & e.role_words()
    ]
    return max(holders, key=lambda e: e.last_seen) if holders else None


def bare_title(mention: Span, head: Token) -> bool:
    """A capitalised title alone after "the" ("the Speaker", "the President")."""
    return (
        len(mention) == 2
        and mention[0].lower_ == "the"
        and head.i == mention.end - 1
        and head.is_title
        and head.lower_ in OFFICE_WORDS
    )


def introduced_relative(head: Token, entities: list[Entity]) -> Entity | None:
    """The person last introduced by the same kin noun ("his daughter Ann Reed"), which a
    later "his daughter" refers to."""
    if head.lower_ not in KIN_NOUNS or head.tag_ != "NN":
        return None
    found = [
        e
        for e in entities
        if e.relative and head.lower_ in e.roles and e.mentions and e.mentions[0][0] < head.idx
    ]
    return max(found, key=lambda e: e.mentions[0][0]) if found else None


def names_family(head: Token, entities: list[Entity]) -> bool:
    """A plural of a person's surname names the family ("the Turpins" after "David
    Turpin")."""
    if head.tag_ != "NNPS" or not head.lower_.endswith("s"):
        return False
    singular = {head.lower_[:-1], head.lower_[:-2]}
    return any(e.kind == "person" and e.surname in singular for e in entities)
