def test_figures_without_value_are_no_content(cue_words):
    text = "Car sales fell sharply as the makers reported their January sales."
    assert "reported" not in cue_words(text)


def test_periodic_earnings_announced_are_no_content(cue_words):
    text = "The bank will announce its quarterly earnings on Friday."
    assert "announce" not in cue_words(text)


def test_figures_judged_stay(contents):
    assert ("reported", "weak sales") in contents("The brewer reported weak sales.")


def test_figures_with_a_value_stay(contents):
    text = "The brewer reported sales of 3,000 barrels."
    assert ("reported", "sales of 3,000 barrels") in contents(text)


def test_change_in_figures_stays(cue_words):
    assert "reported" in cue_words("The brewer reported a 9% drop in sales.")
