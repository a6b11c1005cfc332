"""Records of scores: per forecast, per forecaster, per calibration bin, per timeline date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class CalibrationBin:
    """Forecasts whose probability of "yes" fell in ``[lower, upper)`` and how often "yes" came."""

    lower: float
    upper: float
    count: int
    mean_probability: float
    frequency: float


@dataclass(frozen=True, slots=True)
class Calibration:
    """The non-empty calibration bins of a set of forecasts, as parallel columns.

    Bin ``i`` holds the probabilities of "yes" in ``[lower[i], lower[i] + width)`` (the last bin
    includes 1): how many (``count``), their mean, and how often "yes" happened (``frequency``).
    """

    width: float
    lower: tuple[float, ...] = ()
    count: tuple[int, ...] = ()
    mean_probability: tuple[float, ...] = ()
    frequency: tuple[float, ...] = ()

    def bins(self) -> list[CalibrationBin]:
        """One record per non-empty bin."""
        return [
            CalibrationBin(lo, round(lo + self.width, 12), n, p, f)
            for lo, n, p, f in zip(
                self.lower, self.count, self.mean_probability, self.frequency, strict=True
            )
        ]


@dataclass(frozen=True, slots=True)
class ForecastScore:
    """One forecast scored against one resolved question.

    ``probability`` is the forecast's probability of the question's "yes" (already turned
    around for a negated link) and ``happened`` is the outcome the forecast is judged on
    (a "yes" that came after the forecast's horizon ended counts as "no" for it).
    """

    forecast_id: str
    question_id: str
    forecaster: str
    probability: float
    happened: bool
    brier: float
    log_score: float
    said_on: date | None = None
    resolved_on: date | None = None
    lead_days: int | None = None


@dataclass(frozen=True, slots=True)
class ForecasterScore:
    """One row of the leaderboard.

    ``forecasts`` counts the forecaster's forecasts in view (all of them, or those filed under
    one question); ``resolved`` counts those scored against a resolved question. Brier: lower
    is better; log score, skill and peer score: higher is better. The ``*_ci`` pairs are
    (low, high) percentile-bootstrap intervals at ``ci_level``.
    """

    forecaster: str
    forecaster_id: str
    forecasts: int
    resolved: int
    brier: float
    log_score: float
    skill: float
    peer: float | None
    questions: int
    lead_days: float | None
    brier_ci: tuple[float, float] | None = None
    log_score_ci: tuple[float, float] | None = None
    skill_ci: tuple[float, float] | None = None
    peer_ci: tuple[float, float] | None = None
    ci_level: float = 0.95
    calibration: Calibration | None = None
    rank: int = 0


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """The aggregate belief on a question from ``day`` on: the median of the live forecasts.

    ``low`` and ``high`` are the lowest and highest live forecasts; all three are None on a day
    when no forecast is live.
    """

    day: date
    live: int
    median: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class QuestionScore:
    """A forecast as filed under one question, with its score once the question resolved.

    ``score`` is None while the question is open or annulled, when the forecast is void (its
    condition failed) or when it was made after the resolution.
    """

    question_id: str
    title: str
    negated: bool
    by: str
    status: str
    outcome: str | None
    resolved_on: date | None
    void: bool
    score: ForecastScore | None


@dataclass(frozen=True, slots=True)
class TrackEntry:
    """One forecast of a track record, with its evidence and the questions it is filed under."""

    forecast_id: str
    kind: str
    probability: float
    proposition: str
    evidence: str
    said_on: date | None
    condition: str | None
    horizon_end: date | None
    article_id: str
    article_title: str | None
    article_url: str | None
    questions: tuple[QuestionScore, ...] = ()


@dataclass(frozen=True, slots=True)
class TrackRecord:
    """Everything one forecaster foretold, and how it turned out."""

    forecaster: str
    forecaster_id: str
    summary: ForecasterScore | None
    entries: tuple[TrackEntry, ...]
