"""Verbs of striking that find fault with someone over a matter named by "on": "the ad hits
[the mayor on taxes]", "she knocked [him on trade]"; the person struck and the matter are the
content. Without such a phrase, with a body part ("hit him on the head") or with a time or
venue ("hit her on Monday", "on the campaign trail"), the verb is a blow or an act, not words;
so is it with "for", which mostly names an amount or a purpose ("hit them for $500")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content_ends import when_or_where
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import AMOUNT_ENTS, HITTING_VERBS, HUMAN_SUBJECTS, SPEAKING_THINGS
from foretold.attribution.entities import GROUP_WORDS, ORG_WORDS, PERSON_NOUNS, ROLE_NOUNS
from foretold.attribution.ranges import finish
from foretold.attribution.speaker_words import OBJECT_PRONOUNS
from foretold.attribution.speakers import subject_of

# Personal pronouns and words for people that stand for someone struck: "hit [him] on trade".
_STRUCK_PEOPLE = OBJECT_PRONOUNS | GROUP_WORDS | ORG_WORDS | PERSON_NOUNS | ROLE_NOUNS
# Pronouns of people who find fault: "[she] hit him on trade".
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "who"})
# Words for people, groups and the things that speak for them: "the ad hits him on trade".
_FAULTFINDERS = SPEAKING_THINGS | GROUP_WORDS | ORG_WORDS | PERSON_NOUNS | ROLE_NOUNS | _PERSONAL
# Objects of "on" that make the verb a blow or an errand: "on the head", "on behalf of".
_PHYSICAL_MATTERS = frozenset(
    {
        "behalf", "head", "face", "back", "arm", "arms", "leg", "legs", "chest", "hand",
        "hands", "body", "neck", "shoulder", "knee", "nose", "jaw", "stomach", "ground", "floor",
    }
)  # fmt: skip


def faulting_hit(doc: Doc, verb: Token) -> Cue | None:
    """A verb of striking with a person or group for object and an "on" phrase naming the
    matter, its subject a person, a group or what speaks for them: "the senator hit [the
    governor on trade]", "a new ad hits [her on missed votes]"."""
    if verb.lemma_.lower() not in HITTING_VERBS:
        return None
    struck = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if struck is None or not _person(struck):
        return None
    matters = [p for p in verb.rights if p.i > struck.i and _matter(p)]
    matters += [p for p in struck.rights if _matter(p)]
    subject = subject_of(verb)
    if not matters or subject is None or not _faultfinder(subject):
        return None
    end = max(p.right_edge.i for p in matters) + 1
    ranges = finish(doc, [(struck.left_edge.i, end)], verb.i)
    if not ranges:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *ranges[0])])


def _person(noun: Token) -> bool:
    """Whether a noun names a person or group: "Lee", "him", "the governor", "the party"."""
    return _named_or_in(noun, _STRUCK_PEOPLE)


def _faultfinder(subject: Token) -> bool:
    """Whether a subject can find fault: a person, a group or what speaks for them ("the ad"),
    not a thing that strikes ("the storm hit them on Monday")."""
    return _named_or_in(subject, _FAULTFINDERS)


def _named_or_in(token: Token, words: frozenset[str]) -> bool:
    """A name of a person or body, or a word (or its lemma) among the given words."""
    return (
        token.ent_type_ in HUMAN_SUBJECTS
        or token.pos_ == "PROPN"
        or token.lower_ in words
        or token.lemma_.lower() in words
    )


def _matter(prep: Token) -> bool:
    """An "on" phrase naming a matter, not a body part, an errand, a time, an amount or the
    venue of the words: "on trade" (not "on the head", "on Monday", "on the campaign trail")."""
    if prep.dep_ != "prep" or prep.lower_ != "on":
        return False
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    return (
        bool(objects)
        and objects[0].lower_ not in _PHYSICAL_MATTERS
        and objects[0].ent_type_ not in AMOUNT_ENTS
        and not when_or_where(prep)
    )
