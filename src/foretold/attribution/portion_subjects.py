"""A part of a document speaks with the document's voice: the subject "Part of the
ministry's report" of "Part of the ministry's report reads ..." is the report, so whoever
holds the report (the ministry) is the speaker, never the word "Part"; so do passages taken
from it ("Excerpts from the senator's memoir reveal ...": the memoir, the senator)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import SPEAKING_DOCUMENTS
from foretold.attribution.entities import DOCUMENT_NOUNS

_PORTION_NOUNS = frozenset(
    {"part", "parts", "portion", "portions", "section", "sections", "excerpt", "excerpts"}
    | {"passage", "passages", "extract", "extracts"}
)
# Prepositions tying a portion to its document: "part of the report", "excerpts from the book".
_WHOLE_PREPOSITIONS = frozenset({"of", "from"})
_WHOLES = SPEAKING_DOCUMENTS | DOCUMENT_NOUNS


def portion_whole(head: Token) -> Token | None:
    """The document a portion noun subject is taken from ("Part of the court's ruling
    says ...", "A section of the report reads ...", "Excerpts from her book reveal ...":
    ruling, report, book), or None."""
    if head.lower_ not in _PORTION_NOUNS or head.pos_ != "NOUN":
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _WHOLE_PREPOSITIONS:
            continue
        for whole in prep.children:
            if whole.dep_ == "pobj" and _document(whole):
                return whole
    return None


def _document(noun: Token) -> bool:
    """A document noun, or a title with one before it: "the report", "the book Rage"."""
    if noun.lower_ in _WHOLES:
        return True
    return any(c.dep_ == "compound" and c.lower_ in _WHOLES for c in noun.lefts)
