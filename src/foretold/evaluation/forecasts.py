"""Measure forecast extraction against a gold file (format: docs/forecast-gold.md).

A predicted forecast matches a gold one when their evidence texts overlap substantially: at
least half of the word tokens of the smaller of the two are shared. Matching is one to one,
best overlap first. Only predictions of kind "forecast" are scored; intentions are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from foretold.evaluation.gold_articles import GoldError, article_of, gold_lines, news_fields
from foretold.evaluation.measures import f1, share
from foretold.ids import normalise_name
from foretold.records import Forecast

MIN_OVERLAP = 0.5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class GoldForecast:
    evidence: str
    forecaster: str
    forecaster_also: tuple[str, ...] = ()
    probability: float | None = None
    probability_range: tuple[float, float] | None = None
    condition: bool = False


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    forecasts: tuple[GoldForecast, ...]
    not_forecasts: tuple[str, ...]
    published: date | None = None
    publisher: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(slots=True)
class ForecastScores:
    """Counts and sums behind the printed figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    forecaster_ok: int = 0
    direction_ok: int = 0
    abs_errors: list[float] = field(default_factory=list)
    in_range: int = 0
    with_range: int = 0
    not_forecasts: int = 0
    not_forecasts_reported: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)
    wrong_forecaster: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return share(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return share(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def forecaster_accuracy(self) -> float:
        return self.forecaster_ok / self.tp if self.tp else 0.0

    @property
    def direction_accuracy(self) -> float:
        return self.direction_ok / self.tp if self.tp else 0.0

    @property
    def mae(self) -> float:
        return sum(self.abs_errors) / len(self.abs_errors) if self.abs_errors else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "matched": self.tp,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "forecaster_accuracy": round(self.forecaster_accuracy, 3),
            "direction_accuracy": round(self.direction_accuracy, 3),
            "probability_mae": round(self.mae, 3),
            "probability_in_range": self.in_range,
            "with_range": self.with_range,
            "not_forecasts": self.not_forecasts,
            "not_forecasts_reported": self.not_forecasts_reported,
        }


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def overlap(a: str, b: str) -> float:
    """Shared word tokens as a share of the smaller text (multiset count)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    pool: dict[str, int] = {}
    for t in tb:
        pool[t] = pool.get(t, 0) + 1
    shared = 0
    for t in ta:
        if pool.get(t, 0):
            pool[t] -= 1
            shared += 1
    return shared / min(len(ta), len(tb))


def same_forecaster(predicted: str, gold: str, also: Iterable[str] = ()) -> bool:
    """Names agree when one's words contain the other's, or their last words agree."""
    p = normalise_name(predicted).split()
    for name in (gold, *also):
        g = normalise_name(name).split()
        if not p or not g:
            continue
        if set(g) <= set(p) or set(p) <= set(g) or (p[-1] == g[-1] and len(g[-1]) > 3):
            return True
    return False


def _gold_probability(g: GoldForecast) -> float | None:
    if g.probability is not None:
        return g.probability
    if g.probability_range is not None:
        return sum(g.probability_range) / 2
    return None


def score_article(gold: GoldArticle, predicted: Iterable[Forecast], scores: ForecastScores) -> None:
    """Add one article's matches to ``scores``."""
    preds = [f for f in predicted if f.kind == "forecast"]
    pairs = sorted(
        (
            (overlap(p.statement, g.evidence), i, j)
            for i, p in enumerate(preds)
            for j, g in enumerate(gold.forecasts)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for value, i, j in pairs:
        if value < MIN_OVERLAP or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = preds[i], gold.forecasts[j]
        scores.tp += 1
        if same_forecaster(p.forecaster, g.forecaster, g.forecaster_also):
            scores.forecaster_ok += 1
        else:
            scores.wrong_forecaster.append((gold.id, g.forecaster, p.forecaster))
        target = _gold_probability(g)
        if target is not None:
            scores.abs_errors.append(abs(p.probability - target))
            if target == 0.5:
                scores.direction_ok += abs(p.probability - 0.5) <= 0.1
            else:
                scores.direction_ok += (p.probability > 0.5) == (target > 0.5)
        if g.probability_range is not None:
            scores.with_range += 1
            lo, hi = g.probability_range
            scores.in_range += lo <= p.probability <= hi
    for i, p in enumerate(preds):
        if i not in used_p:
            scores.fp += 1
            scores.false_alarms.append((gold.id, p.statement))
    for j, g in enumerate(gold.forecasts):
        if j not in used_g:
            scores.fn += 1
            scores.misses.append((gold.id, g.evidence))
    for text in gold.not_forecasts:
        scores.not_forecasts += 1
        if any(overlap(p.statement, text) >= MIN_OVERLAP and _holds(p, text) for p in preds):
            scores.not_forecasts_reported += 1


def _holds(p: Forecast, text: str) -> bool:
    """The prediction's sentence contains the look-alike (not merely a neighbour of it)."""
    return overlap(text, p.statement) >= 0.8


def _gold_forecast(item: dict[str, Any], where: str) -> GoldForecast:
    evidence = item.get("evidence") or item.get("contains")
    if not evidence or "forecaster" not in item:
        raise GoldError(f"{where}: a forecast needs 'evidence' (or 'contains') and 'forecaster'")
    rng = item.get("probability_range")
    return GoldForecast(
        evidence=evidence,
        forecaster=item["forecaster"],
        forecaster_also=tuple(item.get("forecaster_also", ())),
        probability=item.get("probability"),
        probability_range=(float(rng[0]), float(rng[1])) if rng else None,
        condition=bool(item.get("condition")),
    )


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file: one article per line with its text and annotations."""
    articles = []
    for row, where in gold_lines(path):
        fields = news_fields(row, where)
        article = row.get("article") or {}
        if fields["published"] is None and article.get("published"):
            fields["published"] = date.fromisoformat(article["published"])
        fields["publisher"] = fields["publisher"] or article.get("publisher")
        articles.append(
            GoldArticle(
                **fields,
                forecasts=tuple(_gold_forecast(f, where) for f in row.get("forecasts", ())),
                not_forecasts=tuple(
                    nf.get("evidence") or nf.get("contains") or ""
                    for nf in row.get("not_forecasts", ())
                ),
            )
        )
    return articles


def predict(gold: GoldArticle) -> tuple[Forecast, ...]:
    """Run the real pipeline stages on one gold article."""
    from foretold.forecasts import find_forecasts
    from foretold.nlp import load_nlp

    article = article_of(gold, clean=False)  # evidence offsets index the gold text
    doc = load_nlp()(article.text)
    try:
        from foretold.attribution import attribute
    except ImportError:  # the attribution stage is optional for this measurement
        attribution = None
    else:
        attribution = attribute(doc, article)
    return find_forecasts(doc, article, attribution)


def evaluate(golds: Iterable[GoldArticle]) -> ForecastScores:
    scores = ForecastScores()
    for gold in golds:
        score_article(gold, predict(gold), scores)
    return scores
