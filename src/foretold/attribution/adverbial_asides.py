"""A reporting aside the parse made an adverbial clause of the clause it interrupts.

In "By most measures, the aides admit, the recovery is weak" the parser may hang "admit" on
"is" as an adverbial clause, as if it were "as the aides admit". With no subordinator, a
subject of its own, nothing after the verb and a comma on each side, it is an aside that
reports the clause around it, as one the parser labels "parataxis" does; a clause with a
subordinator ("when the aides spoke, ...") tells when or why, and one that goes on after its
verb ("the aides admit it, ...") has content of its own.
"""

from __future__ import annotations

from spacy.tokens import Token


def adverbial_aside(verb: Token) -> bool:
    """A verb with a subject of its own and nothing after it, set off by commas, that the parse
    hung as an adverbial clause on the verb of the clause it interrupts: "[By most measures],
    the aides admit, [the recovery is weak]"."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    children = list(verb.children)
    if any(c.dep_ == "mark" or c.tag_ in {"WRB", "WDT", "WP"} for c in children):
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or verb.right_edge.i != verb.i:
        return False
    doc = verb.doc
    before, after = subject.left_edge.i - 1, verb.i + 1
    return before > 0 and doc[before].text == "," and after < head.i and doc[after].text == ","
