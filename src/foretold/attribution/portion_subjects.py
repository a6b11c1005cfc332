"""A part of a document speaks with the document's voice: the subject "Part of the
ministry's report" of "Part of the ministry's report reads ..." is the report, so whoever
holds the report (the ministry) is the speaker, never the word "Part"."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import SPEAKING_DOCUMENTS
from foretold.attribution.entities import DOCUMENT_NOUNS

_PORTION_NOUNS = frozenset(
    {"part", "parts", "portion", "portions", "section", "sections", "excerpt", "passage"}
)
_WHOLES = SPEAKING_DOCUMENTS | DOCUMENT_NOUNS


def portion_whole(head: Token) -> Token | None:
    """The document a portion noun subject is taken from ("Part of the court's ruling
    says ...", "A section of the report reads ...": ruling, report), or None."""
    if head.lower_ not in _PORTION_NOUNS or head.pos_ != "NOUN":
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for whole in prep.children:
            if whole.dep_ == "pobj" and whole.lower_ in _WHOLES:
                return whole
    return None
