"""Spans that make up a paragraph of their own."""

import pytest

from foretold.attribution.paragraphs import fills_paragraph

QUOTE = "\u201cWe won.\u201d"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Lee spoke.\n\n{QUOTE}\n\nThe count went on.", True),
        (f"Lee spoke.\n\n  {QUOTE}  ", True),
        (f"Lee spoke.\n\n{QUOTE} Lee said.", False),
        (f"Lee spoke.\n\nShe said, {QUOTE}", False),
        (f"{QUOTE}\n\nLee spoke.", False),
    ],
)
def test_a_span_fills_a_paragraph_after_another(text, expected):
    start = text.index(QUOTE)
    assert fills_paragraph(text, start, start + len(QUOTE)) == expected
