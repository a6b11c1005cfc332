"""Names the tagger reads as bodies that a word for one person describes: a person's name
whatever the tag. The word stands right before the name ("porn actress Dana Velo", "an
attendee Om Vale", "the economist Jan Vale") or is apposed to it ("the senior
strategist for Velo Funds, Fritz Berg", "The president of Arcadia, Hage Lumo,"); a name
followed by "of" and a body is a person working there ("Ana Velo of Velo News told ...",
"Ana Velo of the tribal preservation office said"). A word that
also describes a firm tells nothing ("rival Velo Motor", "developer Acme Soft", "market
leader Apple"), nor does the end of a hyphened modifier ("the in-person Velo Fair"), and
neither does a name of one word, a name with a word for an organisation
("porn actress Velo Studios") or a name in code.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.cues import word_set
from foretold.attribution.entities import (
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    STANDING_NOUNS,
    coded_name,
)

# Words for a person's trade or bond that the role and person nouns leave out.
_TRADE_NOUNS = word_set(
    """
    actor actress singer musician entrepreneur businessman businesswoman star boyfriend
    girlfriend
    """
)
# Person and role nouns that also describe a firm or a body ("rival Airbus", "developer
# Valve", "its partner Acme", "market leader Apple", "regulator Ofcom", "owner Meta").
_FIRM_NOUNS = word_set(
    """
    developer producer operator sponsor owner partner member user source agent regulator
    leader head chief representative
    """
)
PERSON_DESCRIBERS = (ROLE_NOUNS | PERSON_NOUNS | _TRADE_NOUNS) - STANDING_NOUNS - _FIRM_NOUNS


def described_person(ent: Span) -> bool:
    """Whether a name of two or three capitalised words, none a word for an organisation,
    follows a noun for one person that describes it or is apposed to one: "porn actress
    [Dana Velo]", "the senior strategist for Velo Funds, [Fritz Berg]"."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(_name_word(t) for t in words):
        return False
    root = ent.root
    if _of_body(root):
        return True
    if root.dep_ == "appos" and root.head.i < ent.start and _describes(_holder(root.head)):
        return True
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return _describes(before) and (
        before.head.i in range(ent.start, ent.end) or root.head == before
    )


def _of_body(root: Token) -> bool:
    """A name followed by "of" and a body, by its name or a word for one: a person who works
    there ("Ana Velo of the tribal preservation office told ...", "Ana Velo of Velo News")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i == root.i + 1
        and any(
            o.dep_ == "pobj" and (o.ent_type_ == "ORG" or (o.is_lower and o.lower_ in ORG_WORDS))
            for o in c.children
        )
        for c in root.rights
    )


def _holder(noun: Token) -> Token:
    """The noun whose phrase ``noun`` closes, where the parse hung an apposition on the
    object of its "of", "for" or "at" ("the president of Arcadia, Hage Lumo": president)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in {"of", "for", "at"} and prep.head.i < noun.i:
        return prep.head
    return noun


def _name_word(token: Token) -> bool:
    """A capitalised word that may belong to a person's name: not "Fund", not "TVN24"."""
    text = token.text
    return (
        token.pos_ == "PROPN"
        and text[:1].isupper()
        and text[1:2].islower()
        and token.lower_ not in ORG_WORDS
        and not coded_name(text)
    )


def _describes(noun: Token) -> bool:
    """A common noun in lower case for one person, "actress", "strategist", "attendee"; not
    the end of a hyphened modifier ("the in-person Velo Fair")."""
    hyphened = noun.i > 0 and noun.nbor(-1).text == "-"
    return (
        noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ in PERSON_DESCRIBERS and not hyphened
    )
