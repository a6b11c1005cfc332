"""Words of a speaker's phrase the parse left with the clause before it: in "Our founder has
died, mining company Velora announced" the parse may read "mining" as a participle closing the
clause ("has died, mining") rather than the first word of "mining company Velora". A bare -ing
word after the comma that closes a fronted clause, right before the subject of the reporting
verb, modifies that subject; so does a bare title noun of a medium or a post the parse listed
with the clause's last phrase ("Classes include yoga and chess, newspaper The Daily Post
reported": "newspaper" titles the Post, it is not one of the classes)."""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.entities import MEDIUM_NOUNS, ROLE_NOUNS
from foretold.attribution.open_questions import NOMINAL_SUBJECT_DEPS

_TITLE_NOUNS = MEDIUM_NOUNS | ROLE_NOUNS


def drop_subject_modifier(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a childless -ing word or title noun after a comma that runs
    into the subject of a verb after the range ("[it has died], mining company Velora
    announced", "[classes include yoga], newspaper The Daily Post reported")."""
    if end - start < 3 or end >= len(doc):
        return end
    word = doc[end - 1]
    title = word.pos_ == "NOUN" and word.is_lower and word.lower_ in _TITLE_NOUNS
    if not (word.tag_ == "VBG" or title) or word.n_lefts + word.n_rights > 0:
        return end
    if doc[end - 2].text != ",":
        return end
    subject = doc[end]
    while (
        subject.dep_ not in NOMINAL_SUBJECT_DEPS
        and subject.head.i != subject.i
        and subject.head.i > end
    ):
        subject = subject.head
    verb = subject.head
    if (
        subject.dep_ not in NOMINAL_SUBJECT_DEPS
        or subject.left_edge.i != end
        or verb.i <= subject.i
    ):
        return end
    return end - 2
