"""The seed article: every expected statement, with speaker, kind and date; the people list."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from foretold.attribution import attribute
from foretold.ingest.article import make_article
from foretold.records import Caption

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed"


def _seed_article():
    lines = (SEED / "seed.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("When Joe Biden"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Original url"))
    body = "\n".join(line for line in lines[start:end] if not line.startswith("## Related article"))
    caption = next(line for line in lines[:start] if "kremlin.ru" in line)
    text, credit = caption.rsplit(" ", 1)
    return make_article(body, published=date(2021, 12, 6), captions=[Caption(text.strip(), credit)])


def _statement_at(text, statements, contains):
    """The statement covering most of the passage (which may include its cue word)."""
    at = text.find(contains)
    assert at >= 0, contains
    end = at + len(contains)
    best, best_overlap = None, 0
    for statement in statements:
        overlap = min(end, statement.end) - max(at, statement.start)
        if overlap > best_overlap:
            best, best_overlap = statement, overlap
    return best if best_overlap >= 0.8 * len(contains) else None


@pytest.fixture(scope="module")
def seed(nlp):
    if not SEED.is_dir():
        pytest.skip("seed data not available")
    article = _seed_article()
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    return article, attribute(nlp(article.text), article), expected


def test_every_seed_statement_has_its_speaker_kind_and_date(seed):
    article, attribution, expected = seed
    for want in expected["statements"]:
        statement = _statement_at(article.text, attribution.statements, want["contains"])
        assert statement is not None, f"no statement covers {want['contains']!r}"
        assert statement.speaker is not None
        assert statement.speaker.casefold() == want["speaker"].casefold(), want["contains"]
        assert statement.kind in {want["kind"], *want.get("kind_also", [])}, want["contains"]
        said_on = date.fromisoformat(want["said_on"]) if want["said_on"] else None
        assert statement.said_on == said_on, want["contains"]


def test_statement_offsets_index_the_body(seed):
    article, attribution, _ = seed
    for statement in attribution.statements:
        assert article.text[statement.start : statement.end] == statement.text
        mention = statement.speaker_mention
        if mention is not None:
            assert article.text[mention.start : mention.end] == mention.text


def test_seed_people_have_their_aliases_and_roles(seed):
    _, attribution, expected = seed
    people = {p.name: p for p in attribution.people}
    for want in expected["people"]:
        assert want["name"] in people, want["name"]
        person = people[want["name"]]
        assert person.kind == "person"
        aliases = {a.casefold() for a in person.aliases}
        for alias in want["also_called"]:
            assert alias.casefold() in aliases, (want["name"], alias)
        roles = " | ".join(person.roles).casefold()
        for role in want["roles_contain"]:
            assert role.casefold() in roles, (want["name"], role)


def test_institutions_and_groups_are_speakers_with_their_kind(seed):
    _, attribution, _ = seed
    kinds = {p.name.casefold(): p.kind for p in attribution.people}
    assert kinds["u.s. intelligence"] == "organization"
    assert kinds["many analysts"] == "group"


def test_each_seed_entity_is_one_record(seed):
    _, attribution, _ = seed
    ids = [p.id for p in attribution.people]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
