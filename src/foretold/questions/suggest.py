"""Proposed questions: clusters of similar forecasts that no question holds yet.

Forecasts are grouped greedily by the cosine similarity of their propositions (each
joins the most similar group whose centroid is close enough); groups of at least
``min_size`` forecasts become suggestions, titled after their most central proposition
turned into a yes/no question ("Turkey moves into Northern Syria" -> "Will Turkey move
into Northern Syria?").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from foretold.questions.embedding import Embedder

if TYPE_CHECKING:
    from spacy.language import Language

SIMILARITY = {"static-minilm": 0.6, "all-minilm-l6-v2": 0.7}


@dataclass(frozen=True, slots=True)
class Suggestion:
    title: str
    forecast_ids: tuple[str, ...]
    propositions: tuple[str, ...]
    cohesion: float


def suggest_questions(
    forecasts: Sequence[tuple[str, str]],
    embedder: Embedder,
    nlp: Language,
    *,
    min_size: int = 2,
    similarity: float | None = None,
) -> list[Suggestion]:
    """Suggestions from (forecast id, proposition) pairs, largest group first."""
    if not forecasts:
        return []
    threshold = similarity if similarity is not None else SIMILARITY.get(embedder.name, 0.6)
    vectors = embedder.encode([p for _, p in forecasts])
    groups: list[list[int]] = []
    sums: list[np.ndarray] = []
    for i, vector in enumerate(vectors):
        best, best_sim = -1, threshold
        for g, total in enumerate(sums):
            sim = float(vector @ total) / max(float(np.linalg.norm(total)), 1e-9)
            if sim >= best_sim:
                best, best_sim = g, sim
        if best < 0:
            groups.append([i])
            sums.append(vector.copy())
        else:
            groups[best].append(i)
            sums[best] += vector
    suggestions = []
    for members, total in zip(groups, sums, strict=True):
        if len(members) < min_size:
            continue
        centroid = total / max(float(np.linalg.norm(total)), 1e-9)
        sims = vectors[members] @ centroid
        central = forecasts[members[int(np.argmax(sims))]][1]
        suggestions.append(
            Suggestion(
                as_question(nlp, central),
                tuple(forecasts[m][0] for m in members),
                tuple(forecasts[m][1] for m in members),
                round(float(sims.mean()), 3),
            )
        )
    return sorted(suggestions, key=lambda s: (-len(s.forecast_ids), -s.cohesion))


def as_question(nlp: Language, proposition: str) -> str:
    """A yes/no question from a proposition in the present or past tense."""
    doc = nlp(proposition.strip().rstrip(".?!"))
    if not len(doc):
        return "?"
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    words = []
    for token in doc:
        text = token.text
        if token.i == root.i and token.tag_ in ("VBZ", "VBD", "VBP"):
            text = "be" if token.lemma_ == "be" else token.lemma_
        words.append(text + token.whitespace_)
    body = "".join(words).strip()
    if doc[0].ent_type_ == "" and doc[0].pos_ != "PROPN":
        body = body[:1].lower() + body[1:]
    return f"Will {body}?"
