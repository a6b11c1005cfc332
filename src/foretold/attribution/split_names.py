"""Organisation names the tagger split at their "for" or "of": in "the Federal Bureau for
the Coastal Waters", tagged as "the Federal Bureau" and "the Coastal Waters", the two names and
the word between them are one name, when the first ends in a word for an organisation and the
second is the object of that "for" or "of". A name the tagger read as a person where the
article writes out an organisation name it opens, tagged whole elsewhere, is part of that name
("Rogaland Fire and Rescue requested ...", tagged "Rogaland Fire" and "Rescue" there but whole
before: the service, no person named Rogaland Fire).
"""

from __future__ import annotations

from spacy.tokens import Span

from foretold.attribution.entities import ORG_WORDS
from foretold.attribution.tagged_entities import tagged_entities

_JOINING_WORDS = frozenset({"for", "of"})


def joined_organisation(name: Span) -> Span:
    """A tagged organisation name with the tagged one on the other side of the "for" or "of"
    that joins them into one ("the Federal Bureau" or "the Coastal Waters" of "the Federal
    Bureau for the Coastal Waters": the whole); the name itself otherwise."""
    if name.label_ != "ORG":
        return name
    before = _joined_before(name)
    after = _joined_after(name)
    start = before.start if before is not None else name.start
    end = after.end if after is not None else name.end
    return name.doc[start:end]


def _joined_after(first: Span) -> Span | None:
    """The tagged name after ``first``'s "for" or "of" that finishes it, or None."""
    doc = first.doc
    link = first.end
    if link + 1 >= len(doc) or not _links(first, link):
        return None
    second = next((e for e in tagged_entities(doc) if e.start in {link + 1, link + 2}), None)
    if second is None or second.label_ != "ORG":
        return None
    if second.start == link + 2 and doc[link + 1].lower_ != "the":
        return None
    return second if second.root.head.i == link and second.root.dep_ == "pobj" else None


def _joined_before(second: Span) -> Span | None:
    """The tagged name before ``second`` whose "for" or "of" ``second`` finishes, or None."""
    doc = second.doc
    link = second.start - 1
    if link >= 0 and doc[link].lower_ == "the" and doc[link].ent_iob_ == "O":
        link -= 1
    first = next((e for e in tagged_entities(doc) if e.end == link), None) if link > 0 else None
    if first is None or first.label_ != "ORG" or _joined_after(first) != second:
        return None
    return first


def _links(first: Span, link: int) -> bool:
    """The word at ``link`` is a "for" or "of" hung on ``first``, which ends in a word for an
    organisation ("Bureau for", "Ministry of")."""
    word = first.doc[link]
    return (
        word.lower_ in _JOINING_WORDS
        and word.dep_ == "prep"
        and word.head.i == first.end - 1
        and first[-1].lower_ in ORG_WORDS
    )


def cut_from_organisations(text: str, people: list[Span], organisations: list[Span]) -> list[Span]:
    """The person names (``people``) that open, where they stand, the full text of one of the
    longer organisation names (``organisations``) the article tags elsewhere ("Rogaland
    Fire" in "Rogaland Fire and Rescue requested ...", with "Rogaland Fire and Rescue" tagged
    an organisation before); ``text`` is the article's."""
    names = [(org.text, org.start) for org in organisations]  # Span.text joins its tokens
    cut = []
    for person in people:
        opening = person.text + " "
        opened = (
            name
            for name, start in names
            if name.startswith(opening) and not person.start <= start < person.end
        )
        if any(text.startswith(name, person.start_char) for name in opened):
            cut.append(person)
    return cut
