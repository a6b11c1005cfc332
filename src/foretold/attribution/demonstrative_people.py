"""Who "this person" is: a singular noun for a person after "this" or "that" as a subject
points back to the person just spoken of: the nearest subject before it, in its sentence or
the sentence before, that is a single person, named ("Ann Lee said ... However, this woman also
said ...": Ann Lee) or picked out of a group ("One of the children said ... this person also
said ...": one of the children). It names no one new, and with no such subject it is left as
it stands.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import PERSON_NOUNS
from foretold.attribution.open_questions import NOMINAL_SUBJECT_DEPS
from foretold.attribution.pointing_subjects import POINTING_WORDS
from foretold.attribution.sentence_reach import reach_start


def demonstrative_person(head: Token) -> bool:
    """A singular person noun after "this" or "that" and nothing else ("this person", "that
    man"; not "this man's lawyer" or "these people")."""
    lefts = list(head.lefts)
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and head.lower_ in PERSON_NOUNS
        and len(lefts) == 1
        and lefts[0].dep_ == "det"
        and lefts[0].lower_ in POINTING_WORDS
    )


def demonstrative_antecedent(head: Token) -> Token | None:
    """The head of the nearest single person that is a subject before "this person" in its
    sentence or the one before ("Ann Lee", "One" of "One of the children"), or None."""
    if not demonstrative_person(head):
        return None
    for token in reversed(head.doc[reach_start(head, 1) : head.i]):
        if token.dep_ in NOMINAL_SUBJECT_DEPS and _single_person(token):
            return token
    return None


def _single_person(token: Token) -> bool:
    """A name of a person, a singular person noun or "one of" some people."""
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return True
    if token.tag_ == "NN" and token.lower_ in PERSON_NOUNS:
        return True
    if token.lower_ != "one":
        return False
    link = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in link.children if c.dep_ == "pobj"), None) if link is not None else None
    return group is not None and group.tag_ == "NNS"
