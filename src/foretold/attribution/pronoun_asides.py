"""A reporting aside the tagger read as a noun: a clause verb of the lexicon set off by commas
inside a sentence right after a subject pronoun ("Such plans, they reason, could help")
is a verb whatever its tag, the pronoun's report of the clause around it, as for any aside
("[Such plans], they reason, [could help]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.complement_content import complement_content
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import CLAUSE_VERBS, cue_lemma
from foretold.attribution.speaker_words import SUBJECT_PRONOUNS


def pronoun_aside_cue(doc: Doc, token: Token) -> Cue | None:
    """The cue of a clause verb tagged as a noun and hung on the clause around it as an aside,
    between a comma and its subject pronoun before it and a comma after it: ", they
    [reason],"; None otherwise."""
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CLAUSE_VERBS or token.dep_ != "parataxis" or token.i < 2:
        return None
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    subject = doc[token.i - 1]
    if subject.lower_ not in SUBJECT_PRONOUNS or subject.head.i != token.i:
        return None
    if doc[token.i - 2].text != ",":
        return None
    ranges = complement_content(token, lemma)
    if not ranges:
        return None
    return Cue(token, token.text, subject, [char_range(doc, a, b) for a, b in ranges])
