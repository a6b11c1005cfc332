"""A part of a document speaks with the document's voice: the subject "Part of the
ministry's report" of "Part of the ministry's report reads ..." is the report, so whoever
holds the report (the ministry) is the speaker, never the word "Part"; so do passages taken
from it ("Excerpts from the senator's memoir reveal ...": the memoir, the senator). What a
study or a poll found is named with it: the mention of "the results of a new survey show ..."
holds the survey ("Early findings of the census suggest ...": the findings of the census,
``findings_end``), for the results are the survey's voice."""

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


# Nouns for what a study, a poll or a count found: "the results of the survey".
_FINDING_NOUNS = frozenset(
    {"result", "results", "finding", "findings", "data", "figures", "conclusions", "tally"}
)


def findings_end(head: Token) -> int:
    """Where a noun for what was found ends with the document that found it, when an "of" or
    "from" phrase right after it names one ("the results of nationwide surveys", "early
    findings from the census": after "surveys", "census"); right after the head otherwise."""
    after = head.i + 1
    if head.lower_ not in _FINDING_NOUNS or head.pos_ != "NOUN" or after >= len(head.doc):
        return after
    prep = head.doc[after]
    if prep.head.i != head.i or prep.dep_ != "prep" or prep.lower_ not in _WHOLE_PREPOSITIONS:
        return after
    whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if whole is None or not _document(whole):
        return after
    return whole.i + 1
