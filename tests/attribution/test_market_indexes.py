"""A stock market index is a figure, not a body, and makes no record in the people table."""

import pytest

from foretold.attribution.market_indexes import mentions_index


def _names(result):
    return {p.name for p in result.people}


def _span(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Velmar fell 82.65 points on Tuesday.", "The Velmar"),
        ("Both markets rose, and the Velmar was up 1.2% to 1,622.", "the Velmar"),
        ("Stocks in Sydney fell as the Velmar lost 3 percent.", "the Velmar"),
        (
            "Trading was thin, and Ostland's Velmar Composite Index closed higher.",
            "Velmar Composite Index",
        ),
        ("Analysts expect the Velmar index to gain this week.", "Velmar"),
    ],
)
def test_a_name_that_moves_by_points_or_percent_or_is_called_an_index_is_an_index(nlp, text, name):
    assert mentions_index(_span(nlp, text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bank shares climbed, and Velmar Financial gained 9.7% on Tuesday.", "Velmar Financial"),
        ("The Velmar Group closed three plants in Ohio last year.", "The Velmar Group"),
        ("The Velmar Group announced a merger on Tuesday.", "The Velmar Group"),
        ("In the new poll the Velmarists gained 4 points.", "the Velmarists"),
        ("The Velmar Party gained 5 points in the latest poll.", "The Velmar Party"),
        ("The Velmar Times lost 20 percent of its readers.", "The Velmar Times"),
        ("The Velmar closed 30 percent of its stores.", "The Velmar"),
        ("The Velmar fell 10 points behind in the second half.", "The Velmar"),
    ],
)
def test_a_company_or_a_body_doing_anything_else_is_no_index(nlp, text, name):
    assert not mentions_index(_span(nlp, text, name))


def test_an_index_makes_no_record_but_a_body_that_speaks_stays(attributed):
    text = (
        "Markets in Asia slid on Tuesday. The Hang Seng fell 3.4% to 17,849 points, "
        "while the Nikkei lost 2.1%. "
        'The Central Bank of Ostland said, "We are watching the markets closely."'
    )
    names = _names(attributed(text))
    assert "Hang Seng" not in names
    assert "Central Bank of Ostland" in names
