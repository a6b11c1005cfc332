"""A site or company that also acts: a body, not a person.

A one-word name the article uses as the medium something appeared on ("posted on Velo", "his
Velo account") or as the opening word of a company it names in full ("Velo Ireland
Limited") names that site or company wherever it acts, however the tagger reads it: "Velo
released a statement", "Velo placed a warning over the post" speak for the company, never
for a person called Velo. A word someone has in a longer name ("Ann Velo") is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from foretold.attribution.account_holders import ACCOUNT_NOUNS
from foretold.attribution.company_words import (
    company_opening,
    company_openings,
    full_name_words,
)
from foretold.attribution.tagged_entities import tagged_entities
from foretold.attribution.token_index import tokens_spelled, tokens_titled

# Prepositions whose object is where something appeared ("on Velo", "via Velo"); not "in",
# whose object is as often a place.
_MEDIUM_PREPS = frozenset({"on", "via"})
# Nouns a site's name modifies as the place of something posted ("his Velo account"): the
# account nouns, some plurals, and the posts and people found there.
_POSTED_NOUNS = ACCOUNT_NOUNS | {"accounts", "pages", "post", "posts", "user", "users", "followers"}


def body_word(doc: Doc, word: str) -> bool:
    """Whether a capitalised word used alone names a site or a company (see the module
    docstring): "Velo" in "wrote on Velo ... Velo removed the post"; not "Lee" in "a report
    on Lee ... Lee said" when "Ann Lee" is named."""
    return word[:1].isupper() and " " not in word and word in _body_words(doc)


@lru_cache(maxsize=4)
def _body_words(doc: Doc) -> frozenset[str]:
    """The capitalised words of a text that name a site or a company (see ``body_word``),
    found once per text."""
    ents = tagged_entities(doc)
    in_names = full_name_words(ents)
    media = {t.text for t in tokens_titled(doc) if t.pos_ == "PROPN" and _as_medium(t)}
    openings = {
        t.text
        for t in tokens_spelled(doc, company_openings(doc))
        if t.is_title and company_opening(doc, t.text)
    }
    return frozenset((media | openings) - in_names)


def _as_medium(token: Token) -> bool:
    """A name used as where something appeared: the object of "on" or "via" ("wrote on
    Velo"), or a modifier of an account or a post ("his Velo account", "her Velo followers")."""
    if token.dep_ == "pobj" and token.head.lower_ in _MEDIUM_PREPS:
        return True
    return (
        token.dep_ in {"compound", "nmod"}
        and token.head.lower_ in _POSTED_NOUNS
        and token.head.i == token.i + 1
    )
