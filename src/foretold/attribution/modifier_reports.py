"""Reports the parse hung as a modifier on the subject of the clause they report: in
"Researchers at the lab reported warming seas appear to harm corals" the parser may read
"reported" as an adjective of "seas" ("reported seas") although it is a finite verb with a
subject of its own before it. A finite lexicon verb (past or present tense, not a participle)
attached as ``amod`` to the noun right after it, with its own subject before it, reports the
clause that noun is the subject of."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import cue_lemma
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def modifier_report_content(verb: Token) -> Range | None:
    """The clause reported by a finite verb the parse made a modifier of that clause's subject
    ("Lee [reported] warming seas appear to ...": "warming seas appear to ..."): from the word
    after the verb through the end of the phrase of the verb the noun is subject of, or None
    when the verb is no finite modifier with a subject of its own before it or the noun is no
    subject of a later verb ("Officials confirmed cases rose" has "cases" as subject of "rose";
    "there were confirmed cases" has no subject before "confirmed")."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in _FINITE or noun.i <= verb.i:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return None
    clause = noun.head
    if noun.dep_ not in _CLAUSE_SUBJECTS or clause.i <= noun.i:
        return None
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    return verb.i + 1, clause.right_edge.i + 1


def modifier_report(noun: Token) -> Token | None:
    """The lexicon verb hung as a modifier on a clause's subject that reports that clause, or
    None: a clause that opens with the subject ("warming seas appear to ...") must start after
    that verb, not take in its speaker ("researchers reported")."""
    for child in noun.lefts:
        if (
            cue_lemma(child.lemma_, child.text) in CUE_LEMMAS
            and modifier_report_content(child) is not None
        ):
            return child
    return None
