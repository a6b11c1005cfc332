"""An inference the writer draws from a state of affairs reports no one's words."""


def test_thing_on_sale_suggesting_is_the_writers_inference(cue_words):
    text = "A new film is already available on the store, suggesting that the system works."
    assert "suggesting" not in cue_words(text)


def test_prices_rising_indicating_is_the_writers_inference(cue_words):
    text = "Fuel prices rose sharply in March, indicating that supply remained tight."
    assert "indicating" not in cue_words(text)


def test_person_signalling_stays(cue_words):
    text = "The mayor stayed away from the meeting, signalling that she opposes the plan."
    assert "signalling" in cue_words(text)


def test_report_suggesting_stays(cue_words):
    text = "The study found the river was polluted, suggesting that the plant leaks."
    assert "found" in cue_words(text)
    assert "suggesting" in cue_words(text)


def test_inference_inside_a_finding_stays_with_it(contents):
    text = "They found that fuel prices rose sharply, indicating that supply remained tight."
    assert ("indicating", "that supply remained tight") in contents(text)
