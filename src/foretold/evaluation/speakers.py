"""Measure whether statements name the right speaker (gold: tests/data/speakers_wikinews.md).

Each gold article lists its named speakers; each speaker is a list of acceptable names, the
canonical one first. The predicted speakers of an article are the distinct ``speaker`` names of
its statements that contain a capitalised word and are not groups ("Chinese officials").
Names are compared case-, accent- and punctuation-insensitively (`foretold.ids.normalise_name`),
so "World Health Organization (WHO" does not equal "World Health Organization" but "Vázquez"
equals "Vazquez".

A predicted name is right when it equals a variant of a gold speaker not already matched by
another predicted name; a second name for the same speaker ("Trump" beside "Donald Trump")
counts as wrong. Precision, recall and F1 are micro-averaged over all articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from foretold.evaluation.gold_articles import (
    GoldError,
    extractions,
    gold_lines,
    news_fields,
)
from foretold.evaluation.measures import f1, share
from foretold.ids import is_proper_name, normalise_name
from foretold.records import Extraction

Speaker = tuple[str, ...]
Progress = Callable[[Sequence["GoldSpeakers"], int], Iterable["GoldSpeakers"]]


@dataclass(frozen=True, slots=True)
class GoldSpeakers:
    """One gold article and the speakers it names (each a tuple of acceptable names)."""

    id: str
    text: str
    speakers: tuple[Speaker, ...]
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The outcome for one article: matched, missed and wrong names."""

    id: str
    matched: tuple[tuple[str, str], ...] = ()
    missed: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()

    @property
    def predicted(self) -> int:
        return len(self.matched) + len(self.wrong) + len(self.duplicates)

    @property
    def gold(self) -> int:
        return len(self.matched) + len(self.missed)


@dataclass(slots=True)
class SpeakerScores:
    """Micro-averaged counts over articles, with the errors kept for listing."""

    articles: list[ArticleScore] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return sum(len(a.matched) for a in self.articles)

    @property
    def predicted(self) -> int:
        return sum(a.predicted for a in self.articles)

    @property
    def gold(self) -> int:
        return sum(a.gold for a in self.articles)

    @property
    def canonical(self) -> int:
        """Matches given by the canonical name itself (not a shorter variant)."""
        return sum(1 for a in self.articles for name, canon in a.matched if same(name, canon))

    @property
    def precision(self) -> float:
        return share(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return share(self.tp, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def misses(self) -> list[tuple[str, str]]:
        """(article id, canonical name) of every gold speaker no prediction matched."""
        return [(a.id, name) for a in self.articles for name in a.missed]

    def wrong(self) -> list[tuple[str, str]]:
        """(article id, predicted name) of every name that matches no gold speaker."""
        return [(a.id, name) for a in self.articles for name in a.wrong]

    def duplicates(self) -> list[tuple[str, str, str]]:
        """(article id, predicted name, canonical name) of second names for one speaker."""
        return [(a.id, name, canon) for a in self.articles for name, canon in a.duplicates]


def same(a: str, b: str) -> bool:
    """Two names are the same, ignoring case, accents and punctuation.

    >>> same("Wanda Vázquez", "wanda vazquez"), same("WHO", "World Health Organization")
    (True, False)
    """
    return normalise_name(a) == normalise_name(b) != ""


def is_named(name: str | None) -> bool:
    """A speaker counts as named when it is a proper name, not a description
    (``foretold.ids.is_proper_name``).

    >>> is_named("Anne Hidalgo"), is_named("the mayor"), is_named("Iraqi government")
    (True, False, False)
    """
    return bool(name) and is_proper_name(str(name))


def predicted_names(speakers: Iterable[str | None]) -> list[str]:
    """The distinct named speakers, in order of first appearance.

    >>> predicted_names(["Trump", "officials", None, "trump", "WHO"])
    ['Trump', 'WHO']
    """
    names: dict[str, str] = {}
    for speaker in speakers:
        if speaker is not None and is_named(speaker):
            names.setdefault(normalise_name(speaker), speaker.strip())
    return list(names.values())


def _named_speakers(result: Extraction) -> list[str | None]:
    """The speaker of each statement, leaving out groups ("Chinese officials", "Others"),
    which the gold does not count as named speakers."""
    groups = {p.id for p in result.people if p.kind == "group"}
    return [s.speaker for s in result.statements if s.speaker_id not in groups]


def find_speaker(name: str, speakers: Sequence[Speaker]) -> int | None:
    """Index of the gold speaker that ``name`` is a variant of, or None.

    >>> find_speaker("who", [("Donald Trump", "Trump"), ("World Health Organization", "WHO")])
    1
    """
    for index, variants in enumerate(speakers):
        if any(same(name, variant) for variant in variants):
            return index
    return None


def score_article(
    article_id: str, gold: Sequence[Speaker], predicted: Sequence[str]
) -> ArticleScore:
    """Match one article's predicted names against its gold speakers.

    >>> s = score_article("a", [("Donald Trump", "Trump"), ("Nancy Pelosi",)],
    ...                   ["Donald Trump", "Trump", "mayor"])
    >>> s.matched, s.missed
    ((('Donald Trump', 'Donald Trump'),), ('Nancy Pelosi',))
    >>> s.wrong, s.duplicates
    (('mayor',), (('Trump', 'Donald Trump'),))
    """
    matched: dict[int, str] = {}
    wrong: list[str] = []
    duplicates: list[tuple[str, str]] = []
    for name in predicted:
        index = find_speaker(name, gold)
        if index is None:
            wrong.append(name)
        elif index in matched:
            duplicates.append((name, gold[index][0]))
        else:
            matched[index] = name
    return ArticleScore(
        id=article_id,
        matched=tuple((name, gold[i][0]) for i, name in sorted(matched.items())),
        missed=tuple(s[0] for i, s in enumerate(gold) if i not in matched),
        wrong=tuple(wrong),
        duplicates=tuple(duplicates),
    )


def name_lists(value: Any, key: str, where: str) -> tuple[Speaker, ...]:
    """A gold field that lists names, each entity a non-empty list of acceptable names.

    >>> name_lists([["Donald Trump", "Trump"]], "speakers", "gold:1")
    (('Donald Trump', 'Trump'),)
    """
    if not isinstance(value, list) or not all(
        isinstance(s, list) and s and all(isinstance(n, str) and n for n in s) for s in value
    ):
        raise GoldError(f"{where}: '{key}' must be a list of non-empty lists of names")
    return tuple(tuple(s) for s in value)


def _gold_row(row: dict[str, Any], where: str) -> GoldSpeakers:
    if "text" not in row or "speakers" not in row:
        raise GoldError(f"{where}: each line needs 'text' and 'speakers'")
    return GoldSpeakers(
        **news_fields(row, where), speakers=name_lists(row["speakers"], "speakers", where)
    )


def read_gold(path: str | Path, limit: int | None = None) -> list[GoldSpeakers]:
    """Read a speaker gold file: one JSON article per line with ``text`` and ``speakers``.

    >>> read_gold("tests/data/speakers_wikinews.jsonl", limit=1)[0].speakers[0]
    ('Apple Corps',)
    """
    return [_gold_row(row, where) for row, where in gold_lines(path, limit)]


def evaluate(
    golds: Sequence[GoldSpeakers], *, model: str | None = None, progress: Progress | None = None
) -> SpeakerScores:
    """Run the pipeline on the gold articles and score their named speakers.

    ``progress`` wraps the articles as they are scored (a progress bar). An article the
    pipeline fails on is scored with no predictions and its id kept in ``failures``.

    >>> evaluate([]).f1
    0.0
    """
    scores = SpeakerScores()
    for gold, result in extractions(golds, model=model, progress=progress):
        names: list[str] = []
        if result is not None:
            names = predicted_names(_named_speakers(result))
        else:
            scores.failures.append(gold.id)
        scores.articles.append(score_article(gold.id, gold.speakers, names))
    return scores
