"""Genders taught by the "he" and "she" of the narration.

A "he" or "she" outside quotation marks that is the subject of a main clause teaches its
gender to the person it can only stand for: the one person named as a subject in its
sentence or the two before, when no other person of a fitting gender is a subject there
("Oll was involved in a crash. She left the country.": Oll is a woman; not in
"Lee met Cole, who had won. She left.", where both are subjects), and when no noun for someone
of that gender stands between them ("Lee hit his sister. She was 26.": the sister may be
meant) nor a "he" or "she" of the other gender ("Ann Lee spoke. Bo Ray died. He was 19. She
said ...": the "he" stands for Ray, so "she" may not). A person already known to have the
other gender is no candidate. The gender then rules out that person for pronouns of the
other gender later ("Bo Ray died. He was 19. ... She said ...": not Ray).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.entities import Entity
from foretold.attribution.misplaced_subjects import NSUBJ_DEPS
from foretold.attribution.role_genders import FEMALE_ROLES, MALE_ROLES
from foretold.attribution.sentence_reach import reach_start

SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
_REACH = 2  # sentences before the pronoun searched for its person
_GENDER_NOUNS = {
    "f": FEMALE_ROLES | {"woman", "girl", "lady"},
    "m": MALE_ROLES | {"man", "boy", "gentleman"},
}


def taught_gender(
    pronoun: Token, people: list[tuple[Token, Entity]], in_quote: list[int]
) -> tuple[Entity, str] | None:
    """The person a narrating subject "he" or "she" must stand for and the gender it gives
    them, or None when the pronoun is quoted, not a main-clause subject, or could stand for
    more than one person. ``people`` are the person mentions before the pronoun, in text
    order."""
    gender = SUBJECT_PRONOUNS.get(pronoun.lower_)
    if gender is None or in_quote[pronoun.i] >= 0 or pronoun.dep_ not in NSUBJ_DEPS:
        return None
    if not main_clause(pronoun.head):
        return None
    start = reach_start(pronoun, _REACH)
    found: set[int] = set()
    person: Entity | None = None
    at = pronoun.i
    for head, entity in people:
        if head.i < start or head.i >= pronoun.i or in_quote[head.i] >= 0:
            continue
        if entity.gender not in {None, gender} or head.dep_ not in NSUBJ_DEPS:
            continue
        found.add(id(entity))
        person, at = entity, head.i
    if person is None or len(found) > 1:
        return None
    if any(_other_person(t, gender) for t in pronoun.doc[at : pronoun.i]):
        return None
    return person, gender


def _other_person(token: Token, gender: str) -> bool:
    """A word between a person and a pronoun of ``gender`` that may mean someone else: a noun
    for someone of that gender ("sister") or a subject "he" or "she" of the other gender."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in _GENDER_NOUNS[gender]:
        return True
    other = SUBJECT_PRONOUNS.get(token.lower_)
    return other is not None and other != gender and token.dep_ in NSUBJ_DEPS


def unnamed_newcomer(token: Token, gender: str) -> bool:
    """Whether a word brings in an unnamed person of ``gender`` with an indefinite phrase:
    "one of" people of that gender or "a" noun for one ("after one of their daughters
    escaped", "a woman called police"); not a phrase given a name ("a son, Bo Ray") nor one
    said of a person ("Bo Ray, a spokesman").

    A "he" or "she" soon after stands for that newcomer rather than anyone named before."""
    noun = token
    if token.lower_ == "one":
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), token) if prep else token
        if noun is token:
            return False
    elif not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.lefts):
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _GENDER_NOUNS[gender]:
        return False
    if token.dep_ in {"appos", "attr"}:
        return False  # "Bo Ray, a spokesman", "Lee is a mother": said of someone named
    named = (*token.children, *noun.children)
    return not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in named)


def newcomer_span(token: Token) -> Span:
    """The words that bring in an unnamed person (`unnamed_newcomer`): "one of their
    daughters", "a young woman"."""
    end = token.i + 1
    if token.lower_ == "one":
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        end = noun.i + 1 if noun is not None else end
    return token.doc[token.left_edge.i : end]


def main_clause(verb: Token) -> bool:
    """A verb of the main clause: the root or a verb joined to it by "and"."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
