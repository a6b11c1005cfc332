"""A source phrase right after or inside a relative clause set off by a comma sources that
clause only: in "Critics attacked the plan, which would cut the budget by half, according to
the council" and in "Critics attacked the plan, which, according to the council, would cut the
budget by half" the council gave the size of the cut, not the critics' attack."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range

_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def sourced_relative(according: Token) -> Range | None:
    """The token range of the comma-set relative clause that ends right before ", according
    to X", or None: "the deal, [which would cut costs], according to aides"."""
    doc = according.doc
    if according.i < 4 or doc[according.i - 1].text != ",":
        return None
    last = doc[according.i - 2]
    clause = next((t for t in (last, *last.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != last.i:
        return None
    first = clause.left_edge
    if first.lower_ not in _RELATIVE_PRONOUNS or first.i == 0:
        return None
    if doc[first.i - 1].text != "," or clause.head.i >= first.i:
        return None
    return first.i, last.i + 1


def relative_host(according: Token) -> Token | None:
    """The verb of the comma-set relative clause a source phrase sits inside, set off by a
    comma after its relative pronoun with the clause going on after it, or None: "the deal,
    which, according to aides, [would cut costs]" (but not "the deal, which they signed
    according to aides", where the phrase may close the sentence)."""
    doc = according.doc
    for head in according.ancestors:
        if head.dep_ != "relcl":
            continue
        first = head.left_edge
        if (
            first.lower_ in _RELATIVE_PRONOUNS
            and first.i > 0
            and first.i < according.i
            and doc[first.i - 1].text == ","
            and doc[according.i - 1].text == ","
            and head.right_edge.i > according.right_edge.i
        ):
            return head
        return None
    return None
