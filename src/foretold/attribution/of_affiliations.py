"""The body a person is "of": "Ann Lee of the University of Velo said", "said Bo Ray, of
Velo Partners," name where the person works or what they belong to, as "Ann Lee, a professor
at the University of Velo" does, and the role is the "of" phrase as the article writes it
("of the University of Velo"). A place after "of" is where the person comes from or whom
they represent, not a role ("Ann Lee of Velonia", "Senator Bo Ray of Ohio"), and an "of"
inside the tagged name belongs to it ("Catherine of Aragon")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import AMOUNT_ENTS
from foretold.attribution.entities import ORG_DESCRIPTORS, ORG_WORDS, PLACE_WORDS
from foretold.attribution.tagged_entities import PLACE_ENTS

# Words in lower case for a body ("of the provincial council", "of the state government").
_BODY_NOUNS = ORG_WORDS | ORG_DESCRIPTORS | frozenset({"government"})
# Of those, the words that alone in lower case name a place, a building or a thing ("Ann Lee
# of the state", "of the house") unless a name opens them ("of the Velo press").
_THING_NOUNS = frozenset(
    {"state", "states", "house", "post", "times", "news", "press", "capital", "exchange"}
    | {"reserve", "trust", "app", "brand", "label", "chain", "outlet", "website", "platform"}
)
# Last words of the names of streets and places where one lives, not of a place one works at
# ("Bo Ray of Velo Road", but "Ann Lee of the Velo Research Station", "of Velo Airport").
_HOME_WORDS = PLACE_WORDS - frozenset(
    {"mall", "store", "monument", "memorial", "tower", "airport", "station", "stadium", "arena"}
)


def of_affiliation(head: Token) -> str | None:
    """The "of" phrase right after the name whose head is ``head`` (past a comma), when its
    object is a body: tagged as an organisation or facility, a proper noun that names no
    place or people ("Ann Lee of Velo Partners", "Bo Ray of the army's Velo Command"), or a
    word in lower case for a body ("of the provincial council"); the phrase without an
    apposition or a relative clause that describes the body ("of Velo Marine, a firm that
    ...": of Velo Marine) or another person joined after it; None when there is none."""
    doc = head.doc
    prep = next(
        (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None
    )
    if prep is None or prep.ent_type_ or not _right_after(head, prep):
        return None
    body = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if body is None or not _names_body(body):
        return None
    cuts = [
        _opening(t)
        for t in body.subtree
        if t.i > body.i
        and (
            t.dep_ in {"relcl", "acl"}
            or (t.dep_ == "appos" and t.pos_ != "PROPN")
            or (t.dep_ == "conj" and (t.pos_ != "PROPN" or t.ent_type_ == "PERSON"))
        )
    ]
    end = min(cuts, default=body.right_edge.i + 1)
    while end > body.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return doc[prep.i : _name_run_end(body, end)].text


# Words that join the capitalised words of one body's name ("Bill and Ann Lee Foundation").
_NAME_LINKS = frozenset({"and", "of", "for", "&"})


def _name_run_end(body: Token, end: int) -> int:
    """Where the body's name ends, past the capitalised words the parser hung elsewhere
    ("of Velo Jam said": Jam read as another name; "of the Bill and Ann Lee Foundation"),
    not into a person named next ("and Bo Ray"), a date, a bracket or a comma."""
    doc = body.doc
    if not (doc[end - 1].is_title or doc[end - 1].is_upper):
        return end
    k = end
    while k < len(doc):
        if doc[k].lower_ in _NAME_LINKS and k + 1 < len(doc) and _continues(doc[k + 1]):
            k += 2
        elif _continues(doc[k]):
            k += 1
        else:
            break
    return k


def _continues(word: Token) -> bool:
    """A capitalised word that may go on a body's name: not one opening a person's name or
    a date."""
    return (
        (word.is_title or word.is_upper)
        and word.is_alpha
        and not (word.ent_type_ == "PERSON" and word.ent_iob_ == "B")
        and word.ent_type_ not in AMOUNT_ENTS
    )


def _right_after(head: Token, prep: Token) -> bool:
    """Whether ``prep`` follows the name's head at once, past the rest of the name where
    the parser made an earlier word its head ("Ann dela Vega of Velo": dela), or past one
    comma ("Bo Ray, of Velo,")."""
    gap = list(head.doc[head.i + 1 : prep.i])
    if gap and gap[-1].text == ",":
        gap.pop()
    return all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in gap)


def _names_body(body: Token) -> bool:
    """Whether the object of "of" names a body: an organisation or a facility as tagged, a
    proper noun not tagged as a place, a people, a date or a number, or a word in lower case
    for a body; not a place ("of Velonia"), a street or an address ("Bo Ray of 12 Velo
    Road", where he lives), a body's person ("of Velo Partners' Ann Lee", someone else) nor a
    common noun of anything else ("of the family", "of the year")."""
    if body.lower_ in _HOME_WORDS or body.left_edge.like_num:
        return False
    if body.ent_type_ in {"ORG", "FAC"}:
        return True
    if body.ent_type_ in PLACE_ENTS | AMOUNT_ENTS:
        return False
    if body.ent_type_ == "PERSON" and any(c.dep_ == "poss" for c in body.children):
        return False  # "of Velo Partners' Ann Lee"; the tagger takes "Velo Marine" for a person
    if body.pos_ == "PROPN":
        return body.is_title or body.is_upper
    if body.lower_ in _THING_NOUNS:
        return any(c.pos_ == "PROPN" for c in body.lefts)
    return body.is_lower and body.lower_ in _BODY_NOUNS


def _opening(token: Token) -> int:
    """Where the phrase that ``token`` heads opens, with the comma or "and" before it."""
    i = token.left_edge.i
    doc = token.doc
    while i > 0 and (doc[i - 1].is_punct or doc[i - 1].dep_ == "cc"):
        i -= 1
    return i
