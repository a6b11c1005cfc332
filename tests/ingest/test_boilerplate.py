"""Photo captions with credits, and the lines around a story that are not part of it."""

from __future__ import annotations

import pytest

from foretold.ingest.boilerplate import clean_blocks, is_boilerplate, split_caption
from foretold.records import Caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Russian President Vladimir Putin and Joe Biden. kremlin.ru",
            Caption("Russian President Vladimir Putin and Joe Biden.", "kremlin.ru"),
        ),
        (
            "Demonstrators gather in Kyiv on Sunday. Sergei Supinsky / AFP",
            Caption("Demonstrators gather in Kyiv on Sunday.", "Sergei Supinsky / AFP"),
        ),
        (
            "President Biden speaks at the White House. (AP Photo/Evan Vucci)",
            Caption("President Biden speaks at the White House.", "AP Photo/Evan Vucci"),
        ),
        (
            "Boris Johnson in Downing Street | Getty Images",
            Caption("Boris Johnson in Downing Street", "Getty Images"),
        ),
        ("Sirhan in 1969 (Image: CDCR)", Caption("Sirhan in 1969", "CDCR")),
        (
            "A soldier on the front line. Photo: John Smith",
            Caption("A soldier on the front line.", "John Smith"),
        ),
    ],
)
def test_caption_with_credit_is_split(line: str, caption: Caption) -> None:
    assert split_caption(line) == caption


@pytest.mark.parametrize(
    "line",
    [
        '"He\'s ready to take a desperate step," she told AFP on Sunday.',
        "The talks went badly, the report said. Reuters",
        "Shares rose 3% to $4.50 on the Nasdaq.",
        "Putin has warned the West against crossing the Kremlin's red lines.",
    ],
)
def test_story_sentences_are_not_captions(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "## Related article: Kremlin Unlikely to Know Any More",
        "Advertisement",
        "READ MORE: Putin warns the West",
        "Sign up for our morning newsletter",
        "Share this article",
        "Reporting by Tom Balmforth; Editing by Alex Richardson",
        "© 2023 The Riverton Ledger. All rights reserved.",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said more was needed.",
        "Related talks will take place in Geneva next week, officials said.",
        "Does YouTube use DRM for videos not under a Creative Commons license?",
    ],
)
def test_story_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_clean_blocks_takes_out_footer_url_captions_and_link_sections() -> None:
    cleaned = clean_blocks(
        [
            ["First paragraph of the story."],
            ["A crowd in the square. Photo: Ann Ray"],
            ["Last paragraph."],
            ["Related news"],
            ["Another story headline"],
        ]
    )
    assert cleaned.paragraphs == ("First paragraph of the story.", "Last paragraph.")
    assert cleaned.captions == (Caption("A crowd in the square.", "Ann Ray"),)
    footer = clean_blocks([["Story."], ["Original url:"], ["https://example.com/a-", "b"]])
    assert footer.paragraphs == ("Story.",) and footer.url == "https://example.com/a-b"
