"""A group set against the speaker: when the speaker is a part of a group named with "some"
("Some customers reported ..."), a later clause whose subject is "others" (or "other"
with a noun) opens the other part of that pair, whose own doings the writer goes on to tell,
not something the first part said: "Some customers reported [that the line was busy], and
others posted about it"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.marks import is_quote_token
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Words that open a speaker that is one part of a group: "some voters", "some of the staff".
_PART_WORDS = frozenset({"some"})
# Words that, as the subject of a clause, name the other part: "others", "other voters".
_OTHER_WORDS = frozenset({"others", "other"})
# Words that join the two parts, right before the second one.
_JOINERS = frozenset({"and", "but", "while", "whereas", "whilst"})
# Marks that may stand before the joining word.
_MARKS = frozenset({",", ";"})


def drop_contrasted_others(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a range after the cue of a "some" speaker, cut before a clause whose subject
    is "others": "Some fans said [the game was dull], while others left early" (not when the
    speaker is the whole group: "Fans said the game was dull and others left early")."""
    cue = doc[anchor]
    if anchor >= start or not _part_speaker(cue):
        return end
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in _OTHER_WORDS or doc[i - 1].lower_ not in _JOINERS:
            continue
        if not _clause_subject(doc[i]) or any(is_quote_token(t) for t in doc[start:i]):
            continue
        cut = i - 1
        while cut > start and doc[cut - 1].text in _MARKS:
            cut -= 1
        return cut
    return end


def _part_speaker(cue: Token) -> bool:
    """A cue whose subject opens with "some": "[Some] customers reported"."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and subjects[0].left_edge.lower_ in _PART_WORDS


def _clause_subject(word: Token) -> bool:
    """ "others" as the subject of a clause ("[others] posted"), or "other" opening one ("[other]
    fans left")."""
    subject = word if word.lower_ == "others" else word.head
    if word.lower_ == "other" and (word.dep_ != "amod" or subject.left_edge != word):
        return False
    return subject.dep_ in SUBJECT_DEPS and subject.head.pos_ in {"VERB", "AUX"}
