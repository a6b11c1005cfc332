"""Names the tagger reads as bodies that a word for one person describes: a person's name
whatever the tag. The word stands right before the name ("porn actress Dana Velo", "an
attendee Om Vale", "the economist Jan Vale", also before a given name the tagger left out of
the name: "an attendee Om [Vale]") or is apposed to it ("the senior strategist for Velo
Funds, Fritz Berg", "The president of Arcadia, Hage Lumo,", "Ivo Marek, a former boyfriend
and employee of the owner"); a compound word that ends in one does too ("archbishop Ivo
Marek"), and so does "member" after a noun for the body ("committee member Ivo Marek"). A
name followed by "of" and a body is a person working there ("Ana Velo of Velo News told
...", "Ana Velo of the tribal preservation office said"). A word that also describes a firm
tells nothing ("rival Velo Motor", "developer Acme Soft", "market leader Apple"), nor does
the end of a hyphened modifier ("the in-person Velo Fair"), and neither does a name of one
word, a name with a word for an organisation ("porn actress Velo Studios") or a name in code.
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
from foretold.attribution.token_index import tokens_of

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
_PERSON_DESCRIBERS = (ROLE_NOUNS | PERSON_NOUNS | _TRADE_NOUNS) - STANDING_NOUNS - _FIRM_NOUNS


def described_person(ent: Span) -> bool:
    """Whether a name of two or three capitalised words, none a word for an organisation,
    follows a noun for one person that describes it or is apposed to one: "porn actress
    [Dana Velo]", "the senior strategist for Velo Funds, [Fritz Berg]"."""
    start = _given_name_start(ent)
    words = [t for t in tokens_of(ent.doc)[start : ent.end] if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(_name_word(t) for t in words):
        return False
    root = ent.root
    if _of_body(root):
        return True
    if root.dep_ == "appos" and root.head.i < ent.start and _describes(_holder(root.head)):
        return True
    if _apposed_description(root, ent):
        return True
    if start == 0:
        return False
    before = ent.doc[start - 1]
    return (_describes(before) or _member_title(before)) and (
        before.head.i in range(ent.start, ent.end) or root.head == before
    )


def _given_name_start(ent: Span) -> int:
    """Where the name starts with the untagged given names the tagger left before it: "Om"
    of "an attendee Om [Vale]"."""
    start = ent.start
    doc = ent.doc
    while (
        start > 0
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i in range(ent.start, ent.end)
        and _name_word(doc[start - 1])
    ):
        start -= 1
    return start


def _apposed_description(root: Token, ent: Span) -> bool:
    """An apposition after the name whose nouns, joined by "and", all describe one person:
    "Ivo Marek, a former boyfriend and employee of the owner", "Lena Sovic, his wife and the
    party's chair" (but "Velo Soft, the developer and its owner" tells nothing). Not after the
    object of a preposition, where the parse may hang on the name a subject set off by a
    comma or a phrase on the noun before ("Speaking to Velo News, the mayor of Arcadia
    said", "the last delegate from Arcadia, her first")."""
    if root.dep_ == "pobj":
        return False
    for appos in root.rights:
        if appos.dep_ != "appos" or appos.i < ent.end:
            continue
        nouns = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
        if all(_describes(n) for n in nouns):
            return True
    return False


def _member_title(noun: Token) -> bool:
    """ "member" after a noun for the body, a title for one person ("committee member Ivo
    Marek", "a board member Lena Sovic"), where "member" alone may stand for a state."""
    return (
        noun.lower_ == "member"
        and noun.is_lower
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in noun.lefts)
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
        noun.pos_ == "NOUN"
        and noun.is_lower
        and (noun.lower_ in _PERSON_DESCRIBERS or _compound_describer(noun.lower_))
        and not hyphened
    )


# Person nouns long enough to close a compound word for a person ("archbishop",
# "stepdaughter", "schoolteacher").
_COMPOUND_ENDS = tuple(sorted(w for w in _PERSON_DESCRIBERS if len(w) >= 5))


def _compound_describer(word: str) -> bool:
    """A word of one piece that ends in a noun for one person after at least three letters:
    "archbishop", "stepdaughter", "schoolteacher"."""
    return any(word.endswith(end) and len(word) - len(end) >= 3 for end in _COMPOUND_ENDS)
