"""Scores: proper scoring rules, peer scores, calibration, leaderboards and timelines."""

from foretold.scoring.bootstrap import grouped_mean_ci, mean_ci
from foretold.scoring.calibration import calibration, calibration_bins
from foretold.scoring.leaderboard import DEFAULT_MIN_RESOLVED, leaderboard
from foretold.scoring.peer import PeerScores, peer_scores
from foretold.scoring.records import (
    Calibration,
    CalibrationBin,
    ForecasterScore,
    ForecastScore,
    QuestionScore,
    TimelinePoint,
    TrackEntry,
    TrackRecord,
)
from foretold.scoring.rules import brier, brier_scores, log_score, log_scores, skill, skills
from foretold.scoring.table import ScoredForecasts, ScoreRow
from foretold.scoring.timeline import TimelineEntry, timeline

__all__ = [
    "DEFAULT_MIN_RESOLVED",
    "Calibration",
    "CalibrationBin",
    "ForecastScore",
    "ForecasterScore",
    "PeerScores",
    "QuestionScore",
    "ScoreRow",
    "ScoredForecasts",
    "TimelineEntry",
    "TimelinePoint",
    "TrackEntry",
    "TrackRecord",
    "brier",
    "brier_scores",
    "calibration",
    "calibration_bins",
    "grouped_mean_ci",
    "leaderboard",
    "log_score",
    "log_scores",
    "mean_ci",
    "peer_scores",
    "skill",
    "skills",
    "timeline",
]
