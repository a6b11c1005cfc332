"""Plain-text articles, and the seed article read exactly as a careful reader would."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from foretold.ingest import ReadOptions, read_inputs
from foretold.ingest.plaintext import read_plaintext
from foretold.records import Article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "data" / "seed"


def _only_article(inputs: list[str], options: ReadOptions | None = None) -> Article:
    results = list(read_inputs(inputs, options))
    assert len(results) == 1
    assert isinstance(results[0], Article), str(results[0])
    return results[0]


@pytest.fixture(scope="module")
def seed() -> Article:
    return _only_article([str(SEED / "seed.txt")])


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads((SEED / "expected.json").read_text(encoding="utf-8"))["article"]


def test_seed_metadata_matches_expected(seed: Article, expected: dict) -> None:
    assert seed.title == expected["title"]
    assert list(seed.authors) == expected["authors"]
    assert seed.agency == expected["agency"]
    assert seed.publisher == expected["publisher"]
    assert seed.published == date.fromisoformat(expected["published"])
    assert seed.url == expected["url"]
    assert seed.language == "en"


def test_seed_body_starts_and_ends_where_the_story_does(seed: Article, expected: dict) -> None:
    assert seed.text.startswith(expected["body_starts_with"])
    assert seed.text.endswith(expected["body_ends_with"])


@pytest.mark.parametrize(
    "unwanted",
    json.loads((SEED / "expected.json").read_text(encoding="utf-8"))["article"]["not_in_body"],
)
def test_seed_body_leaves_out_boilerplate(seed: Article, unwanted: str) -> None:
    assert unwanted not in seed.text


def test_seed_caption_and_credit_are_taken_out(seed: Article, expected: dict) -> None:
    assert [(c.text, c.credit) for c in seed.captions] == [
        (expected["image_caption"], expected["image_credit"])
    ]


def test_seed_paragraph_offsets_index_the_body(seed: Article) -> None:
    assert len(seed.paragraphs) > 20
    for paragraph in seed.paragraphs:
        piece = seed.text[paragraph.start : paragraph.end]
        assert piece and piece == piece.strip() and "\n\n" not in piece


def test_body_only_keeps_the_input_byte_for_byte(tmp_path: Path) -> None:
    raw = "By Someone for AFP\n\nRelated article: x\n\nThe body   as  given.\n"
    path = tmp_path / "body.txt"
    path.write_text(raw, encoding="utf-8")
    article = _only_article([str(path)], ReadOptions(body_only=True, published=date(2020, 1, 2)))
    assert article.text == raw
    assert article.title is None and article.authors == () and article.agency is None
    assert article.published == date(2020, 1, 2)
    assert article.text[article.paragraphs[-1].start : article.paragraphs[-1].end] == (
        "The body   as  given."
    )


def test_key_value_header_and_bare_url_footer_are_read() -> None:
    text = (
        "Title: Storm closes schools\n"
        "Author: Jane Doe; Tom Lee\n"
        "Date: 2023-03-16\n\n"
        "Schools across the valley stayed closed on Thursday after a storm.\n\n"
        "Officials said they would reopen on Monday.\n\n"
        "https://www.reuters.com/world/storm-\ncloses-schools-2023-03-16/\n"
    )
    article = read_plaintext(text, source="t.txt", options=ReadOptions())
    assert article.title == "Storm closes schools"
    assert article.authors == ("Jane Doe", "Tom Lee")
    assert article.published == date(2023, 3, 16)
    assert article.url == "https://www.reuters.com/world/storm-closes-schools-2023-03-16/"
    assert article.publisher == "Reuters"
    assert article.text.endswith("reopen on Monday.")


def test_wire_dateline_gives_the_agency_and_published_falls_back_to_option() -> None:
    text = "Talks stall\n\nMOSCOW (Reuters) - Talks between the two sides stalled on Monday."
    article = read_plaintext(text, source="t.txt", options=ReadOptions(published=date(2022, 2, 1)))
    assert article.agency == "Reuters"
    assert article.published == date(2022, 2, 1)
    assert article.title == "Talks stall"


def test_text_made_only_of_boilerplate_fails() -> None:
    from foretold.errors import IngestError

    with pytest.raises(IngestError, match="no article text"):
        read_plaintext(
            "Advertisement\n\nShare this article\n", source="t.txt", options=ReadOptions()
        )
