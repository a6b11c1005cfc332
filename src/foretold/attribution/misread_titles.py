"""Job words the tagger read as verbs inside a trailer's subject: in '"We won", Velora coach
Ann Lee said.' the parse may take "coach" for a verb with "Velora" as its subject, "Ann Lee"
as its object and the quotation as its clause, and leave "said" with no subject. The word is
part of the speaker's phrase: it reports nothing, and the person after it is the subject of
the reporting verb that follows."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import cue_lemma
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS


def title_read_as_verb(verb: Token) -> bool:
    """A verb outside the lexicon between a subject right before it and a proper-noun object
    right after it, whose phrase ends at a subjectless lexicon verb that governs it as its
    clause ("Velora [coach] Ann Lee said")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or verb.i == 0:
        return False
    if cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS or not verb.is_lower:
        return False
    if cue_lemma(head.lemma_, head.text) not in CUE_LEMMAS:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return False
    before = verb.doc[verb.i - 1]
    named = _named_object(verb)
    return (
        before.dep_ == "nsubj"
        and before.head.i == verb.i
        and before.pos_ == "PROPN"
        and named is not None
        and named.i + 1 == head.i
    )


def misread_title(verb: Token) -> Token | None:
    """For a reporting verb with no subject, the misread job word before it that governs
    ("coach" of '"Q", Velora coach Ann Lee said'), or None."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in verb.children if c.i < verb.i and title_read_as_verb(c)), None)


def titled_subject(verb: Token) -> Token | None:
    """For a reporting verb with no subject, the person a misread job word before it names
    ("Ann Lee" of "Velora coach Ann Lee said"), or None."""
    title = misread_title(verb)
    return _named_object(title) if title is not None else None


def _named_object(verb: Token) -> Token | None:
    """The proper-noun object right after a verb ("Lee" of "coach Ann Lee"), or None."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1
        ),
        None,
    )
