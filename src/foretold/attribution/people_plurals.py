"""Plural common nouns for people, which a "they" can stand for.

Besides the nouns `people_noun` knows ("officials", "researchers"), a plural names people
when its singular is a title written before names ("prosecutors", "historians"), one of the
occupations and sides news reports on ("investigators", "astronomers", "rebels"), or ends
like a word for a practitioner ("dentists", "physicians"). A quantity noun stands for the
group it measures ("thousands of protesters": protesters). Things ("sheets", "flies",
"stores") are none of these.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import NAME_TITLES, QUANTITY_NOUNS, people_noun

# Singular nouns for people that news often continues with "they" in the plural.
PEOPLE_NOUNS = frozenset(
    [
        *("prosecutor", "investigator", "detective", "astronomer", "soldier", "troop"),
        *("rebel", "militant", "demonstrator", "fan", "player", "organizer", "organiser"),
        *("lawyer", "official", "authority", "scholar", "academic", "biologist", "writer"),
        *("volunteer", "participant", "attendee", "villager", "citizen", "parent", "child"),
        *("firefighter", "rescuer", "paramedic", "guard", "pilot", "crew", "staff", "judge"),
        *("inspector", "regulator", "negotiator", "delegate", "legislator", "councillor"),
        *("manager", "executive", "developer", "designer", "producer", "director", "artist"),
        *("police", "officer", "agent", "owner", "operator", "sponsor", "founder"),
    ]
)
_PRACTITIONER_ENDINGS = ("ist", "ian")
_SHORTEST_PRACTITIONER = 7  # "dentist"; not "list", "twist", "assist"


def people_plural(noun: Token) -> bool:
    """Whether a plural common noun names people ("prosecutors", "the astronomers",
    "economists", "thousands of students"); "the sheets", "the flies" name none."""
    noun = measured(noun)
    if people_noun(noun):
        return True
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_NOUNS or lemma in NAME_TITLES or noun.lower_ in PEOPLE_NOUNS:
        return True
    return (
        noun.tag_ == "NNS"
        and len(lemma) >= _SHORTEST_PRACTITIONER
        and lemma.endswith(_PRACTITIONER_ENDINGS)
    )


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
