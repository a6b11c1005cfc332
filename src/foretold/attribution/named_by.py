"""A name given by someone in a passive naming verb: "the inquiry, often labeled a "witch hunt"
by critics" or "the town, called the "Gem of the Valley" by its residents". The "by" phrase
names who gives the name (the parse often hangs it on the name itself), and the name is what
they say: content "a "witch hunt"", source "critics"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import AMOUNT_ENTS, HUMAN_SUBJECTS
from foretold.attribution.marks import DASHES
from foretold.attribution.ranges import trim
from foretold.attribution.speaker_words import people

NAMING_VERBS = frozenset({"call", "label", "dub", "brand", "nickname", "term"})

# Marks that set an aside off: "the town[,] called the "Gem" by its residents[,]".
ASIDE_MARKS = DASHES | {","}


def name_of(verb: Token) -> Token | None:
    """The name a naming verb gives: its predicate ("called [the Gem]") or the object of its
    "as" ("labeled as [a witch hunt]")."""
    for child in verb.rights:
        if child.dep_ == "oprd":
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _by_phrase(verb: Token, name: Token) -> Token | None:
    """The "by" after the name, on the verb or on the name."""
    for head in (verb, name):
        for child in head.rights:
            if child.dep_ in {"prep", "agent"} and child.lower_ == "by" and child.i > name.i:
                return child
    return None


def _set_off(verb: Token) -> bool:
    """A participle set off by a comma or dash ("the town, called ..."), which the parse may
    take for a past tense with the noun before the comma for subject."""
    return verb.i > 0 and verb.doc[verb.i - 1].text in ASIDE_MARKS


def _gives_names(source: Token) -> bool:
    """A "by" object that can give a name: people, a group or a plural ("by critics"), not a
    measure or a means ("by any measure", "by phone")."""
    return (
        people(source)
        or source.ent_type_ in HUMAN_SUBJECTS
        or source.tag_ == "NNPS"
        or (source.tag_ == "NNS" and source.ent_type_ not in AMOUNT_ENTS)
    )


def named_by(doc: Doc, verb: Token) -> Cue | None:
    """The cue of a passive naming verb with a "by" phrase after the name; none for an active
    verb ("Critics called it a sham": the subject speaks) or one with no name given."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not _set_off(verb) and (verb.tag_ != "VBN" or any(c.dep_ == "nsubj" for c in verb.children)):
        return None
    name = name_of(verb)
    if name is None:
        return None
    by = _by_phrase(verb, name)
    source = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if by is None or source is None or not _gives_names(source):
        return None
    span = trim(doc, name.left_edge.i, by.i)
    if span is None:
        return None
    return Cue(verb, verb.text, source, [char_range(doc, *span)])


def names_by(cue: Cue) -> bool:
    """The cue is a naming verb whose source is its "by" phrase ("called X by its residents"):
    the source gives the name itself, and no one relays it."""
    subject = cue.subject
    return (
        cue.token.lemma_.lower() in NAMING_VERBS
        and subject is not None
        and subject.head.lower_ == "by"
        and subject.head.dep_ in {"prep", "agent"}
    )


def named_aside(cue: Cue) -> tuple[int, int] | None:
    """The characters of a naming participle set off by commas or dashes, through its "by"
    phrase ("Lee toured the town[, called the "Gem" by its residents,] on Monday"): a report
    of its own inside the sentence, not part of a report around it."""
    verb = cue.token
    if not names_by(cue) or not _set_off(verb):
        return None
    doc = verb.doc
    last = cue.subject.right_edge.i if cue.subject is not None else verb.i
    if last + 1 >= len(doc) or doc[last + 1].text not in ASIDE_MARKS:
        return None
    before = doc[verb.i - 1]
    return before.idx, doc[last + 1].idx + len(doc[last + 1].text)
