"""One-word names that keep their "The".

Newspapers and other bodies often take "The" into a one-word name ("The Hindu", "The Verge"),
and news writes it with a capital inside a sentence ("according to newspaper The Hindu",
"told The Verge"). Without it the word reads as a common word or a people ("Hindu",
"Verge"), so a one-word name the article writes that way anywhere is named with "The"
throughout ("The Hindu reported ..." opening a sentence too), unless the article also
writes "the" before it in lower case ("the Senate"): then the "The" is the article's, not the
name's. A longer name reads as a name without it ("The New York Times": New York Times). A
capital "The" after a word written with a capital of its own tells nothing: a title or
headline capitalises every word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.token_index import tokens_of, tokens_spelled


def definite_words(doc: Doc) -> frozenset[str]:
    """The one-word names, in lower case, the article writes with a capital "The" inside a
    sentence after a word in lower case or a comma and never after a "the" in lower case:
    "newspaper The Hindu reported" gives "hindu"; "The Hindu reported" opening a sentence,
    "Editor Of The Hindu" and "vote The Senate ... the Senate" give none."""
    found = set()
    lower = set()
    tokens = tokens_of(doc)
    for token in tokens_spelled(doc, ("the", "The")):
        if not 0 < token.i < len(tokens) - 1:
            continue
        before, name = tokens[token.i - 1], tokens[token.i + 1]
        if token.text == "the":
            lower.add(name.lower_)
        if token.text != "The" or token.is_sent_start:
            continue
        if not (before.is_lower or before.text == ","):
            continue
        if _one_word_name(name):
            found.add(name.lower_)
    return frozenset(found - lower)


def _one_word_name(name: Token) -> bool:
    """A capitalised proper noun not followed by another ("The Hindu reported"; not "The New
    York Times")."""
    if name.pos_ != "PROPN" or not name.is_title or not name.is_alpha:
        return False
    after = name.nbor(1) if name.i + 1 < len(name.doc) else None
    return after is None or not (after.is_title or after.is_upper)


def with_definite(name: str, words: frozenset[str]) -> str:
    """A one-word name with the "The" the article gives it (``definite_words``): "Hindu" ->
    "The Hindu"; any other name as it is."""
    return f"The {name}" if " " not in name and name.lower() in words else name
