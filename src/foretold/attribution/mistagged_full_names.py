"""Full names the tagger labels an organisation: a person named in full once, under an ORG
tag ("beat Morgan Vale of the Unity Party"), and later by surname alone ("Vale claimed
victory") is the one person; the surname takes the full name given before."""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.entities import HONORIFICS, ORG_WORDS, ROLE_NOUNS


def earlier_full_name(doc: Doc, surname: str, before: int) -> list[str] | None:
    """The two words of the last name tagged ORG before token ``before`` that ends with
    ``surname`` and could be a given name and a surname ("Morgan Vale" for "Vale"), or None.
    A name with an organisation, role or honorific word ("Unity Vale Bank", "Chief Vale") is
    not one."""
    found = None
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end > before or len(ent) != 2:
            continue
        first, last = ent[0], ent[1]
        if last.text != surname or first.pos_ != "PROPN" or last.pos_ != "PROPN":
            continue
        if not (first.is_title and first.is_alpha and last.is_title):
            continue
        if first.lower_ in ORG_WORDS | ROLE_NOUNS | HONORIFICS:
            continue
        found = [first.text, last.text]
    return found
