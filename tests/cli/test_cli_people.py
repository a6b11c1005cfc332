from datetime import date

import pytest
from typer.testing import CliRunner

from foretold.cli import app
from foretold.ingest.article import make_article
from foretold.records import Extraction, Mention, Person, Statement
from foretold.store import open_store

pytest.importorskip("foretold.store.questions", reason="the store needs every area's tables")


def _store_with_conley(path):
    body = "Heather Conley said Putin is willing to apply enormous pressure."
    article = make_article(body, published=date(2021, 12, 6), language="en")
    person = Person(
        id="heather-conley",
        name="Heather Conley",
        aliases=("Conley",),
        roles=("a former assistant U.S. secretary of state",),
    )
    statement = Statement(
        id="s1",
        article_id=article.id,
        text=body[19:64],
        start=19,
        end=64,
        kind="indirect",
        speaker="Heather Conley",
        speaker_id="heather-conley",
        speaker_mention=Mention("Heather Conley", 0, 14),
        cue="said",
    )
    with open_store(path) as store:
        store.put_extraction(Extraction(article, (person,), (statement,)))


def test_people_list_and_show(tmp_path):
    db = str(tmp_path / "people.db")
    _store_with_conley(db)
    runner = CliRunner()
    listed = runner.invoke(app, ["people", "list", "--search", "conley", "--db", db])
    assert listed.exit_code == 0, listed.output
    assert "Heather Conley" in listed.output
    shown = runner.invoke(app, ["people", "show", "Conley", "--db", db], terminal_width=200)
    assert shown.exit_code == 0, shown.output
    assert "assistant U.S. secretary of state (2021-12-06, 1 article)" in shown.output
    assert "Putin is willing to apply enormous pressure" in shown.output


def test_people_show_unknown_name_fails_in_one_line(tmp_path):
    db = str(tmp_path / "people.db")
    _store_with_conley(db)
    result = CliRunner().invoke(app, ["people", "show", "Nobody", "--db", db])
    assert result.exit_code == 1
    assert "Nobody: no such person" in result.output
