import sqlite3
from datetime import date
from importlib import resources

import pytest

from foretold.errors import NotFound
from foretold.ingest.article import make_article
from foretold.records import Extraction, Mention, Person, Statement
from foretold.store.articles import insert_article
from foretold.store.people import (
    AmbiguousName,
    PeopleQueries,
    StatedRole,
    names_and_descriptions,
    stated_roles,
    write_people,
)


class _Store(PeopleQueries):
    """The articles and people tables of a real SQLite file, written as the store does."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        folder = resources.files("foretold.store") / "migrations"
        for name in ("0001_articles.sql", "0002_people.sql", "0008_statement_cues.sql"):
            self.conn.executescript((folder / name).read_text(encoding="utf-8"))

    def put(self, extraction):
        with self.conn:
            insert_article(self.conn, extraction.article)
            return write_people(self.conn, extraction)


@pytest.fixture
def store(tmp_path):
    opened = _Store(tmp_path / "people.db")
    yield opened
    opened.conn.close()


def _extraction(body, people, day=date(2021, 12, 6)):
    article = make_article(body, published=day, language="en")
    statements = []
    for person in people:
        at = body.find(person.name)
        if at < 0:
            continue
        statements.append(
            Statement(
                id=f"{article.id}-{person.id}",
                article_id=article.id,
                text=body,
                start=0,
                end=len(body),
                kind="indirect",
                speaker=person.name,
                speaker_id=person.id,
                speaker_mention=Mention(person.name, at, at + len(person.name)),
                cue="said",
                cue_start=body.find("said") if "said" in body else None,
                cue_end=body.find("said") + 4 if "said" in body else None,
            )
        )
    return Extraction(article=article, people=tuple(people), statements=tuple(statements))


def _person(name, *, aliases=(), roles=(), kind="person"):
    from foretold.ids import person_id

    return Person(id=person_id(name), name=name, kind=kind, aliases=aliases, roles=roles)


def test_same_person_in_two_articles_is_one_record_with_dated_roles(store):
    store.put(_extraction("Joe Biden said it.", [_person("Joe Biden", roles=("vice president",))]))
    store.put(
        _extraction(
            "Later, President Joe Biden said more.",
            [_person("Joe Biden", aliases=("Biden",), roles=("president",))],
            day=date(2022, 1, 5),
        )
    )
    people = store.list_people()
    assert [p.name for p in people] == ["Joe Biden"]
    assert people[0].roles == ("vice president", "president")
    roles = store.roles_of("joe-biden")
    assert [(r, d) for r, d, _ in roles] == [
        ("vice president", date(2021, 12, 6)),
        ("president", date(2022, 1, 5)),
    ]
    assert len(store.statements_by("joe-biden")) == 2


def test_a_statement_keeps_where_its_cue_stands(store):
    body = "Heather Conley said it."
    store.put(_extraction(body, [_person("Heather Conley")]))
    (statement,) = store.statements_by("heather-conley")
    assert (statement.cue_start, statement.cue_end) == (15, 19)
    assert body[statement.cue_start : statement.cue_end] == statement.cue


def test_bare_surname_joins_the_one_person_it_fits(store):
    store.put(_extraction("Heather Conley said it.", [_person("Heather Conley")]))
    mapping = store.put(_extraction("Conley said so again.", [_person("Conley")]))
    assert mapping["conley"] == "heather-conley"
    assert store.get_person("Conley").name == "Heather Conley"


def test_ambiguous_surname_is_not_merged(store):
    store.put(_extraction("Anna Smith said it.", [_person("Anna Smith")]))
    store.put(_extraction("John Smith said it.", [_person("John Smith")]))
    mapping = store.put(_extraction("Smith said something else.", [_person("Smith")]))
    assert mapping["smith"] not in {"anna-smith", "john-smith"}
    assert {p.name for p in store.list_people()} == {"Anna Smith", "John Smith", "Smith"}
    row = store.conn.execute("SELECT ambiguous FROM people WHERE id = ?", (mapping["smith"],))
    assert row.fetchone()[0] == '["anna-smith", "john-smith"]'
    assert store.get_person("Smith").id == mapping["smith"]


def test_a_name_shared_by_two_people_is_reported_as_ambiguous(store):
    store.put(_extraction("Anna Smith said it.", [_person("Anna Smith", aliases=("the senator",))]))
    store.put(_extraction("John Smith said it.", [_person("John Smith", aliases=("the senator",))]))
    with pytest.raises(AmbiguousName, match="anna-smith, john-smith"):
        store.get_person("The Senator")


def test_groups_are_kept_per_article(store):
    store.put(_extraction("Officials said it.", [_person("Officials", kind="group")]))
    store.put(_extraction("Officials denied it.", [_person("Officials", kind="group")]))
    assert len(store.list_people(search="officials")) == 2


def test_descriptions_are_kept_per_article(store):
    store.put(_extraction("The government said it.", [_person("government", kind="organization")]))
    store.put(
        _extraction("The government denied it.", [_person("government", kind="organization")])
    )
    store.put(_extraction("The Kremlin said it.", [_person("Kremlin", kind="organization")]))
    store.put(_extraction("The Kremlin denied it.", [_person("Kremlin", kind="organization")]))
    assert len(store.list_people(search="government")) == 2
    assert len(store.list_people(search="kremlin")) == 1


def test_a_described_person_is_kept_per_article(store):
    store.put(_extraction("A Turkish official said it.", [_person("Turkish official")]))
    store.put(_extraction("A Turkish official denied it.", [_person("Turkish official")]))
    assert len(store.list_people(search="turkish official")) == 2


def test_a_person_placed_at_a_named_body_is_kept_per_article(store):
    store.put(
        _extraction("An official from Velotrans said it.", [_person("official from Velotrans")])
    )
    store.put(
        _extraction("An official from Velotrans denied it.", [_person("official from Velotrans")])
    )
    assert len(store.list_people(search="official from velotrans")) == 2


def test_search_and_unknown_person(store):
    store.put(
        _extraction(
            "Vladimir Putin said it.", [_person("Vladimir Putin", aliases=("the Russian leader",))]
        )
    )
    assert [p.name for p in store.list_people(search="russian leader")] == ["Vladimir Putin"]
    assert store.get_person("the Russian leader").name == "Vladimir Putin"
    with pytest.raises(NotFound, match="Nobody"):
        store.get_person("Nobody")


def test_writing_the_same_article_twice_adds_nothing(store):
    extraction = _extraction("Joe Biden said it.", [_person("Joe Biden")])
    store.put(extraction)
    with store.conn:
        write_people(store.conn, extraction)
    assert len(store.statements_by("joe-biden")) == 1


def test_a_role_stated_in_several_articles_is_one_line_from_first_to_last_day():
    rows = [
        ("President", date(2020, 3, 1), "a2"),
        ("vice president", date(2016, 5, 1), "a0"),
        ("president", date(2019, 1, 4), "a1"),
        ("President", date(2020, 3, 1), "a2"),
        ("adviser", None, "a3"),
    ]
    assert stated_roles(rows) == [
        StatedRole("vice president", date(2016, 5, 1), date(2016, 5, 1), 1),
        StatedRole("President", date(2019, 1, 4), date(2020, 3, 1), 2),
        StatedRole("adviser", None, None, 1),
    ]


def test_aliases_split_into_other_names_and_descriptions():
    trump = _person(
        "Donald Trump", aliases=("President Trump", "he", "the president", "the nominee")
    )
    assert names_and_descriptions(trump) == (["President Trump"], ["the president", "the nominee"])
    who = _person("World Health Organization", aliases=("WHO", "the WHO", "the agency"))
    assert names_and_descriptions(who) == (["WHO", "the WHO"], ["the agency"])
