"""Does a forecast belong to a question, and which way does it point?

A forecast belongs to a question when they speak of the same event about the same
things in overlapping time:

* meaning: cosine similarity of sentence embeddings, both of the whole proposition and
  of its *event* words (the text without names and dates: "hostilities break out" vs
  "launch a military offensive into");
* entities: the share of the question's named things found in the proposition (full
  weight) or only in its evidence or article title (half weight: "hostilities break
  out" names nobody, its article does);
* dates: a forecast said after the question closed, or about a period that starts
  after it, cannot be about it.

The orientation comes from the negation cues of the proposition against those of the
question: "hostilities do not break out" is filed under "Will Russia launch a military
offensive?" *negated* (its probability p counts as 1 - p for yes). Forecasts whose
polarity was moved into the probability ("Putin carries through with an invasion",
p = 0.25) are not negated.

Machine decisions carry a confidence in [0, 1]; a link is made at 0.5 and above.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from foretold.questions.embedding import Embedder
from foretold.questions.propositions import PropositionParts, analyse_texts
from foretold.records import Forecast, Question

if TYPE_CHECKING:
    from spacy.language import Language

LINKER = "foretold.linking.v1"


@dataclass(frozen=True, slots=True)
class Weights:
    """How the evidence is combined into a score; linked at ``threshold`` and above.

    ``whole``: similarity of question and proposition; ``event``: of their event words;
    ``topic``: of the question and the forecast's article title (what the story is about);
    ``entities``: share of the question's entities the forecast names.
    Chosen per model on tests/data/links_dev.jsonl (`foretold eval links`).
    """

    whole: float
    event: float
    topic: float
    entities: float
    threshold: float
    steepness: float = 12.0


WEIGHTS: dict[str, Weights] = {
    "static-minilm": Weights(whole=0.25, event=0.5, topic=0.75, entities=0.0, threshold=0.67),
    "all-minilm-l6-v2": Weights(whole=0.5, event=0.5, topic=0.75, entities=0.0, threshold=0.69),
}


@dataclass(frozen=True, slots=True)
class ForecastText:
    """What linking reads of a forecast: its proposition, evidence, article title, dates."""

    id: str
    proposition: str
    statement: str = ""
    context: str = ""
    said_on: date | None = None
    horizon_start: date | None = None
    horizon_end: date | None = None

    @classmethod
    def of(cls, forecast: Forecast, context: str | None = None) -> ForecastText:
        h = forecast.horizon
        return cls(
            forecast.id,
            forecast.proposition,
            forecast.statement,
            context or "",
            forecast.said_on,
            h.start if h else None,
            h.end if h else None,
        )


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """The machine's reading of one forecast against one question."""

    forecast_id: str
    question_id: str
    linked: bool
    negated: bool
    confidence: float
    similarity: float
    event_similarity: float
    topic_similarity: float
    entity_overlap: float
    in_time: bool


@dataclass(frozen=True, slots=True)
class Prepared:
    """Parsed and embedded forecasts, ready to be compared with any number of questions."""

    texts: tuple[ForecastText, ...]
    parts: tuple[PropositionParts, ...]
    own_keys: tuple[frozenset[str], ...]
    context_keys: tuple[frozenset[str], ...]
    whole: np.ndarray
    event: np.ndarray
    context: np.ndarray


class Linker:
    """Decides links with one embedding model and one spaCy pipeline."""

    def __init__(self, embedder: Embedder, nlp: Language, weights: Weights | None = None) -> None:
        self.embedder = embedder
        self.nlp = nlp
        self.weights = weights or WEIGHTS.get(embedder.name, WEIGHTS["static-minilm"])

    def prepare(self, forecasts: Sequence[ForecastText]) -> Prepared:
        texts = tuple(forecasts)
        parts = analyse_texts(self.nlp, [f.proposition for f in texts])
        statements = analyse_texts(self.nlp, [f.statement for f in texts])
        contexts = _context_keys(self.nlp, [f.context for f in texts])
        own = tuple(p.keys for p in parts)
        contexts = tuple(c | s.keys for c, s in zip(contexts, statements, strict=True))
        return Prepared(
            texts,
            tuple(parts),
            own,
            contexts,
            self.embedder.encode([p.text for p in parts]),
            self.embedder.encode([p.event for p in parts]),
            self.embedder.encode([f.context or f.statement or f.proposition for f in texts]),
        )

    def decide(self, question: Question, prepared: Prepared) -> list[LinkDecision]:
        """One decision per prepared forecast, in order."""
        if not prepared.texts:
            return []
        text = question_text(question)
        (q_parts,) = analyse_texts(self.nlp, [text])
        q_whole, q_event = self.embedder.encode([q_parts.text, q_parts.event])
        whole = prepared.whole @ q_whole
        event = prepared.event @ q_event
        topic = prepared.context @ q_whole
        decisions = []
        for i, forecast in enumerate(prepared.texts):
            overlap = entity_overlap(q_parts, prepared.own_keys[i], prepared.context_keys[i])
            in_time = overlaps_in_time(question, forecast)
            score = self._score(float(whole[i]), float(event[i]), float(topic[i]), overlap)
            confidence = self._confidence(score) if in_time else 0.0
            negated = (prepared.parts[i].negations - q_parts.negations) % 2 == 1
            decisions.append(
                LinkDecision(
                    forecast.id,
                    question.id,
                    confidence >= 0.5,
                    negated,
                    round(confidence, 3),
                    round(float(whole[i]), 3),
                    round(float(event[i]), 3),
                    round(float(topic[i]), 3),
                    round(overlap, 3),
                    in_time,
                )
            )
        return decisions

    def _score(self, whole: float, event: float, topic: float, overlap: float) -> float:
        w = self.weights
        return w.whole * whole + w.event * event + w.topic * topic + w.entities * overlap

    def _confidence(self, score: float) -> float:
        w = self.weights
        return 1.0 / (1.0 + math.exp(-w.steepness * (score - w.threshold)))


def question_text(question: Question) -> str:
    """The words a question is compared by: its title (criteria add noise, not meaning)."""
    return question.title.strip()


def entity_overlap(
    question: PropositionParts, own: frozenset[str], context: frozenset[str]
) -> float:
    """Share of the question's entities named by the forecast (1) or only its article (0.5).

    A question that names nothing gives 0.5 to every forecast: entities cannot decide.
    """
    if not question.entities:
        return 0.5
    found = 0.0
    for entity in question.entities:
        if entity.keys & own:
            found += 1.0
        elif entity.keys & context:
            found += 0.5
    return found / len(question.entities)


def overlaps_in_time(question: Question, forecast: ForecastText) -> bool:
    """False when the forecast was made after the question closed (or was resolved), or
    speaks only of a period that begins after it closed."""
    end = question.closes
    if question.resolved_on and (end is None or question.resolved_on < end):
        end = question.resolved_on
    if end is None:
        return True
    if forecast.said_on and forecast.said_on > end:
        return False
    return not (forecast.horizon_start and forecast.horizon_start > end)


def _context_keys(nlp: Language, contexts: Sequence[str]) -> tuple[frozenset[str], ...]:
    unique = sorted({c for c in contexts if c.strip()})
    keys = dict(zip(unique, (p.keys for p in analyse_texts(nlp, unique)), strict=True))
    return tuple(keys.get(c, frozenset()) for c in contexts)
