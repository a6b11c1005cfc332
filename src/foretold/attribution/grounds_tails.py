"""A closing "based on" phrase after a comma gives the grounds a claim rests on, in words of
the writer's that name where the grounds came from, not part of the claim: "they argue [that
the board should resign], based on polls that show it losing support". The polls' own report
("polls that show ...") is a statement of its own."""

from __future__ import annotations

from spacy.tokens import Doc


def drop_grounds_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing ", based on ..." phrase that runs to its end:
    "[the board should resign], based on polls"."""
    for i in range(start + 1, end - 3):
        if doc[i].text != "," or doc[i + 1].lower_ != "based" or doc[i + 2].lower_ != "on":
            continue
        if doc[i + 1].right_edge.i >= end - 1 or doc[i + 2].right_edge.i >= end - 1:
            return i
    return end
