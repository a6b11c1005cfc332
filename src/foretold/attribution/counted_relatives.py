"""Relative clauses that count part of what the content names.

A clause after a comma that opens with a number or a word for a part ("some", "half") and "of
whom" or "of which" goes on with the report rather than adding the writer's aside: in "Police
said forty people were at the party, six of whom were hurt" the police report the six who were
hurt as well as the forty. A plain ", who ..." or ", which ..." clause stays an aside, and so
does one that takes in the whole ("..., all of which drew criticism").
"""

from spacy.tokens import Token

# Words that pick out part of a whole; "all of which", "both of whom" and "each of which" take
# in the whole again and usually close a sentence with the writer's own remark on it.
_PART_WORDS = frozenset({"some", "many", "most", "none", "half", "several", "few", "one"})


def counted_relative(aside: Token) -> bool:
    """Whether a relative clause opens with a count of part of its antecedent: "[six of whom
    were hurt]", "[half of which came from loans]"; not "[all of which were sold]"."""
    if aside.dep_ != "relcl":
        return False
    doc = aside.doc
    first = aside.left_edge.i
    if first + 2 >= len(doc) or first + 2 > aside.i:
        return False
    count, of, pronoun = doc[first], doc[first + 1], doc[first + 2]
    return (
        (count.tag_ == "CD" or count.lower_ in _PART_WORDS)
        and of.lower_ == "of"
        and pronoun.lower_ in {"whom", "which"}
    )
