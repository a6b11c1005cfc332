"""Sources that record a speaker's words rather than relay them: in '"Q," Lee said, according
to a transcript of the hearing' the transcript only sets down what Lee said, so Lee is the
speaker; in '"Q," Lee said, according to aides' the aides pass the words on and speak."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import EVIDENCE_NOUNS, SPEAKING_DOCUMENTS, word_set

# Written or taped records of what was said ("a transcript", "the minutes", "a recording").
RECORD_NOUNS = (
    EVIDENCE_NOUNS
    | SPEAKING_DOCUMENTS
    | word_set(
        """
        summary summaries transcript transcripts minutes recording recordings footage tape
        tapes notes judgment judgement verdict decision order
        """
    )
)


def records_words(source: Token) -> bool:
    """A common noun naming a written or taped record ("according to the minutes of the
    meeting", "according to a summary of the ruling"), not a person or body that speaks."""
    return source.pos_ == "NOUN" and (
        source.lower_ in RECORD_NOUNS or source.lemma_.lower() in RECORD_NOUNS
    )
