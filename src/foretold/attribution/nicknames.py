"""A nickname in quotation marks inside a person's full name: 'Tomas "Tom" Vale', 'Ana Maria
"Nina" de Souza'. The tagger often stops the name at the marks, so that 'Tomas "Tom' and
'Vale' become two names, or 'Ana Maria' and 'de Souza'; the name runs on through the surname
after the closing mark. The nickname is no part of the person's name ("Tomas Vale"), but with
the surname it is a name the article may call them by elsewhere ("Tom Vale").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.tagged_entities import entity_at

# The marks that set a nickname apart inside a name.
_NICKNAME_MARKS = frozenset({'"', "\u201c", "\u201d"})


def is_nickname(token: Token) -> bool:
    """A capitalised word alone in quotation marks between two capitalised proper nouns, a
    nickname inside a full name ("Tom" of 'Tomas "Tom" Vale'); not a quoted word after a
    name ('Vale said "Yes" Monday')."""
    doc = token.doc
    if token.i < 2 or token.i + 2 >= len(doc) or not token.is_title or not token.is_alpha:
        return False
    before, opening, closing, after = (doc[token.i + k] for k in (-2, -1, 1, 2))
    return (
        opening.text in _NICKNAME_MARKS
        and closing.text in _NICKNAME_MARKS
        and not opening.whitespace_
        and not token.whitespace_
        and bool(closing.whitespace_)
        and before.pos_ == "PROPN"
        and before.is_title
        and after.pos_ == "PROPN"
        and (after.is_title or after.is_lower)
    )


def with_nicknamed_surname(ent: Span) -> Span:
    """A tagged person name that stops at or inside a nickname in quotation marks, run on to
    the end of the surname after it ('Tomas "Tom' or "Tomas" before '"Tom" Vale': 'Tomas
    "Tom" Vale'), or that opens with the nickname, run back to the given name before it
    ('Tom" Vale' after 'Tomas "': the same); the name itself otherwise."""
    doc = ent.doc
    if is_nickname(ent[0]):
        start = ent[0].i - 2
        while start > 0 and _name_word(doc[start - 1]):
            start -= 1
        return doc[start : ent.end]
    nickname = next((t for t in doc[ent.end - 1 : ent.end + 2] if is_nickname(t)), None)
    if nickname is None or nickname.i + 2 < ent.end:
        return ent
    surname = nickname.i + 2
    tagged = entity_at(doc, surname)
    if tagged is not None and tagged.label_ == "PERSON":
        return doc[ent.start : tagged.end]
    end = surname
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return doc[ent.start : end] if end > surname else ent


def _name_word(token: Token) -> bool:
    """A proper noun that may be part of a person's name, untagged or tagged as one."""
    return token.pos_ == "PROPN" and token.ent_type_ in {"", "PERSON"}


def nickname_in(ent: Span) -> Token | None:
    """The nickname inside a person's full name ("Tom" of 'Tomas "Tom" Vale'), or None."""
    return next((t for t in ent[1:-1] if is_nickname(t)), None)


def known_as(ent: Span, nickname: Token) -> list[str]:
    """The name a nickname makes with the surname after it inside a full name (["Tom",
    "Vale"] of 'Tomas "Tom" Vale')."""
    rest = [t.text for t in ent.doc[nickname.i + 2 : ent.end] if not t.is_punct]
    return [nickname.text, *rest] if rest else []
