"""A document put out in a passive clause speaks in the participle that follows: in "A
statement was released on Monday saying the plant would close" the statement says it, and in
"A lawsuit was filed in May alleging fraud" the lawsuit alleges it. A participle with no subject
of its own is read with the subject of the clause it hangs on, which for a passive verb with no
``by`` agent is its passive subject. Only a document is taken so: a person in that place ("He
was arrested in May, saying ...") is left to the other rules, and a ``by`` agent ("released by
the ministry, saying ...") is the one who put the document out."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import SPEAKING_DOCUMENTS


def released_document(cue: Token) -> Token | None:
    """For an "-ing" participle with no subject hung after a passive verb with no agent, the
    document that is that verb's subject ("A memo was released late on Friday stating ...":
    memo), or None."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    verb = cue.head
    if verb.i > cue.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in SPEAKING_DOCUMENTS:
        return None
    return subject
