"""A quotation that a colon opens after an impression is the words of the person the
impression is of, not part of the impression: in "Lee seemed irritated: "Just send it,"
she wrote" what seemed is that Lee was irritated, and the quotation goes to the verb of
writing. The parser may hang the colon and the quotation on the verb of seeming, so the
impression would run on into the words."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.marks import is_quote_token


def colon_before_quotation(verb: Token) -> int | None:
    """The index of a colon hung on the verb right before an opening quotation mark: "Lee
    seemed irritated[:] "Just send it""; None when there is none."""
    doc = verb.doc
    for child in verb.rights:
        after = child.i + 1
        if child.text == ":" and after < len(doc) and is_quote_token(doc[after]):
            return child.i
    return None
