"""The body or place a group of people is said to belong to, written after the group's noun:
"officials in Omsk", "scientists from the University of Miami", "members of the city council".
A plural noun for people says little by itself ("officials said"); with the short phrase after
it the reader knows which officials. The phrase is a preposition of belonging and its object,
cut before a mark, a verb or a relative word, so that no clause, bracket, apposition or date
joins it ("scientists from the University of Miami who studied sharks": the phrase ends at
"Miami"). A definite plural after such a group looks back to it ("Scientists from the
University of Miami found ... The scientists said": the scientists from the University of
Miami). One person or the police keep a named body or place they are placed at ("an official
from TfL", "a federal judge in Texas", "police in Baytown"), not a common one ("a spokesman
in the office").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from foretold.attribution.entities import Entity, people_noun
from foretold.attribution.relative_people import AFFILIATION_PREPOSITIONS
from foretold.attribution.tagged_entities import DATE_ENTS

# Prepositions that say where a group belongs: those of a person's role ("officials [in] Omsk",
# "scientists [from] the university", "members [of] the council", "researchers [at] the
# institute", "officials [with] the agency", "lawyers [for] the city") and "sources [within]
# the ministry".
_BELONGING = AFFILIATION_PREPOSITIONS | {"within"}
# Prepositions that place one person or a force at a named body or place: "an official
# [from] the agency", "a judge [in] Texas", "police [in] Baytown", "a professor [at] Velo
# University" ("of" and "for" after a role are its office, ``mentions.office_end``).
_PLACING = frozenset({"from", "in", "at", "with"})
# Most words of a phrase of belonging, preposition included, not counting a possessive
# ending: "from the University of Miami and Velo Shark Expeditions".
_PHRASE_LENGTH = 10
# Plural nouns for groups that are not nouns for a person: "authorities", "troops".
_GROUP_NOUNS = frozenset({"authorities", "crews", "troops"})
# Words a phrase of belonging never ends with: "the University of Miami and" before a cut.
_OPEN_ENDS = frozenset({"CCONJ", "DET", "ADP", "PART", "SCONJ", "ADV"})


def group_noun(head: Token) -> bool:
    """A plural common noun for a group of people: "officials", "scientists",
    "neuroscientists", "authorities"; not a thing ("reports", "data") nor "police", which
    the tagger reads as singular and which names a force ("Velo police")."""
    if head.pos_ != "NOUN" or not head.is_alpha:
        return False
    lower, lemma = head.lower_, head.lemma_.lower()
    if lower in _GROUP_NOUNS:
        return True
    if head.tag_ != "NNS":
        return False
    return people_noun(head) or (lemma.endswith("ist") and len(lemma) > 5)


def affiliation_end(head: Token) -> int:
    """Where a group of people ends with the body or place it belongs to ("Officials in Omsk
    said", "scientists from the University of Miami and Apex Expeditions found": after "Omsk",
    "Expeditions"), or one person or the police with the named body or place they are placed
    at ("an official from TfL said": after "TfL"); right after the head when no such phrase
    follows it right away, or the phrase is a date ("officials in March"), longer than a short
    name, or has no object before its cut."""
    doc = head.doc
    after = head.i + 1
    group = group_noun(head)
    if after >= len(doc) or not (group or _one_of_people(head)):
        return after
    preposition = doc[after]
    if preposition.lower_ not in _BELONGING or preposition.head != head:
        return after
    objects = _objects(preposition)
    if not objects:
        return after
    if not group and (
        preposition.lower_ not in _PLACING or not all(_named_place(o) for o in objects)
    ):
        return after
    end = after + 1
    while end <= preposition.right_edge.i and not _cut(doc[end]):
        end += 1
    while end > after + 1 and doc[end - 1].pos_ in _OPEN_ENDS:
        end -= 1
    end = _with_region(doc, end)
    words = [t for t in doc[after:end] if not t.is_punct and t.tag_ != "POS"]
    if end <= objects[0].i or len(words) > _PHRASE_LENGTH:
        return after
    if any(t.ent_type_ in DATE_ENTS for t in doc[after:end]):
        return after
    return end


# Tags of a name of a body or a place.
_PLACE_TAGS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _one_of_people(head: Token) -> bool:
    """A singular common noun for a person or the police ("an official", "the judge",
    "police"), which keeps the named body or place it is placed at."""
    return (
        head.pos_ == "NOUN"
        and head.is_alpha
        and head.tag_ == "NN"
        and (people_noun(head) or head.lower_ == "police")
    )


def _named_place(token: Token) -> bool:
    """A proper noun tagged as a body or a place ("TfL", "Texas", "the University of
    Michigan")."""
    return token.pos_ == "PROPN" and token.ent_type_ in _PLACE_TAGS


def _objects(preposition: Token) -> list[Token]:
    """The objects of a preposition, or of the one it runs into ("critics from across the
    country": "country")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    inner = preposition.nbor() if preposition.i + 1 < len(preposition.doc) else None
    if not objects and inner is not None and inner.head == preposition and inner.pos_ == "ADP":
        objects = [c for c in inner.children if c.dep_ == "pobj"]
    return objects


def without_affiliation(mention: Span, head: Token) -> Span:
    """A group's mention without the phrase of belonging that ends it ("officials in Omsk":
    "officials"), so that a name in that phrase is never taken for the speaker ("people in the
    Lee administration" are not Lee); the mention itself otherwise."""
    if head.i + 1 < mention.end == affiliation_end(head) and mention.start <= head.i:
        return mention.doc[mention.start : head.i + 1]
    return mention


def affiliated_group(mention: Span, head: Token, entities: Sequence[Entity]) -> Entity | None:
    """The group with a body or place a bare definite plural looks back to, the last one met
    before it under the same noun ("Researchers at Velo University found ... The researchers
    said": the researchers at Velo University); None for any other mention ("the hospital
    officials", "researchers") or when no such group came before."""
    if len(mention) != 2 or mention[0].lower_ != "the" or mention[1] != head:
        return None
    if not group_noun(head):
        return None
    met: list[tuple[int, Entity]] = []
    for entity in entities:
        words = entity.name.split()
        if entity.kind != "group" or len(words) < 3 or words[0] != head.lower_:
            continue
        if words[1] not in _BELONGING:
            continue
        last = max(
            (start for start, _, _ in entity.mentions if start < mention.start_char), default=-1
        )
        if last >= 0:
            met.append((last, entity))
    return max(met, key=lambda pair: pair[0])[1] if met else None


def _with_region(doc: Doc, end: int) -> int:
    """The end of a phrase with the region set off after the place it ends with ("officials in
    Dunmore, Ohio": after "Ohio"), the phrase's own end otherwise."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end - 1].ent_type_ != "GPE":
        return end
    region = doc[end + 1]
    if region.ent_iob_ != "B" or region.ent_type_ != "GPE" or region.head.i != end - 1:
        return end
    close = end + 2
    while close < len(doc) and doc[close].ent_iob_ == "I":
        close += 1
    return close


def _cut(token: Token) -> bool:
    """A word a phrase of belonging stops before: a mark other than an apostrophe or a hyphen
    inside a name, a verb, or a relative word ("who", "which", "that")."""
    if token.is_punct:
        return token.text not in {"'", "\u2019", "-", "&"}
    return token.pos_ in {"VERB", "AUX"} or token.tag_ in {"WDT", "WP", "WP$"}
