"""Names of fictional characters that the tagger reads as people's.

A fan convention or a review names characters beside the word that says what they are:
"Hellboy character Ann Vale", "Velo Girl, a comics character", "dressed as Pokemon species
Velozard". A name the text calls a character or a species so is no real person and makes no
record in the people table, nor does a word of it used alone ("With Ann, I wanted ...");
"character actor Ann Lee" calls the actor nothing of the kind, as the word there describes
"actor", not the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Nouns that call a name a fictional figure.
_FIGURE_NOUNS = frozenset({"character", "characters", "species"})


def fictional_names(people: list[Span]) -> set[str]:
    """The names among the tagger's people that some use calls a character or a species,
    by the noun right before the name that modifies it or by an apposition, with a word of
    such a name used alone ("Ann" after "Hellboy character Ann Vale") that no other longer
    name has."""
    figures = {ent.text for ent in people if _called_figure(ent)}
    if not figures:
        return figures
    words = {word for name in figures for word in name.split()}
    others = {t.text for ent in people if len(ent) > 1 and ent.text not in figures for t in ent}
    return figures | {ent.text for ent in people if ent.text in words - others}


def _called_figure(ent: Span) -> bool:
    """Whether this use of a name calls it a character or a species."""
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and _figure(root.head):
        return True  # "the character, Ann Vale"
    if any(c.dep_ == "appos" and _figure(c) for c in root.rights):
        return True  # "Velo Girl, a comics character"
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return _figure(before) and before.dep_ in {"compound", "nmod"} and before.head in ent


def _figure(noun: Token) -> bool:
    """A noun that calls a name a fictional figure ("character", "species")."""
    return noun.pos_ == "NOUN" and noun.lower_ in _FIGURE_NOUNS
