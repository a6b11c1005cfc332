"""A closing phrase after a comma or a dash that sets a reported figure against another one is
the writer's comparison, not part of what was said: "she calls for [$2 billion] - half of what
her rival wants", "the survey found [sales rose to 9 million], less than a third of the
peak". It is headed by a fraction or a multiple with an "of" phrase, perhaps after a word of
degree ("less than", "about", "nearly"), or, after a figure, by a word that places the figure
above or below another one, perhaps after an adverb of degree: "reported [a profit of $2 a
share], well above the $1.80 analysts expected", "[a fee of $40,000], higher than any he
reported before". The yardstick is the writer's: what others expected, what others were
paid. So is a change from an earlier figure closing a clause that a cue before it reports,
when no verb of change in the clause gives it: "said [it would give $75,000], down sharply
from the $600,000 it gave in 2012" (the report gives one figure; the writer sets the old one
beside it). After a verb of change the earlier figure is part of the same report, and stays
("said [its share rose to 17%, up from 14% a year ago]"), and so does the change in a
sentence a source phrase or a closing cue reports whole ("According to the ministry, [the
country has two million refugees, down from a peak of three million]")."""

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


# Verbs of change, whose report of a new figure takes in the old one: "rose to 17%, up from 14%".
_CHANGE_VERBS = frozenset(
    {"rise", "fall", "grow", "increase", "decrease", "decline", "drop", "climb", "jump", "slip",
     "gain", "lose", "shrink", "soar", "plunge", "surge", "dip", "sink", "tumble", "double",
     "triple", "halve", "raise", "cut", "reduce", "boost", "lower", "change", "swell", "slide"}
)  # fmt: skip
# Words that open a change from an earlier figure: "[up] 31 percent from", "[down] from".
_CHANGE_WORDS = frozenset({"up", "down"})


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


def _change_from(doc: Doc, start: int, i: int, end: int, anchor: int | None) -> bool:
    """A phrase opened at i that sets the figure before it against an earlier one, "down
    sharply from the $600,000", "up 31 percent from a year earlier", closing a clause that the
    cue at the anchor, before it, reports, when no verb of change in the clause gives the
    change."""
    if doc[i].lower_ not in _CHANGE_WORDS or anchor is None or anchor >= start:
        return False
    if doc[anchor] not in doc[i - 2].ancestors:
        return False
    if not any(doc[j].lower_ == "from" for j in range(i + 1, min(end - 1, i + 6))):
        return False
    return not any(t.lemma_.lower() in _CHANGE_VERBS for t in doc[start:i] if t.pos_ == "VERB")


def drop_comparison_tail(doc: Doc, start: int, end: int, anchor: int | None = None) -> int:
    """The end of a range without a closing phrase after a comma or a dash that compares the
    figure it gives with another: "[it raised $2 million], half of what it hoped for", "[a
    profit of $2], well above forecasts", and, after a cue at the anchor before the range, "said
    [it would give $75,000], down from the $600,000 it gave"."""
    for i in range(start + 1, end - 2):
        if doc[i].text not in _MARKS:
            continue
        if (
            _figure(doc, start, i)
            and (_placing_phrase(doc, i + 1, end) or _change_from(doc, start, i + 1, end, anchor))
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
