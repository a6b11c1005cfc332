"""How far human annotators agree with each other, and the system with each of them.

A gold file gives one annotator's reading. Where several people annotated the same articles
(PolNeAR has such articles, in brat files), scoring each annotator against each other one
with the quotes matching rules tells what F1 a second careful reader reaches: the ceiling a
target on one annotator's gold can sensibly ask for. The system is scored against every
annotator the same way, so the two figures compare like with like.

The directory follows PolNeAR's layout: ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann``. Articles with one annotation file are skipped.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from foretold.evaluation.brat import units_from_standoff
from foretold.evaluation.measures import share
from foretold.evaluation.quotes import (
    Counts,
    GoldFileError,
    Scores,
    Unit,
    match_units,
    score_article,
)


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """One article and the units each of its annotators marked."""

    id: str
    text: str
    annotations: Mapping[str, tuple[Unit, ...]]


@dataclass
class Agreement:
    """Annotators against each other (every ordered pair) and the system against each."""

    annotators: Scores = field(default_factory=lambda: Scores("annotator against annotator"))
    system: Scores = field(default_factory=lambda: Scores("foretold against annotator"))
    per_article: list[tuple[Counts, Counts]] = field(default_factory=list)
    by_annotator: dict[str, tuple[Counts, Counts]] = field(default_factory=dict)
    majority_units: int = 0
    majority_found: int = 0
    system_units: int = 0
    system_units_majority: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return len(self.per_article)

    def majority_recall(self) -> float:
        """Share of the units most annotators agree on that the system finds."""
        return share(self.majority_found, self.majority_units)

    def majority_precision(self) -> float:
        """Share of the system's units that most annotators mark."""
        return share(self.system_units_majority, self.system_units)


def load_annotated(root: str | Path) -> tuple[list[AnnotatedArticle], list[str]]:
    """The multiply-annotated articles under ``root``, and a line for each file left out."""
    root = Path(root)
    texts, notes = root / "text", root / "attributions"
    if not texts.is_dir() or not notes.is_dir():
        raise GoldFileError(f"{root}: needs text/ and attributions/ directories")
    files: dict[str, dict[str, Path]] = {}
    for path in sorted(notes.glob("*.ann")):
        article, _, annotator = path.stem.rpartition("_")
        files.setdefault(article, {})[annotator] = path
    articles, problems = [], []
    for article, paths in files.items():
        text_path = texts / f"{article}.txt"
        if len(paths) < 2:
            continue
        if not text_path.is_file():
            problems.append(f"{text_path}: no text for {len(paths)} annotation files")
            continue
        try:
            text = _read(text_path)
        except GoldFileError as error:
            problems.append(str(error))
            continue
        units = {}
        for annotator, path in paths.items():
            try:
                units[annotator] = units_from_standoff(text, _read(path), str(path))
            except GoldFileError as error:
                problems.append(str(error))
        if len(units) >= 2:
            articles.append(AnnotatedArticle(article, text, units))
    return articles, problems


def _read(path: Path) -> str:
    """A file's text as stored: offsets count characters, so no newline translation."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise GoldFileError(f"{path}: not UTF-8 text ({error.reason})") from error


def _add(total: Counts, part: Counts) -> None:
    for name in (f.name for f in fields(Counts)):
        setattr(total, name, getattr(total, name) + getattr(part, name))


def _scored(text: str, pairs: Iterable[tuple[tuple[Unit, ...], list[Unit]]]) -> Scores:
    scores = Scores("")
    for gold, predicted in pairs:
        score_article(scores, text, list(gold), predicted)
    return scores


def _majorities(article: AnnotatedArticle, predicted: list[Unit]) -> tuple[int, int, int]:
    """Units (per annotator) most annotators mark, how many of them the system finds, and how
    many of the system's units most annotators mark."""
    units = article.annotations
    marked = found = 0
    support = [0] * len(predicted)
    for annotator, gold in units.items():
        agreeing = [0] * len(gold)
        for other, theirs in units.items():
            if other != annotator:
                for g, _, _ in match_units(article.text, list(gold), list(theirs)):
                    agreeing[g] += 1
        system = match_units(article.text, list(gold), predicted)
        for _, p, _ in system:
            support[p] += 1
        found_here = {g for g, _, _ in system}
        for g, count in enumerate(agreeing):
            if 2 * (count + 1) > len(units):
                marked += 1
                found += g in found_here
    return marked, found, sum(2 * count > len(units) for count in support)


def add_article(agreement: Agreement, article: AnnotatedArticle, predicted: list[Unit]) -> None:
    """Score one article's annotators against each other and the system against each."""
    units = article.annotations
    between, system = Scores(""), Scores("")
    for annotator, gold in units.items():
        others = (list(theirs) for name, theirs in units.items() if name != annotator)
        peers = _scored(article.text, ((gold, theirs) for theirs in others))
        mine = _scored(article.text, [(gold, predicted)])
        held = agreement.by_annotator.setdefault(annotator, (Counts(), Counts()))
        _add(held[0], mine.scopes["all"])
        _add(held[1], peers.scopes["all"])
        _merge(between, peers)
        _merge(system, mine)
    _merge(agreement.annotators, between)
    _merge(agreement.system, system)
    agreement.per_article.append((between.scopes["all"], system.scopes["all"]))
    marked, found, supported = _majorities(article, predicted)
    agreement.majority_units += marked
    agreement.majority_found += found
    agreement.system_units += len(predicted)
    agreement.system_units_majority += supported


def _merge(total: Scores, part: Scores) -> None:
    for scope, counts in part.scopes.items():
        _add(total.scopes[scope], counts)
    total.articles += 1


def span_f1_interval(
    per_article: list[tuple[Counts, Counts]],
    which: int,
    speaker: bool = False,
    draws: int = 1000,
    seed: int = 0,
) -> tuple[float, float]:
    """A 95% bootstrap interval, over articles, of pooled span (or span+speaker) F1 for the
    annotators (``which`` 0) or the system (1)."""
    if not per_article:
        return 0.0, 0.0
    pick = random.Random(seed)
    figures = []
    for _ in range(draws):
        total = Counts()
        for _ in per_article:
            _add(total, pick.choice(per_article)[which])
        figures.append((total.span_speaker() if speaker else total.span())[2])
    figures.sort()
    return figures[int(0.025 * draws)], figures[int(0.975 * draws) - 1]


def evaluate_agreement(
    root: str | Path,
    *,
    model: str | None = None,
    progress: Callable[[Iterable[AnnotatedArticle], int], Iterable[AnnotatedArticle]] | None = None,
) -> Agreement:
    """Agreement between the annotators under ``root`` and of the system with each."""
    from foretold.attribution import attribute
    from foretold.evaluation.quotes import units_from_statements
    from foretold.ingest.article import make_article
    from foretold.nlp import load_nlp

    articles, problems = load_annotated(root)
    agreement = Agreement(problems=problems)
    nlp = load_nlp(model)
    shown: Iterable[AnnotatedArticle] = articles
    if progress is not None:
        shown = progress(articles, len(articles))
    for article, doc in zip(shown, nlp.pipe(a.text for a in articles), strict=True):
        read = make_article(article.text, clean=False, language="en", source=article.id)
        statements = attribute(doc, read).statements
        add_article(agreement, article, units_from_statements(article.text, statements))
    return agreement
