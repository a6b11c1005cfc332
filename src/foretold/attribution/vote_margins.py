"""The margin of a vote or a poll after the one it favours: in "officers favored [Lee] 46
percent to 32 percent" the two shares measure how the group split, they are not what it
favoured; the content ends before the first share. A margin is two figures joined by "to",
each perhaps with "percent", "%" or "points", closing a range that is a noun phrase, the
object favoured: "backed [Cole], 57 percent to 22 percent", "preferred [the plan] 3 to 1". A
clause keeps its figures: "said [the vote went 3 to 1]", "said [sales rose 5 percent to 40
million]"."""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.marks import is_quote_token

# Words that may follow each figure of a margin: "46 [percent]", "46[%]", "12 [points]".
_UNITS = frozenset({"percent", "%", "per", "cent", "points", "point", "pct"})


def _figure_end(doc: Doc, i: int, end: int) -> int | None:
    """The index after a figure with its unit that opens at i ("46 percent", "46%"), or None."""
    if i >= end or not doc[i].like_num:
        return None
    i += 1
    while i < end and (doc[i].lower_ in _UNITS or doc[i].is_space):
        i += 1
    return i


def drop_vote_margin(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing margin of two figures joined by "to": "[Lee] 46
    percent to 32 percent"."""
    last = end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    for i in range(start + 1, last - 2):
        first = _figure_end(doc, i, last)
        if first is None or doc[i - 1].like_num:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[start:i]):
            return end
        j = first
        while j < last and doc[j].is_space:
            j += 1
        if j >= last or doc[j].lower_ != "to":
            continue
        k = j + 1
        while k < last and doc[k].is_space:
            k += 1
        if _figure_end(doc, k, last) == last and not any(is_quote_token(t) for t in doc[start:end]):
            return i
    return end
