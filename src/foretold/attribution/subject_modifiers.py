"""Words of a speaker's phrase the parse left with the clause before it: in "Our founder has
died, mining company Velora announced" the parse may read "mining" as a participle closing the
clause ("has died, mining") rather than the first word of "mining company Velora". A bare -ing
word after the comma that closes a fronted clause, right before the subject of the reporting
verb, modifies that subject."""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.open_questions import SUBJECT_DEPS


def drop_subject_modifier(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a childless -ing word after a comma that runs into the
    subject of a verb after the range ("[it has died], mining company Velora announced")."""
    if end - start < 3 or end >= len(doc):
        return end
    word = doc[end - 1]
    if word.tag_ != "VBG" or word.n_lefts + word.n_rights > 0 or doc[end - 2].text != ",":
        return end
    subject = doc[end]
    while subject.dep_ not in SUBJECT_DEPS and subject.head.i != subject.i and subject.head.i > end:
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or subject.left_edge.i != end or verb.i <= subject.i:
        return end
    return end - 2
