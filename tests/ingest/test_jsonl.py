"""JSON Lines corpora: one article per line, field names mapped, streamed."""

from __future__ import annotations

import json
from datetime import date
from itertools import islice
from pathlib import Path

from foretold.ingest import ReadFailure, ReadOptions, read_inputs
from foretold.records import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def test_wikinews_slice_reads_every_line_with_its_metadata() -> None:
    lines = [json.loads(x) for x in (DATA / "wikinews_slice.jsonl").read_text().splitlines()]
    articles = list(read_inputs([str(DATA / "wikinews_slice.jsonl")]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.title for a in articles] == [line["title"] for line in lines]
    assert [a.url for a in articles] == [line["url"] for line in lines]
    assert [a.published for a in articles] == [date.fromisoformat(x["published"]) for x in lines]
    assert {a.publisher for a in articles} == {"Wikinews"}
    for article, line in zip(articles, lines, strict=True):
        assert article.text.split() == line["text"].split()


def test_bad_lines_fail_alone_with_their_line_numbers(tmp_path: Path) -> None:
    good = (DATA / "wikinews_slice.jsonl").read_text().splitlines()[0]
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join([good, "{not json", "", '["a list"]', '{"id": "x1", "title": "No text"}', good])
        + "\n",
        encoding="utf-8",
    )
    results = list(read_inputs([str(path)]))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "ReadFailure", "ReadFailure", "ReadFailure", "Article"]
    assert results[1].source == f"{path} line 2" and "invalid JSON" in results[1].reason
    assert results[2].source == f"{path} line 4" and "not a JSON object" in results[2].reason
    assert results[3].source == f"{path} line 5 (x1)" and "'text'" in results[3].reason


def test_field_names_are_mapped_by_options(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    record = {
        "headline": "Mill river floods again",
        "body": "The Mill river burst its banks on Sunday for the second time this year.",
        "link": "https://www.theguardian.com/x",
        "date": "2023-04-02T08:00:00Z",
        "byline": "Jane Doe and Tom Lee",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    fields = {
        "title": "headline",
        "text": "body",
        "url": "link",
        "published": "date",
        "authors": "byline",
    }
    (article,) = read_inputs([str(path)], ReadOptions(jsonl_fields=fields))
    assert isinstance(article, Article)
    assert article.title == "Mill river floods again"
    assert article.authors == ("Jane Doe", "Tom Lee")
    assert article.published == date(2023, 4, 2) and article.published_at is not None
    assert article.publisher == "The Guardian"


def test_html_field_is_read_as_a_page(tmp_path: Path) -> None:
    page = (DATA / "ledger_council.html").read_text(encoding="utf-8")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": page, "url": "https://x.example/a"}) + "\n")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.agency == "AFP"
    assert article.url == "https://x.example/a"


def test_json_array_file_gives_one_article_per_item(tmp_path: Path) -> None:
    lines = (DATA / "wikinews_slice.jsonl").read_text().splitlines()[:2]
    path = tmp_path / "two.json"
    path.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
    assert [type(r) for r in read_inputs([str(path)])] == [Article, Article]


def test_large_corpus_is_streamed_not_loaded(tmp_path: Path) -> None:
    line = (DATA / "wikinews_slice.jsonl").read_text().splitlines()[1] + "\n"
    path = tmp_path / "big.jsonl"
    copies = 60_000_000 // len(line) + 1
    with path.open("w", encoding="utf-8") as out:
        out.write(line * copies)
    assert path.stat().st_size > ReadOptions().max_bytes
    first = list(islice(read_inputs([str(path)]), 3))
    assert [type(r) for r in first] == [Article, Article, Article]


def test_line_longer_than_the_cap_fails_alone(tmp_path: Path) -> None:
    good = json.dumps({"text": "A short story about the river, told in one line of text."})
    path = tmp_path / "long.jsonl"
    path.write_text(good + "\n" + '{"text": "' + "x" * 5000 + '"}\n' + good + "\n")
    results = list(read_inputs([str(path)], ReadOptions(max_bytes=4000)))
    assert [type(r) for r in results] == [Article, ReadFailure, Article]
    assert results[1].source == f"{path} line 2"
