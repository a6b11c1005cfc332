"""read_inputs over files, directories and stdin; every bad input fails alone, with a reason."""

from __future__ import annotations

import gzip
import io
import shutil
import sys
import time
from pathlib import Path

import pytest

from foretold.ingest import ReadFailure, ReadOptions, read_inputs
from foretold.records import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed" / "seed.txt"


def _one(path: Path, options: ReadOptions | None = None) -> Article | ReadFailure:
    (result,) = read_inputs([str(path)], options)
    return result


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    shutil.copy(DATA / "wikinews_zebra.html", tmp_path / "b" / "page.html")
    shutil.copy(DATA / "news.atom", tmp_path / "a.atom")
    shutil.copy(SEED, tmp_path / "c.txt")
    shutil.copy(SEED, tmp_path / ".cache" / "hidden.txt")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    results = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(r, Article) for r in results)
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in results] == [
        "a.atom",
        "a.atom",
        "b/page.html",
        "c.txt",
    ]


def test_empty_directory_fails(tmp_path: Path) -> None:
    assert str(_one(tmp_path)) == f"{tmp_path}: empty directory (no files to read)"


def test_stdin_is_read_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    (article,) = read_inputs(["-"])
    assert isinstance(article, Article)
    assert article.source == "<stdin>" and article.agency == "AFP"


def test_empty_stdin_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    assert [str(r) for r in read_inputs(["-"])] == ["<stdin>: empty file"]


def test_a_failure_never_stops_the_inputs_after_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = list(read_inputs([str(empty), str(tmp_path / "missing.txt"), str(SEED)]))
    assert [str(r) for r in results[:2]] == [
        f"{empty}: empty file",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert isinstance(results[2], Article)


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n\n   \n")
    assert str(_one(path)) == f"{path}: empty file"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (bytes(range(256)) * 8, "binary data"),
    ],
)
def test_binary_file_fails(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    assert str(_one(path)) == f"{path}: binary file ({kind}), not text"


def test_cp1252_text_is_decoded_not_failed() -> None:
    article = _one(DATA / "cafe_cp1252.txt")
    assert isinstance(article, Article)
    assert article.title == "Café owners in Riverton brace for a quiet spring"
    assert "\u201cWe\u2019ve had regulars" in article.text
    assert "Renée Dubois" in article.text and "\u2014" in article.text
    assert article.authors == ("Jane Doe",)


def test_utf16_text_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    article = _one(path)
    assert isinstance(article, Article) and article.agency == "AFP"


def test_non_english_text_is_read_and_flagged_by_language() -> None:
    article = _one(DATA / "article_fr.txt")
    assert isinstance(article, Article)
    assert article.language == "fr"
    assert article.authors == ("Claire Martin",)
    assert article.text.startswith("Le conseil municipal de Riverton a voté mardi")


def test_fifty_megabyte_file_fails_fast_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        line = b"The river rose again overnight, officials said on Monday morning.\n"
        out.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert path.stat().st_size > 50 * 1024 * 1024
    started = time.perf_counter()
    result = _one(path)
    elapsed = time.perf_counter() - started
    assert isinstance(result, ReadFailure)
    assert result.source == str(path)
    assert result.reason.startswith("file too large (52.4 MB; the limit for one article is 50 MB)")
    assert elapsed < 5  # generous: it must not parse the file


def test_oversize_stdin_fails_after_reading_only_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = b"A line of news about the river and the city council.\n" * 2000
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (failure,) = read_inputs(["-"], ReadOptions(max_bytes=10_000))
    assert isinstance(failure, ReadFailure)
    assert failure.source == "<stdin>" and "file too large" in failure.reason


def test_gzipped_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt.gz"
    path.write_bytes(gzip.compress(SEED.read_bytes()))
    article = _one(path)
    assert isinstance(article, Article) and article.publisher == "The Moscow Times"


def test_format_is_detected_from_content_not_extension(tmp_path: Path) -> None:
    html = tmp_path / "page.txt"
    shutil.copy(DATA / "ledger_council.html", html)
    feed = tmp_path / "feed.html"
    shutil.copy(DATA / "news.atom", feed)
    assert _one(html).agency == "AFP"
    assert len([r for r in read_inputs([str(feed)]) if isinstance(r, Article)]) == 2


def test_content_that_breaks_a_format_claim_fails(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("Just a line of plain text.\n")
    assert str(_one(path)) == f"{path}: not JSON Lines (the content looks like plain text)"


def test_failure_text_is_one_line() -> None:
    failure = ReadFailure("a.txt", "bad\nthing   here")
    assert str(failure) == "a.txt: bad thing here"
