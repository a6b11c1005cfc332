"""A name the text sets beside a word for a made thing or a natural object names that thing,
not a body of people: "their regional aircraft, the Velo Jet, ...", "the film, Blue Harbour,
opens", "an experimental drug, Zelomab", "the star, AB Velorum". The tagger often reads such
names as organisations; an organisation named in apposition after a common noun for a work,
a craft, a vehicle, a drug, an illness or a heavenly body makes no record in the people table
(unless a statement is credited to it). People stay: a ship named after a child is still the
child where the text speaks of the child."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from foretold.attribution.cues import word_set

# Common nouns for kinds of things that bear proper names of their own but are no one: works,
# craft and vehicles, weapons, drugs and treatments, illnesses, heavenly bodies and
# instruments for watching them.
THING_KINDS = word_set(
    """
    film movie show series sitcom documentary album song single book novel play musical opera
    painting sculpture artwork videogame aircraft plane airplane airliner jet helicopter drone
    ship boat vessel yacht submarine ferry car vehicle truck locomotive rocket missile
    spacecraft satellite probe rover weapon rifle gun drug medicine vaccine cocktail treatment
    therapy pill disease illness virus star planet galaxy comet asteroid moon nebula telescope
    """
)


def apposed_to_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether the proper name between two character offsets stands in apposition after a
    common noun for a kind of thing ("its new aircraft, the Velo Jet": the jet is a craft),
    or has that noun written just before it as its descriptor ("the cargo ship Velo Star",
    "the book Harbor Lights").

    The name's head must be a proper noun whose head is that common noun, written before it,
    or the noun must modify the name; a plural common noun is read by its singular ("the
    comets Velo and Arno").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "appos" and root.pos_ == "PROPN" and head.pos_ == "NOUN":
        return head.i < span.start and _thing_kind(head.lower_)
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "compound"
        and span.start <= before.head.i < span.end
        and _thing_kind(before.lower_)
    )


def _thing_kind(noun: str) -> bool:
    """A common noun for a kind of thing, a plural read by its singular ("films")."""
    return noun in THING_KINDS or (noun.endswith("s") and noun[:-1] in THING_KINDS)


def names_apposed_thing(doc: Doc, mentions: Iterable[tuple[int, int, str]]) -> bool:
    """Whether any mention of an entity is a name set beside a word for a kind of thing
    (``apposed_to_thing``): the entity is that thing, whatever else the text calls it."""
    return any(apposed_to_thing(doc, start, end) for start, end, _ in mentions)
