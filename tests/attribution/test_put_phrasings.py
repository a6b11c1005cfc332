"""'as X put it' credits the clause it comments on to X, without the aside."""

import pytest


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Prices will rise, as the minister put it.", "Prices will rise", "minister"),
        (
            'As one trader put it, "the market is broken."',
            '"the market is broken."',
            "one trader",
        ),
        (
            'For two days, traffic "ground to a halt" - as the court ruling put it - at the '
            "tunnel.",
            'For two days, traffic "ground to a halt"',
            "court ruling",
        ),
    ],
)
def test_as_x_put_it(attributed, text, content, speaker):
    statements = [s for s in attributed(text).statements if s.cue in {"put", "puts"}]
    assert [(s.text, s.speaker) for s in statements] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "As the company put it up for sale, workers left.",
        "To put it mildly, the plan failed.",
    ],
)
def test_other_senses_of_put(cue_words, text):
    assert "put" not in cue_words(text)
