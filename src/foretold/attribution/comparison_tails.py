"""A closing phrase after a comma or a dash that sets a reported figure against another one is
the writer's comparison, not part of what was said: "she calls for [$2 billion] - half of what
her rival wants", "the survey found [sales rose to 9 million], less than a third of the
peak". It is headed by a fraction or a multiple with an "of" phrase, perhaps after a word of
degree ("less than", "about", "nearly")."""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.marks import DASHES

_MARKS = DASHES | {","}

# Words of degree that can open the comparison: "[less than] half of", "[about] a third of".
_DEGREE_WORDS = frozenset(
    {"less", "more", "than", "about", "nearly", "roughly", "almost", "only", "just", "barely",
     "a", "an", "some", "over", "under"}
)  # fmt: skip

_FRACTIONS = frozenset(
    {"half", "third", "quarter", "fifth", "tenth", "fraction", "double", "twice", "triple"}
)


def drop_comparison_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing phrase after a comma or a dash that compares the
    figure it gives with another: "[it raised $2 million], half of what it hoped for"."""
    for i in range(start + 1, end - 2):
        if doc[i].text not in _MARKS:
            continue
        j = i + 1
        while j < end - 2 and doc[j].lower_ in _DEGREE_WORDS:
            j += 1
        of = doc[j + 1]
        if (
            doc[j].lower_ in _FRACTIONS
            and of.lower_ == "of"
            and of.right_edge.i >= end - 2
            and not any(t.is_quote for t in doc[i + 1 : end])
        ):
            return i
    return end
