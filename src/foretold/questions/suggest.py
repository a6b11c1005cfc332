"""Proposed questions: clusters of similar forecasts that no question holds yet.

Forecasts are grouped greedily by the cosine similarity of their propositions, with
complete linkage: a forecast joins the group whose *least* similar member is still close
enough (a centroid would drift and swallow unrelated forecasts one by one). Groups of at
least ``min_size`` forecasts become suggestions. Members must also share a named thing or
a noun (what the forecasts are *about*): short generic clauses ("it happens again", "he
is") embed close to one another while saying nothing in common. Suggestions are titled
after their most central proposition turned into a yes/no question ("Turkey moves into
Northern Syria" -> "Will Turkey move into Northern Syria?").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from foretold.questions.embedding import Embedder

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SIMILARITY = {"static-minilm": 0.7, "all-minilm-l6-v2": 0.7}
MOST = 5000  # the latest forecasts considered: the similarity matrix is MOST x MOST


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
    topics = [_topics(doc) for doc in nlp.pipe(p for _, p in forecasts)]
    forecasts = [f for f, t in zip(forecasts, topics, strict=True) if t][-MOST:]
    topics = [t for t in topics if t][-MOST:]
    if not forecasts:
        return []
    vectors = embedder.encode([p for _, p in forecasts])
    similar = vectors @ vectors.T
    groups: list[list[int]] = []
    shared: list[set[str]] = []
    for i in range(len(forecasts)):
        weakest = [
            float(similar[i, members].min()) if shared[g] & topics[i] else -1.0
            for g, members in enumerate(groups)
        ]
        best = int(np.argmax(weakest)) if weakest else -1
        if best >= 0 and weakest[best] >= threshold:
            groups[best].append(i)
            shared[best] &= topics[i]
        else:
            groups.append([i])
            shared.append(set(topics[i]))
    sums = [vectors[members].sum(axis=0) for members in groups]
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


def _topics(doc: Doc) -> set[str]:
    """What a proposition is about: its names and nouns (lemmas, lower case)."""
    return {
        t.lemma_.lower()
        for t in doc
        if t.pos_ in ("PROPN", "NOUN") and not t.is_stop and len(t.text) > 2
    }


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
