"""Names filed under a number: "Republic Act No. 3846", "Executive Order No. 12". The number
sign "No." is an abbreviation, not the end of the name, so the name runs through the number
after it, and a speaker the parser found on the sign's full stop or on the number is the name
itself."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Number signs that file a name under the number after them: "Act No. 12", "Rules Nos. 4".
NUMBER_SIGNS = frozenset({"No", "No.", "Nos", "Nos."})


def _sign_end(doc: Doc, sign: int) -> int | None:
    """Where the number in digits after a number sign at ``sign`` ends, or None when none
    follows: "No. 3846" and "No 12" end after the number ("no one" has none)."""
    if doc[sign].text not in NUMBER_SIGNS:
        return None
    after = sign + 1
    if after < len(doc) and doc[after].text == "." and not doc[sign].text.endswith("."):
        after += 1
    if after < len(doc) and any(c.isdigit() for c in doc[after].text):
        return after + 1
    return None


def _sign_before(token: Token) -> int | None:
    """The number sign a full stop or number belongs to ("No" before ". 12" or "12"), when
    the sign has a capital name before it; None otherwise."""
    doc = token.doc
    if token.text != "." and not any(c.isdigit() for c in token.text):
        return None
    for sign in (token.i - 1, token.i - 2):
        if sign > 0 and _sign_end(doc, sign) is not None and token.i < _sign_end(doc, sign):
            return sign if doc[sign - 1].is_title else None
    return None


def numbered_end(doc: Doc, end: int) -> int:
    """Where a name that stops at a number sign ends with its number ("Republic Act No" before
    ". 3846": after "3846"); ``end`` itself otherwise."""
    if end < 2 or doc[end - 1].text not in NUMBER_SIGNS or not doc[end - 2].is_title:
        return end
    return _sign_end(doc, end - 1) or end


def numbered_head(token: Token) -> Token:
    """The name's own word for a speaker the parser found on the full stop or number after a
    number sign ("Executive Order No. 12 says": "No", whose mention is the whole name); the
    token itself otherwise."""
    sign = _sign_before(token)
    return token if sign is None else token.doc[sign]


def numeral_end(doc: Doc, end: int) -> int:
    """Where a capitalised name that the parser ended before the number it is known by ends
    with that number ("News 12 reported", "Section 4 says": after "12", "4"): a number in
    digits written after the name's last word and hung on it; ``end`` itself otherwise, as
    for a number the clause counts with ("Velo 2, Acme 1")."""
    if end < 1 or end >= len(doc):
        return end
    name, number = doc[end - 1], doc[end]
    if not name.is_title or name.pos_ not in {"PROPN", "NOUN"} or not name.whitespace_:
        return end
    if not number.text.isdigit() or number.dep_ != "nummod" or number.head != name:
        return end
    return end + 1
