"""The probability a linked forecast gives to a question's "yes", as it is scored.

Rules, applied in order:

1. A link removed by a person counts for nothing (``None``).
2. A conditional forecast whose condition was marked unmet is void (``None``); an
   unknown condition (never marked) counts as met.
3. Orientation: a negated link ("hostilities do not break out" under "Will Russia
   launch an offensive?") turns p into 1 - p.
4. Horizon: a forecast says the event happens *by the end of its horizon*. When the
   question resolved ``yes`` after that end, the event did not happen within the
   horizon, so the forecast is scored as if the answer were "no". Since scores compare
   the returned probability with the question's outcome (yes), it returns 1 - p:
   Brier (p - 0)^2 = ((1 - p) - 1)^2 and log(1 - p) are the same either way. An
   outcome of ``no`` needs no adjustment (the event did not happen within any window).
"""

from __future__ import annotations

from dataclasses import dataclass

from foretold.records import Forecast, Link, Question


@dataclass(frozen=True, slots=True)
class LinkedForecast:
    """A forecast filed under a question, with the link and its condition's status."""

    forecast: Forecast
    link: Link
    condition_met: bool | None = None


def effective_probability(
    forecast: Forecast,
    link: Link,
    question: Question,
    condition_met: bool | None = None,
) -> float | None:
    """The probability to score against the question's outcome, or None when void."""
    if link.removed:
        return None
    if forecast.condition and condition_met is False:
        return None
    p = 1.0 - forecast.probability if link.negated else forecast.probability
    if horizon_missed(forecast, question):
        return 1.0 - p
    return p


def horizon_missed(forecast: Forecast, question: Question) -> bool:
    """True when the question resolved yes only after the forecast's horizon ended."""
    end = forecast.horizon.end if forecast.horizon else None
    return (
        question.outcome == "yes"
        and question.resolved_on is not None
        and end is not None
        and end < question.resolved_on
    )


def effective_of(linked: LinkedForecast, question: Question) -> float | None:
    """`effective_probability` for a `LinkedForecast` (as `forecasts_of_question` returns)."""
    return effective_probability(linked.forecast, linked.link, question, linked.condition_met)
