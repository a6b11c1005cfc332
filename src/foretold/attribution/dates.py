"""``said_on``: the day words were said, from a date that modifies the cue ("told AFP on Sunday").

Weekdays are the most recent such day on or before the publication date; "yesterday" and
"today" count from it; "June 16" takes the publication year (the year before if that would be
in the future). Without a publication date nothing relative is resolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_DAY_MONTH = re.compile(
    r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"
)
_DATE_DEPS = {"npadvmod", "tmod", "prep", "advmod", "obl", "nmod"}


def resolve_date(phrase: str, published: date | None) -> date | None:
    """The calendar date a short phrase names, relative to ``published``."""
    low = phrase.lower()
    if published is not None:
        if "yesterday" in low:
            return published - timedelta(days=1)
        if "today" in low or "tonight" in low or "this morning" in low:
            return published
        for number, day in enumerate(WEEKDAYS):
            if day in low:
                back = (published.weekday() - number) % 7
                if "last" in low and back == 0:
                    back = 7
                return published - timedelta(days=back)
    match = _DAY_MONTH.search(phrase)
    if match:
        month = _MONTH_ABBR.get(match["month"].lower()[:4]) or _MONTH_ABBR.get(
            match["month"].lower()[:3]
        )
        if month:
            year = int(match["year"]) if match["year"] else None
            if year is None:
                if published is None:
                    return None
                year = published.year
            try:
                found = date(year, month, int(match["day"]))
            except ValueError:
                return None
            if match["year"] is None and published is not None and found > published:
                try:
                    found = found.replace(year=year - 1)
                except ValueError:  # February 29 of a leap year, a year before a common one
                    return None
            return found
    return None


def cue_date(cue: Token, published: date | None) -> date | None:
    """The date attached to a cue verb in the parse, if one is."""
    for child in cue.children:
        if child.dep_ not in _DATE_DEPS:
            continue
        target = child
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                continue
            target = objects[0]
        if target.ent_type_ != "DATE":
            continue
        phrase = cue.doc[target.left_edge.i : target.right_edge.i + 1].text
        found = resolve_date(phrase, published)
        if found is not None:
            return found
    return None
