"""A participle opened by its own "while" or "when" after a comma goes with the main clause,
not with a side clause of reasons or time it follows: in "Experts called the plan costly, as
fuel is dear and margins are thin, while noting it might work" the experts note it, not the
margins. The side clause is a finite clause opened by a subordinating word ("as", "because",
"since", "although") or a conjunct of one, and its subject a thing rather than people or a
name, which a participle of saying cannot have.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.speaker_words import people

# Words opening a side clause of reason, time or concession.
SIDE_MARKS = frozenset({"as", "because", "since", "although", "though", "while", "whereas"})
# Words opening a participle's own side clause: "while noting", "when asked".
PARTICIPLE_MARKS = frozenset({"while", "when", "whilst"})


def main_verb_past_side_clause(cue: Token, lender: Token, found: Token) -> Token | None:
    """For a participle cue after a comma opened by "while" or "when", whose lender is a side
    clause (or a conjunct of one) with a thing for subject, the verb that side clause hangs
    on ("called it costly, as margins are thin, while noting ...": called), or None."""
    if cue.tag_ != "VBG" or not _opened_by(cue, PARTICIPLE_MARKS) or not _after_comma(cue):
        return None
    if found.pos_ != "NOUN" or people(found) or found.ent_type_:
        return None
    clause = lender
    if clause.dep_ == "conj" and clause.head.dep_ == "advcl":
        clause = clause.head
    if clause.dep_ != "advcl" or not _opened_by(clause, SIDE_MARKS):
        return None
    main = clause.head
    return main if main.pos_ in {"VERB", "AUX"} and main.i < clause.i else None


def _opened_by(verb: Token, marks: frozenset[str]) -> bool:
    """A verb whose clause opens with one of the given subordinating words."""
    return any(c.dep_ == "mark" and c.lower_ in marks and c.i < verb.i for c in verb.children)


def _after_comma(cue: Token) -> bool:
    """A comma right before the participle or before its opening word (", while noting")."""
    doc = cue.doc
    i = cue.i - 1
    if i >= 0 and doc[i].dep_ == "mark":
        i -= 1
    return i >= 0 and doc[i].text == ","
