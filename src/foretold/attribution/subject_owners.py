"""Owners of a thing that opens a clause: the person a later "he" or "she" continues.

A person named as the owner of a main-clause subject that is a thing, not a person ("Tom
Bale's visit came straight from a shoot. He quipped ..."), is as much the topic of that
sentence as a subject would be, so a pronoun after it may stand for them; an owned person
("Tom Bale's lawyer said ...") is the topic instead, and stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.pronoun_genders import main_clause
from foretold.attribution.speaker_words import person_noun


def owns_subject(head: Token) -> bool:
    """Whether a person's name owns the subject of a main clause that names a thing
    ("Tom Bale's visit came ...": Bale), not a person ("Tom Bale's aide said ...")."""
    if head.dep_ != "poss":
        return False
    subject = head.head
    return (
        subject.dep_ in {"nsubj", "nsubjpass"}
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and not person_noun(subject)
        and main_clause(subject.head)
    )
