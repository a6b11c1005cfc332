import pytest

from foretold.forecasts.probability import Level, compose, stated_probability


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 70% chance of rain", 0.7),
        ("given only a one-in-five chance of becoming a storm", 0.2),
        ("odds of 3 to 1", 0.75),
        ("odds of 3 to 1 against", 0.25),
        ("a fifty-fifty proposition", 0.5),
    ],
)
def test_stated_numbers_are_taken_as_stated(text, expected):
    reading = stated_probability(text)
    assert reading is not None and reading.probability == pytest.approx(expected)


def test_text_without_numbers_states_no_probability():
    assert stated_probability("the talks may fail") is None


def test_doubt_over_would_is_low():
    reading = compose([Level(("would",)), Level(("doubt",))])
    assert reading is not None and reading.probability < 0.4 and reading.words == ("doubt",)


def test_negated_expectation_is_low():
    reading = compose([Level(()), Level(("expect",), negated=True)])
    assert reading is not None and reading.probability < 0.35
    assert reading.words == ("not expect",)


def test_will_not_flips_the_marker():
    reading = compose([Level(("will",), negated=True)])
    assert reading is not None and reading.probability < 0.2


def test_plain_future_is_high_and_may_is_even():
    assert compose([Level(("will",))]).probability > 0.8
    assert compose([Level(("may",))]).probability == pytest.approx(0.5)


def test_no_cue_words_give_no_reading():
    assert compose([Level(("banana",))]) is None
