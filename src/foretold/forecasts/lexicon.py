"""The word-to-probability table: survey medians plus a curated cue table, both shipped as data.

``estimative_words.csv`` holds survey medians (sources in its README); ``forecast_cues.csv``
holds the curated modals, verbs, adverbs and phrases, each row citing the scale it is anchored
on. A curated row overrides a survey phrase of the same spelling.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from statistics import median
from typing import Literal

CueKind = Literal["marker", "modal", "verb", "adverb", "adjective", "phrase"]

# Survey phrases about how often something happens, not how likely one event is.
_FREQUENCY_WORDS = frozenset(
    {
        "always",
        "almost always",
        "frequently",
        "often",
        "not often",
        "usually",
        "rarely",
        "never",
        "more often than not",
        "might happen",
    }
)
# Survey phrases in the first person name the verb they are about ("we doubt" -> doubt).
_PREFIXES = ("we ",)


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase that carries a probability, and where its number comes from."""

    phrase: str
    kind: CueKind
    probability: float
    basis: str


def _data(name: str) -> str:
    return (resources.files("foretold") / "data" / name).read_text(encoding="utf-8")


def _survey_cues() -> dict[str, Cue]:
    values: dict[str, list[float]] = defaultdict(list)
    sources: dict[str, list[str]] = defaultdict(list)
    for row in csv.DictReader(_data("estimative_words.csv").splitlines()):
        phrase = row["phrase"].strip().lower()
        if phrase in _FREQUENCY_WORDS:
            continue
        for prefix in _PREFIXES:
            phrase = phrase.removeprefix(prefix)
        values[phrase].append(float(row["median_pct"]) / 100)
        sources[phrase].append(row["source"])
    cues = {}
    for phrase, numbers in values.items():
        kind: CueKind = "phrase" if " " in phrase else _kind_of(phrase)
        basis = "survey median: " + ", ".join(sources[phrase])
        cues[phrase] = Cue(phrase, kind, round(median(numbers), 3), basis)
    return cues


def _kind_of(word: str) -> CueKind:
    if word == "maybe" or (word.endswith("ly") and word not in {"likely", "unlikely"}):
        return "adverb"
    if word in {"doubt", "believe"}:
        return "verb"
    return "adjective"


def _curated_cues() -> dict[str, Cue]:
    lines = [line for line in _data("forecast_cues.csv").splitlines() if not line.startswith("#")]
    cues = {}
    for row in csv.DictReader(lines):
        phrase = row["cue"].strip().lower()
        kind = row["kind"].strip()
        cues[phrase] = Cue(phrase, kind, float(row["probability"]), row["basis"])  # type: ignore[arg-type]
    return cues


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    """Every cue by its lower-case phrase (curated rows win over survey rows)."""
    table = _survey_cues()
    table.update(_curated_cues())
    return table


def cue(phrase: str) -> Cue | None:
    """The cue for a phrase or word, if the tables have one."""
    return cues().get(phrase.lower())


def phrases(min_words: int = 2) -> tuple[str, ...]:
    """Multi-word cue phrases, longest first (for greedy matching)."""
    found = [p for p in cues() if len(p.split()) >= min_words]
    return tuple(sorted(found, key=lambda p: -len(p.split())))
