"""Plural common nouns for people, which a "they" can stand for.

Besides the nouns `people_noun` knows ("officials", "investigators", "rebels"), a plural names
people when its singular is a title written before names ("historians"), the members of a
body ("the authorities", "crews"), or ends like a word for a practitioner ("dentists",
"physicians"; `agent_noun`). A quantity noun stands for the group it measures ("thousands of
protesters": protesters). Things ("sheets", "flies", "stores") are none of these.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import NAME_TITLES, QUANTITY_NOUNS, people_noun

# Nouns for a body of people, whose plural names its members: "the authorities", "crews".
MEMBERED_BODIES = frozenset({"troop", "crew", "staff", "police", "authority"})
# Endings of nouns for one who does something: "seller", "investigator", "chemist",
# "historian", "correspondent", "councilman", "chairperson", "neurosurgeon"; but "-ment"
# ends things ("the payment").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "surgeon")
# The endings of these that only practitioners have, on a word long enough not to be a thing.
_PRACTITIONER_ENDINGS = ("ist", "ian", "surgeon")
_SHORTEST_PRACTITIONER = 7  # "dentist"; not "list", "twist", "assist"


def agent_noun(word: str, *, sure: bool = False) -> bool:
    """Whether a lower-case noun ends like one for one who does something ("seller",
    "correspondent", "chemist"; not "payment"); if ``sure``, only by an ending no thing has
    ("dentist", "historian"; not "paper", "list")."""
    if sure:
        return len(word) >= _SHORTEST_PRACTITIONER and word.endswith(_PRACTITIONER_ENDINGS)
    return word.endswith(_AGENT_ENDINGS) and not word.endswith("ment")


def people_plural(noun: Token) -> bool:
    """Whether a plural common noun names people ("prosecutors", "the astronomers",
    "economists", "thousands of students"); "the sheets", "the flies" name none."""
    noun = measured(noun)
    if people_noun(noun):
        return True
    lemma = noun.lemma_.lower()
    if lemma in MEMBERED_BODIES or lemma in NAME_TITLES or noun.lower_ in MEMBERED_BODIES:
        return True
    return noun.tag_ == "NNS" and agent_noun(lemma, sure=True)


def measured(noun: Token) -> Token:
    """The group a quantity noun measures ("thousands of students": students), else the
    noun itself."""
    if noun.lower_ not in QUANTITY_NOUNS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return noun
