"""Words the tagger reads as pronouns that no pronoun is spelled like.

Pronouns are a closed class of plain words ("he", "They", "I"); a word with a dot, a digit or
a capital inside is a name the tagger misread, such as a web site that speaks for itself
("Velonews.com points to a rise in prices ..."), and is taken as a name, not resolved to
someone named before."""

from __future__ import annotations

from spacy.tokens import Token


def mistagged_pronoun(token: Token) -> bool:
    """A word tagged as a pronoun that is spelled as a name: not letters alone
    ("Velonews.com", "Velo3") or with a capital after its first letter in a word not all
    capitals ("VeloNews")."""
    if token.pos_ != "PRON":
        return False
    word = token.text
    if not word.isalpha():
        return not all(c in "'’" for c in word if not c.isalpha())  # "y'all", "'em"
    return not word.isupper() and any(c.isupper() for c in word[1:])
