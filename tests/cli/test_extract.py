import json

from typer.testing import CliRunner

from foretold.cli import app

runner = CliRunner()


def _extract(*args):
    result = runner.invoke(app, ["extract", *args])
    return result


def test_seed_article_part_matches_expected_reading(shared_data):
    expected = json.loads((shared_data / "seed" / "expected.json").read_text())["article"]
    result = _extract(str(shared_data / "seed" / "seed.txt"), "--json")
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["article"]
    for field in ("title", "authors", "agency", "publisher", "published", "url"):
        assert article[field] == expected[field], field
    assert article["text"].startswith(expected["body_starts_with"])
    assert article["text"].endswith(expected["body_ends_with"])
    for unwanted in expected["not_in_body"]:
        assert unwanted not in article["text"]
    assert article["captions"] == [
        {"text": expected["image_caption"], "credit": expected["image_credit"]}
    ]


def test_jsonl_prints_one_line_per_input_in_order(tmp_path):
    first = tmp_path / "b.txt"
    second = tmp_path / "a.txt"
    first.write_text("The council will vote on the budget next week, officials said.\n")
    second.write_text("Rain is expected across the region on Friday, forecasters said.\n")
    result = _extract(str(first), str(second), "--jsonl", "--published", "2024-03-01")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["article"]["text"][:8] for line in lines] == ["The coun", "Rain is "]
    assert all(line["article"]["published"] == "2024-03-01" for line in lines)


def test_body_offsets_index_the_input_itself(tmp_path):
    text = '  "We will win," the coach said on Monday.\n\nFans were less sure.\n'
    path = tmp_path / "body.txt"
    path.write_text(text)
    result = _extract(str(path), "--json", "--body", "--published", "2024-03-04")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["text"] == text
    for statement in data["statements"]:
        assert text[statement["start"] : statement["end"]] == statement["text"]


def test_json_and_jsonl_are_exclusive(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Some text here that says little.")
    assert _extract(str(path)).exit_code != 0
    assert _extract(str(path), "--json", "--jsonl").exit_code != 0


def test_missing_input_fails_with_its_name_and_nonzero_status(tmp_path):
    missing = tmp_path / "nope.txt"
    result = _extract(str(missing), "--jsonl")
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
