"""Writings are no one: a report, a study, a statement, a press release, a video or an autopsy
may be the source of what a sentence says ("Early reports said ...", "A 2011 study found ...",
"traffic camera footage showed ..."), but it is not a person, an organisation or a group, so
it makes no record in the people table. The name of a publication or a body, written in
capitals, is a name ("Consumer Reports said", "the Manila Bulletin reported", "the Office of
Naval Research said")."""

from __future__ import annotations

from foretold.attribution.cues import word_set
from foretold.attribution.entities import DOCUMENT_NOUNS

# Writings, recordings and findings a sentence may take as its source that the statement
# stage's document nouns leave out: a recording ("the video shows", "traffic camera footage"),
# a summary or a description, a decision or a motion, a book or memoirs, the facts or evidence
# found, an autopsy's findings ("An autopsy determined ...").
_RECORDS = word_set(
    """
    footage video videos recording recordings imaging summary description headline headlines
    decision motion agreement law guidelines book memoirs presentation comments messages
    evidence fact facts result observations hypothesis projections calculations statistics
    autopsy
    """
)
# "public figures", "key figures" are people; the word names a writing only in "the figures
# show", which no speaker name ends with.
_WRITINGS = (DOCUMENT_NOUNS | _RECORDS) - {"figures"}


def names_document(name: str) -> bool:
    """The name ends in a document noun written in lower case ("reports", "the 2011 study",
    "AEW press release", "the company website"); not a title in capitals ("Consumer Reports").

    >>> names_document("initial reports"), names_document("Consumer Reports")
    (True, False)
    """
    words = name.split()
    return bool(words) and words[-1].islower() and words[-1] in _WRITINGS
