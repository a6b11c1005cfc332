"""A dateline: the full date an article opens with, run straight into its first sentence
("Friday, May 8, 2020 In March, a study found ..."). It dates the article, not the words of
the sentence the parser ran it into, so it gives no ``said_on``. A date that opens a
sentence of its own keeps it ("Friday, May 8, 2020, the mayor said ...", "On Friday the
mayor said ...").
"""

from __future__ import annotations

from spacy.tokens import Token


def in_dateline(token: Token) -> bool:
    """Whether a date token belongs to a date with a year that opens the text, with no word
    or mark before it, and is followed straight by a capitalised word, with no comma between:
    "[Friday], May 8, 2020 In March, ..." (not "Friday, May 8, 2020, the mayor said ...", "On
    May 8, 2020 the mayor said ...")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if any(not t.is_space for t in doc[:start]) or doc[start].is_punct:
        return False
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end >= len(doc) or not any(_year(t) for t in doc[start:end]):
        return False
    after = doc[end]
    return not after.is_punct and after.text[:1].isupper()


def _year(token: Token) -> bool:
    """A four-digit year: "2020"."""
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"19", "20"}
