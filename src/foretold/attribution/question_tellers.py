"""Who goes on speaking after a question someone tells.

A verb of telling can take an embedded question as its object ("Lee described how the fire
spread", "She explained why the vote failed"), or by a preposition ("Lee hedged on whether
she would run", "He spoke about how it ended"). A participle of saying set off by a comma
after that question goes on with the teller's words ("Lee described how the fire spread,
saying ...": Lee says it), not with the subject inside the question (the fire). The parse
hangs the participle on the question's verb, and may even hang the question on the teller
as a clause of its own ("A witness described for the paper how the attack unfolded,
stating ...": the witness).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.speaker_words import is_name, people, person_noun

# Words that open an embedded question (not "when" or "where", which open time and place
# clauses as often).
QUESTION_WORDS = frozenset({"how", "why", "what", "whether"})

# Participles that go on with a report: "..., saying", "..., adding".
_SAYING = frozenset(
    {"say", "state", "add", "note", "explain", "write", "tell", "claim", "recall", "insist"}
)


def question_teller(cue: Token, lender: Token) -> Token | None:
    """For a participle of saying after a comma that the parse hung on the verb of an
    embedded question, the verb that tells the question ("described how the fire spread,
    saying ...": described; "hedged on whether she would run, telling ...": hedged), or the
    person the parse hung the question on ("A witness ... how the attack unfolded, stating":
    witness); None otherwise."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head != lender:
        return None
    if cue.lemma_.lower() not in _SAYING or cue.i < 1 or cue.doc[cue.i - 1].text != ",":
        return None
    first = lender.left_edge
    if first.lower_ not in QUESTION_WORDS or first.head != lender:
        return None
    above = lender.head
    if lender.dep_ == "ccomp" and above.pos_ in {"VERB", "AUX"}:
        return above
    if lender.dep_ == "pcomp" and above.pos_ == "ADP" and above.head.pos_ in {"VERB", "AUX"}:
        return above.head  # "hedged on whether he would ..., telling ...": hedged
    if lender.dep_ != "relcl" or above.i > first.i:
        return None
    return above if people(above) or person_noun(above) or is_name(above) else None
