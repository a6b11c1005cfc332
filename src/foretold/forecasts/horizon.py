"""When a forecast is due: time phrases normalised to a date range, relative to a base date.

The base is the day the statement was made (else the publication date). Phrases that
dateparser alone misses are handled first: "early in 2022" -> 2022-01-01..2022-04-30,
"by the end of the year", "early next year", "next week", "in two years' time",
"within 30 days", "by March", "on Tuesday". Anything else that looks like a date is left to
dateparser. "by X" ranges start at the base; a named period gives its own bounds.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from foretold.forecasts.numbers import NUMBER_WORDS
from foretold.records import Horizon

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_COUNTS = {
    **NUMBER_WORDS,
    "a": 1,
    "an": 1,
    "several": 3,
    "a few": 3,
    "few": 3,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(_WEEKDAYS)
_COUNT = r"(\d+|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + r")"
_UNIT = r"(day|week|month|year|decade)s?"
_YEAR = r"((?:19|20)\d\d)"
_REL_YEAR = r"(next year|this year|the year|last year|" + _YEAR + ")"
# part-of-year qualifiers -> (first month, last month)
_PARTS = {
    "early": (1, 4),
    "the beginning of": (1, 3),
    "the start of": (1, 3),
    "mid": (5, 8),
    "the middle of": (5, 8),
    "late": (9, 12),
    "the end of": (10, 12),
    "end of": (10, 12),
    "the first half of": (1, 6),
    "the second half of": (7, 12),
    "the first quarter of": (1, 3),
    "the second quarter of": (4, 6),
    "the third quarter of": (7, 9),
    "the fourth quarter of": (10, 12),
}
_PART = "|".join(sorted((re.escape(p) for p in _PARTS), key=len, reverse=True))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("by_end", re.compile(rf"\b(?:by|before) (?:the )?end of {_REL_YEAR}", re.I)),
    ("part_year", re.compile(rf"\b({_PART})[\s-]*(?:in |of )?{_REL_YEAR}", re.I)),
    (
        "by_end_period",
        re.compile(r"\b(?:by|before) (?:the )?end of (?:the |this |next )?(week|month)", re.I),
    ),
    (
        "in_count",
        re.compile(
            rf"\b(?:in|within|over) (?:the next )?{_COUNT}(?: to {_COUNT})? {_UNIT}"
            r"(?:'s?)?(?: time)?",
            re.I,
        ),
    ),
    ("next_count", re.compile(rf"\b(?:the )?(?:next|coming) {_COUNT} {_UNIT}", re.I)),
    (
        "next_period",
        re.compile(
            r"\b(next|this|coming) (week|month|year|decade|summer|winter|spring|autumn|fall)\b",
            re.I,
        ),
    ),
    ("by_year", re.compile(rf"\b(?:by|before|until|till) (?:at least )?{_YEAR}\b", re.I)),
    (
        "by_month",
        re.compile(
            rf"\b(?:by|before|until|till) (?:the end of )?({_MONTH})\b(?:,? {_YEAR})?", re.I
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?:(?:{_WEEKDAY}),? )?({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? {_YEAR})?",
            re.I,
        ),
    ),
    ("in_month", re.compile(rf"\b(?:in|during|from) ({_MONTH})\b(?: {_YEAR})?", re.I)),
    ("in_year", re.compile(rf"\b(?:in|during|for|from) {_YEAR}\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on |by |next |this )?({_WEEKDAY})\b", re.I)),
    ("day_word", re.compile(r"\b(today|tonight|tomorrow|the day after tomorrow)\b", re.I)),
]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(word: str, base: date) -> int:
    word = word.lower()
    if word == "next year":
        return base.year + 1
    if word == "last year":
        return base.year - 1
    if word in ("this year", "the year"):
        return base.year
    return int(word)


def _count(word: str) -> int:
    word = word.lower()
    return _COUNTS[word] if word in _COUNTS else int(word)


def _add(base: date, n: int, unit: str) -> date:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return base + timedelta(days=n)
    if unit == "week":
        return base + timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = divmod(base.month - 1 + months, 12)
    year += base.year
    return date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1]))


def _next_month(month: int, base: date, year: str | None) -> int:
    if year:
        return int(year)
    return base.year if month >= base.month else base.year + 1


def _resolve(kind: str, m: re.Match[str], base: date) -> tuple[date | None, date | None] | None:
    g = m.groups()
    if kind == "by_end":
        return base, date(_year_of(g[0], base), 12, 31)
    if kind == "part_year":
        first, last = _PARTS[re.sub(r"\s+", " ", g[0].lower())]
        year = _year_of(g[1], base)
        return date(year, first, 1), _month_end(year, last)
    if kind == "by_end_period":
        if g[0].lower() == "week":
            return base, base + timedelta(days=6 - base.weekday())
        return base, _month_end(base.year, base.month)
    if kind == "in_count":
        n = _count(g[1] or g[0])
        return base, _add(base, n, g[2])
    if kind == "next_count":
        return base, _add(base, _count(g[0]), g[1])
    if kind == "next_period":
        which, unit = g[0].lower(), g[1].lower()
        step = 0 if which == "this" else 1
        if unit == "week":
            monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
            return (base if step == 0 else monday), monday + timedelta(days=6)
        if unit == "month":
            first = _add(base.replace(day=1), step, "month")
            return (base if step == 0 else first), _month_end(first.year, first.month)
        if unit == "year":
            year = base.year + step
            return (base if step == 0 else date(year, 1, 1)), date(year, 12, 31)
        if unit == "decade":
            return base, _add(base, 10, "year")
        seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
        if unit in seasons:
            first, last = seasons[unit]
            year = base.year + (1 if step and base.month > last else 0)
            return date(year, first, 1), _month_end(year, last)
        year = base.year if base.month <= 2 else base.year + 1
        return date(year - 1, 12, 1), _month_end(year, 2)
    if kind == "by_year":
        return base, date(int(g[0]), 12, 31)
    if kind == "by_month":
        month = _MONTHS[g[0].lower()]
        year = _next_month(month, base, g[1])
        return base, _month_end(year, month)
    if kind == "month_day":
        month, day = _MONTHS[g[0].lower()], int(g[1])
        year = _next_month(month, base, g[2])
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        return when, when
    if kind == "in_month":
        month = _MONTHS[g[0].lower()]
        year = _next_month(month, base, g[1])
        return date(year, month, 1), _month_end(year, month)
    if kind == "in_year":
        year = int(g[0])
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "weekday":
        ahead = (_WEEKDAYS[g[0].lower()] - base.weekday()) % 7
        when = base + timedelta(days=ahead)
        return (base, when) if m.group(0).lower().startswith("by ") else (when, when)
    if kind == "day_word":
        word = g[0].lower()
        days = {"today": 0, "tonight": 0, "tomorrow": 1}.get(word, 2)
        when = base + timedelta(days=days)
        return when, when
    return None


def find_horizon(text: str, base: date | None) -> Horizon | None:
    """The first time phrase of a clause, normalised against ``base``; None when open."""
    if not text:
        return None
    best: tuple[int, str, re.Match[str]] | None = None
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind, match)
    if best is None:
        return None
    _, kind, match = best
    phrase = match.group(0).strip()
    if base is None:
        return Horizon(None, None, phrase)
    bounds = _resolve(kind, match, base)
    if bounds is None:
        return Horizon(None, None, phrase)
    return Horizon(bounds[0], bounds[1], phrase)
