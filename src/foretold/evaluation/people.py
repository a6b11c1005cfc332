"""Measure an article's people table (gold: tests/data/people_wikinews.md).

Each gold article lists the real people it names and the organisations it names, each as a
list of acceptable names with the canonical one first. The predicted people are the distinct
names of the article's `Person` records of kind ``person``; the predicted organisations those
of kind ``organization`` (groups such as "officials" are not scored). Names are matched as the
speaker measure matches them (`foretold.evaluation.speakers.score_article`): case-, accent-
and punctuation-insensitively, one predicted name per gold entity, a second name for the same
entity counting as wrong.

A predicted person whose name is a gold organisation ("Fort Lee" read as a person is simply
wrong, but "Ryanair" read as a person is an organisation tagged as a person) and a predicted
organisation whose name is a gold person are listed as confusions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from foretold.evaluation.gold_articles import GoldError, extractions, gold_lines, news_fields
from foretold.evaluation.speakers import (
    Speaker,
    SpeakerScores,
    find_speaker,
    name_lists,
    predicted_names,
    score_article,
)
from foretold.records import EntityKind, Extraction

Progress = Callable[[Sequence["GoldPeople"], int], Iterable["GoldPeople"]]


@dataclass(frozen=True, slots=True)
class GoldPeople:
    """One gold article with the people and organisations it names."""

    id: str
    text: str
    people: tuple[Speaker, ...]
    organizations: tuple[Speaker, ...]
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None


@dataclass(slots=True)
class PeopleScores:
    """Scores of the person names and of the organisation names, with kind confusions:
    (article id, predicted name, gold canonical name)."""

    people: SpeakerScores = field(default_factory=SpeakerScores)
    organizations: SpeakerScores = field(default_factory=SpeakerScores)
    person_as_organization: list[tuple[str, str, str]] = field(default_factory=list)
    organization_as_person: list[tuple[str, str, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def names_of_kind(result: Extraction, kind: EntityKind) -> list[str]:
    """The distinct capitalised names of an extraction's people of one kind, in order.

    >>> from foretold.ingest.article import make_article
    >>> from foretold.records import Person
    >>> people = (Person("a", "Ann Lee"), Person("b", "Acme", "organization"),
    ...           Person("c", "officials", "group"), Person("d", "ann lee"))
    >>> names_of_kind(Extraction(make_article("x"), people), "person")
    ['Ann Lee']
    """
    return predicted_names(p.name for p in result.people if p.kind == kind)


def confusions(
    article_id: str, predicted: Sequence[str], other_kind: Sequence[Speaker]
) -> list[tuple[str, str, str]]:
    """(article id, name, canonical name) of predicted names that are gold entities of the
    other kind.

    >>> confusions("a", ["Ryanair", "Ann Lee"], [("Ryanair", "Ryanair Holdings")])
    [('a', 'Ryanair', 'Ryanair')]
    """
    found = []
    for name in predicted:
        index = find_speaker(name, other_kind)
        if index is not None:
            found.append((article_id, name, other_kind[index][0]))
    return found


def score_people(scores: PeopleScores, gold: GoldPeople, result: Extraction | None) -> None:
    """Add one article's people and organisations to the scores."""
    persons = names_of_kind(result, "person") if result is not None else []
    bodies = names_of_kind(result, "organization") if result is not None else []
    if result is None:
        scores.failures.append(gold.id)
    scores.people.articles.append(score_article(gold.id, gold.people, persons))
    scores.organizations.articles.append(score_article(gold.id, gold.organizations, bodies))
    scores.organization_as_person += confusions(gold.id, persons, gold.organizations)
    scores.person_as_organization += confusions(gold.id, bodies, gold.people)


def _gold_row(row: dict[str, Any], where: str) -> GoldPeople:
    if "text" not in row or "people" not in row or "organizations" not in row:
        raise GoldError(f"{where}: each line needs 'text', 'people' and 'organizations'")
    return GoldPeople(
        **news_fields(row, where),
        people=name_lists(row["people"], "people", where),
        organizations=name_lists(row["organizations"], "organizations", where),
    )


def read_gold(path: str | Path, limit: int | None = None) -> list[GoldPeople]:
    """Read a people gold file: one JSON article per line with ``text``, ``people`` and
    ``organizations``.

    >>> read_gold("tests/data/people_wikinews.jsonl", limit=1)[0].people[0]
    ('John McCain', 'McCain', 'Senator McCain')
    """
    return [_gold_row(row, where) for row, where in gold_lines(path, limit)]


def evaluate(
    golds: Sequence[GoldPeople], *, model: str | None = None, progress: Progress | None = None
) -> PeopleScores:
    """Run the pipeline on the gold articles and score their people tables. An article the
    pipeline fails on is scored with no predictions and its id kept in ``failures``.

    >>> evaluate([]).people.f1
    0.0
    """
    scores = PeopleScores()
    for gold, result in extractions(golds, model=model, progress=progress):
        score_people(scores, gold, result)
    return scores
