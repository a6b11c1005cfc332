"""A lone word that names a company, though a person has it for a surname.

A company is often called by the first word of its name, which may be the surname of its
founder or of someone who runs it ("Velo Motor Company ... its chairman, Ann Velo ... Velo
said it would cut jobs"). The word names the company when the tagger marks every use of it
alone as an organisation and never as a person, and the article names, as an organisation, a
name of several words that opens with it ("Velo Motor Company").

A word the tagger reads alone as a person names the company too when the article names the
company in full as an organisation and no one has the word in a longer name ("the retailer
Velo Group ... Velo said it would open 40 stores": no Mr Velo is ever named).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from foretold.attribution.organisation_parts import SAME_BODY_WORDS
from foretold.attribution.tagged_entities import tagged_entities


def company_word(doc: Doc, word: str) -> bool:
    """Whether a capitalised word used alone names the company whose name it opens (see the
    module docstring): "Velo" in "The Velo Motor Company ... Ann Velo, its chair ... Velo
    said"; not "Velo" when some use of it alone is tagged as a person."""
    return word in _company_words(doc)


@lru_cache(maxsize=4)
def _company_words(doc: Doc) -> frozenset[str]:
    """The capitalised words of a text that name a company alone (see ``company_word``),
    found once per text."""
    labels: dict[str, set[str]] = {}
    ents = tagged_entities(doc)
    for ent in ents:
        labels.setdefault(_bare(ent), set()).add(ent.label_)
    return frozenset(
        word
        for word, kinds in labels.items()
        if word[:1].isupper()
        and " " not in word
        and kinds == {"ORG"}
        and any(ent.label_ == "ORG" and _opens_company(ent, word) for ent in ents)
    )


def company_word_taken_for_person(ent: Span) -> bool:
    """Whether a lone word the tagger reads as a person names the company whose name it
    opens (``company_opening``): "Velo" in "the retailer Velo Group ... Velo said"."""
    return len(ent) == 1 and company_opening(ent.doc, _bare(ent))


def company_opening(doc: Doc, word: str) -> bool:
    """Whether a capitalised word opens the name of a company the article names in full as
    an organisation ("Velo Group", "Velo Airlines Ltd.") and no one has it in a longer name,
    so that used alone, however the tagger reads it, it names that company: "the retailer
    Velo Group ... With the purchase Velo said it would open 40 stores" (not after "its
    founder, Ann Velo")."""
    return word[:1].isupper() and word in company_openings(doc)


@lru_cache(maxsize=4)
def company_openings(doc: Doc) -> frozenset[str]:
    """The words that open a company's name and no person's name of several words (see
    ``company_opening``), found once per text."""
    ents = tagged_entities(doc)
    in_names = full_name_words(ents)
    openings = {
        words[0]
        for ent in ents
        if ent.label_ == "ORG" and (words := _words(ent)) and _opens_company(ent, words[0])
    }
    return frozenset(openings - in_names)


def full_name_words(ents: Iterable[Span]) -> set[str]:
    """The words of the person names of several words the tagger found ("Ann" and "Velo" of
    "Ann Velo"): a word someone has in a longer name is never a company's alone."""
    return {t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}


def _bare(ent: Span) -> str:
    """A tagged name without its closing possessive ("Velo's": Velo)."""
    return ent.text.removesuffix("'s").removesuffix("\u2019s")


def _words(ent: Span) -> list[str]:
    """The words of a tagged name without the "the" that opens it."""
    return [t.text for t in ent if not (t.i == ent.start and t.lower_ == "the")]


def _opens_company(ent: Span, word: str) -> bool:
    """Whether a tagged organisation name of several words opens with ``word`` and closes
    with the kind or legal form of a company ("the Velo Motor Company", "Velo Inc.")."""
    words = _words(ent)
    return len(words) > 1 and words[0] == word and words[-1].lower().rstrip(".") in SAME_BODY_WORDS
