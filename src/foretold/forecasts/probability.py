"""From the words of a forecast to one probability, with negation and stated numbers.

A forecast's cue words are grouped in levels: level 0 sits on the predicted clause itself
("could well run"), each further level is a verb or adjective that governs it ("predicting that",
"does not expect ... to"). Within a level, future markers (will, would) count only when nothing
stronger is present, and the other words are averaged; a negation at a level flips it (p -> 1-p).
Levels are then averaged: an outer "doubt" over an inner plain "would" gives the doubt's value.
A number stated in the text ("a 70% chance", "one-in-five", "odds of 3 to 1") wins over words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foretold.forecasts.lexicon import cue
from foretold.forecasts.numbers import NUMBER_WORDS, number_pattern

_NUMBER_WORDS = NUMBER_WORDS
_NUM = number_pattern()
_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+(?:chance|probability|likelihood|likely|risk)",
    re.I,
)
_PERCENT_AFTER = re.compile(
    r"(?:chance|probability|likelihood|risk)\s+(?:\w+\s+){0,3}?(?:of|at|is|was|to)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)",
    re.I,
)
_ONE_IN = re.compile(
    rf"\b{_NUM}[\s-]+in[\s-]+{_NUM}\b(?=[\s-]+(?:chance|probability|odds|risk))", re.I
)
_ODDS = re.compile(rf"\bodds\s+(?:are\s+|of\s+)?{_NUM}\s*(?:to|-|:)\s*{_NUM}(\s+against)?", re.I)
_FIFTY_FIFTY = re.compile(r"\bfifty[\s-]fifty\b|\b50[\s-]50\b", re.I)


@dataclass(frozen=True, slots=True)
class Level:
    """Cue words at one level of the clause chain, and whether that level is negated."""

    words: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    probability: float
    words: tuple[str, ...] = field(default_factory=tuple)


def _number(text: str) -> float:
    text = text.lower()
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


def stated_probability(text: str) -> Reading | None:
    """A probability given as a number in the text, taken as stated."""
    for pattern in (_PERCENT, _PERCENT_AFTER):
        match = pattern.search(text)
        if match:
            value = float(match.group(1)) / 100
            if 0 <= value <= 1:
                return Reading(value, (match.group(0),))
    match = _ONE_IN.search(text)
    if match:
        part, whole = _number(match.group(1)), _number(match.group(2))
        if whole > 0 and part <= whole:
            return Reading(part / whole, (match.group(0) + " chance",))
    match = _ODDS.search(text)
    if match:
        a, b = _number(match.group(1)), _number(match.group(2))
        if a + b > 0:
            against = bool(match.group(3))
            return Reading((b if against else a) / (a + b), (match.group(0),))
    match = _FIFTY_FIFTY.search(text)
    if match:
        return Reading(0.5, (match.group(0),))
    return None


def level_probability(level: Level) -> float | None:
    """The probability of one level, or None when it carries no cue word."""
    found = [c for c in (cue(w) for w in level.words) if c is not None]
    if not found:
        return None
    strong = [c.probability for c in found if c.kind != "marker"]
    values = strong or [c.probability for c in found]
    value = sum(values) / len(values)
    return 1 - value if level.negated else value


def compose(levels: list[Level]) -> Reading | None:
    """Combine the levels of a clause chain into one probability (None: no cue at all).

    A level of future markers only ("would") under a stronger outer level ("doubt") adds
    nothing; otherwise levels are averaged. A negated level without its own cue word flips
    the levels inside it ("does not expect" is a negated cue level; "will not" a negated
    marker level).
    """
    values: list[float] = []
    words: list[str] = []
    for level in levels:
        value = level_probability(level)
        if value is None:
            continue
        only_markers = all((c := cue(w)) is not None and c.kind == "marker" for w in level.words)
        if only_markers and not level.negated and values:
            continue
        if only_markers and not level.negated and any(_has_strong(lv) for lv in levels):
            continue
        values.append(value)
        words.extend(("not " + w) if level.negated else w for w in level.words)
    if not values:
        return None
    return Reading(round(sum(values) / len(values), 3), tuple(words))


def _has_strong(level: Level) -> bool:
    return any((c := cue(w)) is not None and c.kind != "marker" for w in level.words)
