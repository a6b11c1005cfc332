"""Cue verbs inside titles: a verb written in Title Case amid running prose, right after
another capitalised word, is a word of the title of a film, book or song ("she starred in The
Woman Who Knew Nothing", "he read The Boy Who Said No"), not a report; so is one right after a
lower-case word, a word of a name ("named him as Reading resident Omar Saad": the town). A
verb opening its sentence or a quotation, or one after a colon or dash, keeps its capital for
that reason ("Said the mayor: ..."), and a line written wholly in Title Case is a headline,
read elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

_PROSE_WORDS = 3  # lower-case words of four letters or more that make a sentence prose


def title_word(cue: Cue) -> bool:
    """The cue verb is a capitalised word of a title or a name amid prose ("the film The Woman
    Who [Knew] Nothing", "as [Reading] resident Omar Saad"); not a verb that opens its sentence
    or follows a colon ("[Said] the mayor", "Lee: [Said] it twice")."""
    verb = cue.token
    if verb.pos_ not in {"VERB", "AUX"} or not _title_case(verb) or cue.quoted:
        return False
    if verb.i == verb.sent.start or not verb.doc[verb.i - 1].is_alpha:
        return False  # only right after a word: no colon, dash or quotation mark
    return _prose(verb)


def _title_case(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:].islower()


def _prose(token: Token) -> bool:
    """The sentence runs in lower case outside its names: "she starred in ... last year"."""
    lower = [t for t in token.sent if t.is_alpha and t.is_lower and len(t) >= 4]
    return len(lower) >= _PROSE_WORDS
