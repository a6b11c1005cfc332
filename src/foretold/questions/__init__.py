"""Questions: forecasts grouped by the event they are about, and how each one points."""

from foretold.questions.effective import (
    LinkedForecast,
    effective_of,
    effective_probability,
    horizon_missed,
)
from foretold.questions.embedding import Embedder, load_embedder
from foretold.questions.linking import ForecastText, LinkDecision, Linker

__all__ = [
    "Embedder",
    "ForecastText",
    "LinkDecision",
    "LinkedForecast",
    "Linker",
    "effective_of",
    "effective_probability",
    "horizon_missed",
    "load_embedder",
]
