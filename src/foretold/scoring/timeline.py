"""What did the news believe? The median of the live forecasts on a question, day by day.

A forecast is live from the day it was made until (not including) the first of: the day its
forecaster made a later forecast on the same question, the day after its horizon ends, and the
day the question resolved. Forecasts one forecaster made on the same question on the same day
stand together as their mean. The timeline has one point for each day the set of live forecasts
changes.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from foretold.scoring.records import TimelinePoint


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One forecast on the question: its probability of "yes" and when it was live."""

    forecaster_id: str
    probability: float
    said_on: date
    until: date | None = None  # exclusive; None while nothing ends it
    forecaster: str = ""


def live_intervals(entries: Iterable[TimelineEntry]) -> list[tuple[date, date | None, float]]:
    """(start, end or None, probability) of each forecaster's standing forecasts."""
    by_day: dict[tuple[str, date], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_day[(entry.forecaster_id, entry.said_on)].append(entry)
    per_forecaster: dict[str, list[tuple[date, date | None, float]]] = defaultdict(list)
    for (forecaster, day), group in sorted(by_day.items()):
        ends = [e.until for e in group]
        until = None if any(u is None for u in ends) else max(u for u in ends if u is not None)
        if until is not None and until <= day:
            continue  # never live: expired or resolved before it was made
        mean = statistics.fmean(e.probability for e in group)
        per_forecaster[forecaster].append((day, until, mean))
    out = []
    for standing in per_forecaster.values():
        for i, (start, until, p) in enumerate(standing):
            if i + 1 < len(standing):
                nxt = standing[i + 1][0]
                until = nxt if until is None else min(until, nxt)
            out.append((start, until, p))
    return out


def timeline(entries: Iterable[TimelineEntry]) -> list[TimelinePoint]:
    """The aggregate probability of "yes" on each day the live forecasts change."""
    intervals = live_intervals(entries)
    days = sorted({s for s, _, _ in intervals} | {e for _, e, _ in intervals if e is not None})
    points = []
    for day in days:
        live = sorted(p for s, e, p in intervals if s <= day and (e is None or day < e))
        if live:
            points.append(TimelinePoint(day, len(live), statistics.median(live), live[0], live[-1]))
        else:
            points.append(TimelinePoint(day, 0, None, None, None))
    return points
