"""WARC crawls: HTML responses become articles; everything else is skipped or fails alone."""

from __future__ import annotations

import gzip
from pathlib import Path

from foretold.ingest import ReadFailure, read_inputs
from foretold.records import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def test_html_responses_become_articles_with_their_target_uri() -> None:
    results = list(read_inputs([str(DATA / "crawl.warc.gz")]))
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.url for a in articles] == [
        "https://www.rivertonledger.example/2023/03/14/council-approves-flood-wall",
        "https://en.wikinews.org/wiki/Zebra_stripes_may_%27dazzle%27_pathogen-packing_horse_flies,_say_scientists",
    ]
    assert articles[0].agency == "AFP" and articles[1].publisher == "Wikinews"
    assert all(a.source == str(DATA / "crawl.warc.gz") for a in articles)


def test_page_without_story_fails_alone_naming_archive_and_uri() -> None:
    failures = [r for r in read_inputs([str(DATA / "crawl.warc.gz")]) if isinstance(r, ReadFailure)]
    assert len(failures) == 1  # robots.txt, the JPEG, the 301 and the 404 are skipped
    assert failures[0].source == f"{DATA / 'crawl.warc.gz'} (https://www.rivertonledger.example/)"


def test_uncompressed_warc_is_detected_from_its_content(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    path.write_bytes(gzip.decompress((DATA / "crawl.warc.gz").read_bytes()))
    titles = [r.title for r in read_inputs([str(path)]) if isinstance(r, Article)]
    assert len(titles) == 2


def test_warc_without_html_pages_fails_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n")
    (result,) = read_inputs([str(path)])
    assert isinstance(result, ReadFailure)
    assert str(result) == f"{path}: no HTML pages in the WARC archive"


def test_gzip_that_is_not_a_warc_under_a_warc_name_fails(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"Just some notes, not an archive.\n" * 20))
    (result,) = read_inputs([str(path)])
    assert isinstance(result, ReadFailure)
    assert "not a WARC archive" in result.reason


def _cut(tmp_path: Path, data: bytes, size: int) -> list[Article | ReadFailure]:
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:size])
    return list(read_inputs([str(path)]))


def test_archive_cut_inside_the_first_page_reads_no_part_of_it(tmp_path: Path) -> None:
    data = (DATA / "crawl.warc.gz").read_bytes()
    (result,) = _cut(tmp_path, data, len(data) // 3)
    assert isinstance(result, ReadFailure)
    assert result.reason == "the WARC archive is truncated: it ends inside a record"


def test_archive_cut_inside_a_record_header_keeps_the_pages_before(tmp_path: Path) -> None:
    data = gzip.decompress((DATA / "crawl.warc.gz").read_bytes())
    header = data.index(b"WARC/1.0", data.index(b"council-approves-flood-wall") + 7000)
    results = _cut(tmp_path, data, header + 40)
    assert [type(r) for r in results] == [Article, ReadFailure]
    assert "truncated" in results[-1].reason


def test_archive_cut_inside_the_last_record_keeps_every_whole_page(tmp_path: Path) -> None:
    data = (DATA / "crawl.warc.gz").read_bytes()
    results = _cut(tmp_path, data, len(data) - 20)
    assert sum(isinstance(r, Article) for r in results) == 2
    assert isinstance(results[-1], ReadFailure) and "truncated" in results[-1].reason


def test_archive_ending_between_records_is_whole(tmp_path: Path) -> None:
    data = gzip.decompress((DATA / "crawl.warc.gz").read_bytes())
    end = data.index(b"WARC/1.0", data.index(b"HTTP/1.1 404")) - 4  # after the skipped 404
    end = data.index(b"\r\n\r\nWARC/1.0", end) + 4
    results = _cut(tmp_path, data, end)
    assert [type(r) for r in results] == [Article, Article]
