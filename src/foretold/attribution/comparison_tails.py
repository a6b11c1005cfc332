"""A closing phrase after a comma or a dash that sets a reported figure against another one is
the writer's comparison, not part of what was said: "she calls for [$2 billion] - half of what
her rival wants", "the survey found [sales rose to 9 million], less than a third of the
peak". It is headed by a fraction or a multiple with an "of" phrase, perhaps after a word of
degree ("less than", "about", "nearly"), or, after a figure, by a word that places the figure
above or below another one, perhaps after an adverb of degree: "reported [a profit of $2 a
share], well above the $1.80 analysts expected", "[a fee of $40,000], higher than any he
reported before". The yardstick is the writer's: what others expected, what others were
paid. (A change from the speaker's own earlier figure, "rose to 17%, up from 14% a year
ago", is often part of the same report, and stays.)"""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.marks import DASHES
from foretold.attribution.token_index import tokens_of

_MARKS = DASHES | {","}

# Words of degree that can open the comparison: "[less than] half of", "[about] a third of".
_DEGREE_WORDS = frozenset(
    {"less", "more", "than", "about", "nearly", "roughly", "almost", "only", "just", "barely",
     "a", "an", "some", "over", "under"}
)  # fmt: skip

_FRACTIONS = frozenset(
    {"half", "third", "quarter", "fifth", "tenth", "fraction", "double", "twice", "triple"}
)


# Adverbs of degree before a word that places a figure: "[well] above", "[far] higher than".
_PLACING_DEGREE = frozenset(
    {"well", "far", "much", "way", "sharply", "slightly", "significantly", "substantially",
     "considerably", "somewhat", "just", "steeply", "markedly"}
)  # fmt: skip
# Words that place a figure against another: "above the forecast", "higher than any fee".
_PLACING_WORDS = frozenset({"above", "below"})
_PLACING_THAN = frozenset({"higher", "lower", "greater", "smaller", "bigger"})


def _figure(doc: Doc, start: int, end: int) -> bool:
    """A number or a sign of money or percent in a stretch of the text."""
    return any(t.like_num or t.tag_ == "$" or t.text == "%" for t in tokens_of(doc)[start:end])


def _placing_phrase(doc: Doc, i: int, end: int) -> bool:
    """A phrase opened at i that places a figure above or below another one: "well above the
    $1.80 expected", "far higher than any fee before"."""
    j = i
    while j < end - 2 and doc[j].lower_ in _PLACING_DEGREE:
        j += 1
    word = doc[j].lower_
    if word in _PLACING_WORDS:
        return True
    k = j + 1
    while k < end - 1 and doc[k].lower_ in _PLACING_DEGREE:
        k += 1
    return word in _PLACING_THAN and doc[k].lower_ == "than"


def drop_comparison_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing phrase after a comma or a dash that compares the
    figure it gives with another: "[it raised $2 million], half of what it hoped for", "[a
    profit of $2], well above forecasts"."""
    for i in range(start + 1, end - 2):
        if doc[i].text not in _MARKS:
            continue
        if (
            _figure(doc, start, i)
            and _placing_phrase(doc, i + 1, end)
            and not any(t.is_quote for t in doc[i + 1 : end])
        ):
            return i
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
