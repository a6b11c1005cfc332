"""Reports the parse hung on the clause that continues their content: in "Lee said that rents
are high since without new homes, families may leave" the parse may make "said" a clause of
"leave", the verb after the comma. A report whose "that" clause opens the sentence's content
cannot be the clause of a later verb, so the words after the comma belong to that content."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.time_relatives import relative_on_time


def hung_report_content(verb: Token) -> Range | None:
    """The content of a reporting verb with a subject before it and a "that" clause after it
    that the parse made the clause of a later verb with a subject of its own, only a comma
    between them and none after that verb (which would set it off as an aside): from the
    "that" clause through the end of that verb's phrase, or None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in head.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    if head.left_edge.i < verb.left_edge.i:
        return None  # "As prices rose, Lee said that ...": the later verb opens elsewhere
    if relative_on_time(verb):
        return None  # "On the day that Lee said that A, B did C": B did C is the main clause
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after >= head.i or doc[after].text != ",":
        return None  # "Lee said that A: B did C": a colon sets off a new statement
    if head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
        return None  # "Lee said that A, experts noted, that B": a report set off as an aside
    return clause.left_edge.i, head.right_edge.i + 1
