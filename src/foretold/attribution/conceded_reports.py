"""A report of the speaker's own after a concession inside another report: in "Lee admitted
that while the fund was small, she argued it would last" Lee admitted the fund was small and
argued it would last; the parse hangs "argued" and its concession under "admitted", but
"she argued ..." is a report of its own, and "admitted" keeps the concession."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Marks of a concession clause fronted before the subject: "while the fund was small, she ...".
CONCEDING_MARKS = frozenset({"while", "although", "though", "whereas"})


def conceded_report(cue: Cue) -> tuple[int, int] | None:
    """The characters from the subject through the content of a cue verb that a "that" clause
    of another verb opens, with a pronoun subject of its own after a fronted concession:
    "admitted that while the fund was small, [she argued it would last]" (a noun subject, as
    in "said that while sales fell, analysts expected a rebound", is a report the speaker
    relays, and stays inside it), or None."""
    verb = cue.token
    subject = cue.subject
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or not cue.fragments:
        return None
    if subject is None or subject.head.i != verb.i or subject.pos_ != "PRON":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    if not any(_fronted_concession(c, subject) for c in verb.children):
        return None
    end = max(cue.fragments[-1][1], verb.idx + len(verb.text))
    return subject.idx, end


def _fronted_concession(clause: Token, subject: Token) -> bool:
    """An adverbial clause before the subject opened by a mark of concession: "while the fund
    was small"."""
    return (
        clause.dep_ == "advcl"
        and clause.i < subject.i
        and any(m.dep_ == "mark" and m.lower_ in CONCEDING_MARKS for m in clause.children)
    )
