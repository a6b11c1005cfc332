import json

from typer.testing import CliRunner

from foretold.cli import app

runner = CliRunner()

WIRE = (
    "Officials in the port city said on Tuesday that the new bridge would open next spring, "
    "two years later than planned. The project, which has cost more than 400 million dollars, "
    "was delayed by flooding and by a dispute with the main contractor. The transport minister "
    "told reporters the government expects traffic on the old crossing to fall by half once "
    "the bridge opens. Local businesses have complained that the works drove customers away."
)


def _ingest(db, *inputs):
    return runner.invoke(app, ["ingest", "--db", str(db), "--quiet", *map(str, inputs)])


def test_reingesting_the_same_article_changes_nothing(tmp_path):
    db = tmp_path / "f.db"
    article = tmp_path / "a.txt"
    article.write_text("Bridge opening delayed\n\n" + WIRE + "\n")
    first = _ingest(db, article)
    assert first.exit_code == 0, first.output
    assert "1 new" in first.stdout
    second = _ingest(db, article)
    assert "0 new, 1 duplicates" in second.stdout
    listed = runner.invoke(app, ["articles", "list", "--db", str(db)])
    assert listed.stdout.count("Bridge opening delayed") == 1


def test_syndicated_copy_is_linked_as_near_duplicate(tmp_path):
    db = tmp_path / "f.db"
    original = tmp_path / "original.txt"
    copy = tmp_path / "copy.txt"
    original.write_text("Bridge opening delayed\n\n" + WIRE + "\n")
    copy.write_text(
        "Port bridge will open a year late\n\nBy Staff for Reuters\n\n"
        + WIRE
        + "\n\nShares in the contractor fell 2 percent after the announcement.\n"
        + "\n\nRead more: Transport news\n"
    )
    result = _ingest(db, original, copy)
    assert result.exit_code == 0, result.output
    assert "1 new, 0 duplicates, 1 near-duplicates" in result.stdout


def test_failed_inputs_are_named_and_the_rest_is_stored(tmp_path):
    db = tmp_path / "f.db"
    good = tmp_path / "good.txt"
    good.write_text("Bridge opening delayed\n\n" + WIRE + "\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = _ingest(db, empty, good)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "1 new" in result.stdout


def test_articles_search_and_show(tmp_path):
    db = tmp_path / "f.db"
    article = tmp_path / "a.txt"
    article.write_text("Bridge opening delayed\n\n" + WIRE + "\n")
    _ingest(db, article)
    found = runner.invoke(app, ["articles", "list", "--db", str(db), "--search", "contractor"])
    assert "Bridge opening delayed" in found.stdout
    missing = runner.invoke(app, ["articles", "list", "--db", str(db), "--search", "volcano"])
    assert "Bridge opening delayed" not in missing.stdout
    article_id = json.loads(runner.invoke(app, ["extract", str(article), "--json"]).stdout)[
        "article"
    ]["id"]
    shown = runner.invoke(app, ["articles", "show", article_id[:8], "--db", str(db)])
    assert shown.exit_code == 0
    assert "flooding and by a dispute" in shown.stdout


def test_show_unknown_article_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["articles", "show", "zzzz", "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 1
    assert "zzzz" in result.stderr
    assert "Traceback" not in result.stderr
