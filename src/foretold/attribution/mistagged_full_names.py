"""Full names the tagger labels an organisation or leaves untagged: a person named in full
once, under an ORG tag ("beat Morgan Vale of the Unity Party", "Dr Ann Vale") or no tag at all
("the death of cosmonaut Ivan Vale"), and later by surname alone ("Vale claimed victory") is
the one person; the surname takes the full name given before."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from foretold.attribution.entities import (
    NAME_TITLES,
    OFFICE_WORDS,
    ORG_WORDS,
)
from foretold.attribution.tagged_entities import tagged_entities
from foretold.attribution.token_index import tokens_of, tokens_titled
from foretold.ids import folded

_NOT_GIVEN = ORG_WORDS | OFFICE_WORDS


def earlier_full_name(doc: Doc, surname: str, before: int) -> list[str] | None:
    """The words of the last full name before token ``before`` with ``surname`` in it, or
    None: a name tagged ORG of a given name and the surname ("Morgan Vale" for "Vale"), after
    a title tagged with it ("Dr Morgan Vale"), or with a second surname after it ("Morgan Vale
    Ruiz", the whole name); or two proper nouns left untagged, a given name and the surname
    ("cosmonaut Ivan Vale"). A name with an organisation, role or honorific word ("Unity Vale
    Bank", "Chief Vale") is not one."""
    found = earlier_full_name_head(doc, surname, before)
    return None if found is None else found[0]


def earlier_full_name_head(doc: Doc, surname: str, before: int) -> tuple[list[str], Token] | None:
    """The words and the head word of the full name `earlier_full_name` finds, where the
    article sets roles beside it ("talked to Morgan Vale, the city commissioner,": Vale), or
    None."""
    found: tuple[int, list[str], Token] | None = None
    organisations, name_words = _name_index(doc)
    for ent in organisations:
        if ent.end > before:
            continue
        words = _tagged_full_name(ent, surname)
        if words is not None:
            found = (ent.start, words, ent.root)
    for i in name_words.get(folded(surname), ()):
        if i >= before:
            break  # only a name word can close an untagged name; they come in text order
        if (words := _untagged_full_name(doc[i])) is None:
            continue
        if found is None or i > found[0]:
            found = (i, words, doc[i])
    return None if found is None else (found[1], found[2])


@lru_cache(maxsize=4)
def _name_index(doc: Doc) -> tuple[list[Span], dict[str, list[int]]]:
    """The spans tagged ORG and the positions of the name words, by folded text, of a
    text, found once per text."""
    name_words: dict[str, list[int]] = {}
    for token in tokens_titled(doc):  # a name word is written so
        if _name_word(token):
            name_words.setdefault(folded(token.text), []).append(token.i)
    return [ent for ent in tagged_entities(doc) if ent.label_ == "ORG"], name_words


def _tagged_full_name(ent: Span, surname: str) -> list[str] | None:
    """The name in an ORG-tagged span without the titles opening it ("Dr Morgan Vale":
    Morgan Vale), when it is a given name and ``surname``, or those and one more surname."""
    start = ent.start
    while start < ent.end - 2 and ent.doc[start].text.rstrip(".").lower() in NAME_TITLES:
        start += 1
    words = tokens_of(ent.doc)[start : ent.end]
    if len(words) not in {2, 3} or folded(words[1].text) != folded(surname):
        return None
    return [t.text for t in words] if all(_name_word(t) for t in words) else None


def _untagged_full_name(last: Token) -> list[str] | None:
    """A given name and a surname no tag covers, two proper nouns alone between other words
    ("of cosmonaut Ivan Vale."), or None."""
    doc = last.doc
    if last.i == 0 or last.ent_iob_ != "O":
        return None
    first = doc[last.i - 1]
    if first.ent_iob_ != "O" or first.head != last or first.dep_ not in {"compound", "flat"}:
        return None
    if not (_name_word(first) and _name_word(last)):
        return None
    if first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
        return None
    if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
        return None
    return [first.text, last.text]


def _name_word(token: Token) -> bool:
    """A capitalised proper noun that is no word for an organisation, role or title."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.lower_ not in _NOT_GIVEN
    )
