import sqlite3

import pytest

from foretold.errors import NotFound
from foretold.store.lookup import row_by_id


@pytest.fixture
def conn():
    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    db.execute("CREATE TABLE things (id TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO things VALUES (?)", [("abc1",), ("abc2",), ("abd",)])
    return db


def test_exact_id_and_unique_prefix_find_the_row(conn):
    assert row_by_id(conn, "things", "abc1", "thing")["id"] == "abc1"
    assert row_by_id(conn, "things", "abd", "thing")["id"] == "abd"
    assert row_by_id(conn, "things", "abc2"[:4], "thing")["id"] == "abc2"


def test_ambiguous_or_unknown_prefix_is_not_found_naming_the_id(conn):
    with pytest.raises(NotFound, match="no single thing with id 'abc'"):
        row_by_id(conn, "things", "abc", "thing")
    with pytest.raises(NotFound):
        row_by_id(conn, "things", "zz", "thing")


def test_like_wildcards_in_the_input_match_nothing_by_themselves(conn):
    with pytest.raises(NotFound):
        row_by_id(conn, "things", "%", "thing")
    with pytest.raises(NotFound):
        row_by_id(conn, "things", "_bd", "thing")
