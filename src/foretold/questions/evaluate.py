"""Linking accuracy on labelled forecast/question pairs (``tests/data/links_dev.jsonl``).

Each line holds a question (``id``, ``title``, ``closes``), a forecast (``id``,
``proposition``, ``statement``, ``article_title``, ``said_on``, ``horizon_end``) and the
gold reading: ``linked`` and, for linked pairs, ``negated``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from foretold.errors import ForetoldError
from foretold.evaluation.measures import f1, share
from foretold.questions.linking import ForecastText, LinkDecision, Linker
from foretold.records import Question


@dataclass(frozen=True, slots=True)
class LabelledPair:
    question: Question
    forecast: ForecastText
    linked: bool
    negated: bool | None


@dataclass(frozen=True, slots=True)
class LinkScores:
    pairs: int
    true_positives: int
    false_positives: int
    false_negatives: int
    oriented_right: int
    misses: tuple[tuple[LabelledPair, LinkDecision], ...]

    @property
    def precision(self) -> float:
        return share(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return share(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def orientation_accuracy(self) -> float:
        """Right orientation among the pairs linked correctly."""
        return self.oriented_right / self.true_positives if self.true_positives else 0.0


def read_pairs(path: str | Path) -> list[LabelledPair]:
    """Read a labelled JSONL file; a malformed line names the file and line number."""
    pairs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ForetoldError(f"{path}: cannot read ({error.strerror})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            pairs.append(_pair(json.loads(line)))
        except (KeyError, TypeError, ValueError) as error:
            raise ForetoldError(f"{path}:{number}: not a labelled pair ({error})") from None
    return pairs


def evaluate(pairs: Sequence[LabelledPair], linker: Linker) -> LinkScores:
    """Decide every pair with the linker and count agreements with the labels."""
    decisions = decide_pairs(pairs, linker)
    tp = fp = fn = oriented = 0
    misses = []
    for pair, decision in zip(pairs, decisions, strict=True):
        if decision.linked and pair.linked:
            tp += 1
            if decision.negated == pair.negated:
                oriented += 1
            else:
                misses.append((pair, decision))
        elif decision.linked:
            fp += 1
            misses.append((pair, decision))
        elif pair.linked:
            fn += 1
            misses.append((pair, decision))
    return LinkScores(len(pairs), tp, fp, fn, oriented, tuple(misses))


def decide_pairs(pairs: Sequence[LabelledPair], linker: Linker) -> list[LinkDecision]:
    """The linker's decision for each pair (forecasts are prepared once)."""
    forecasts = {p.forecast: None for p in pairs}
    prepared = linker.prepare(list(forecasts))
    index = {f: i for i, f in enumerate(prepared.texts)}
    by_question: dict[Question, list[int]] = {}
    for i, pair in enumerate(pairs):
        by_question.setdefault(pair.question, []).append(i)
    decisions: list[LinkDecision | None] = [None] * len(pairs)
    for question, members in by_question.items():
        all_decisions = linker.decide(question, prepared)
        for i in members:
            decisions[i] = all_decisions[index[pairs[i].forecast]]
    return [d for d in decisions if d is not None]


def _pair(row: dict[str, Any]) -> LabelledPair:
    q, f = row["question"], row["forecast"]
    question = Question(id=str(q["id"]), title=q["title"], closes=_date(q.get("closes")))
    forecast = ForecastText(
        id=str(f["id"]),
        proposition=f["proposition"],
        statement=f.get("statement") or "",
        context=f.get("article_title") or "",
        said_on=_date(f.get("said_on")),
        horizon_end=_date(f.get("horizon_end")),
    )
    negated = row.get("negated")
    return LabelledPair(
        question, forecast, bool(row["linked"]), bool(negated) if negated is not None else None
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def summary_rows(scores: Iterable[tuple[str, LinkScores]]) -> list[dict[str, Any]]:
    """One row of figures per named result, for tables and JSON."""
    return [
        {
            "embedder": name,
            "pairs": s.pairs,
            "links": s.true_positives + s.false_negatives,
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "f1": round(s.f1, 3),
            "orientation": round(s.orientation_accuracy, 3),
        }
        for name, s in scores
    ]
