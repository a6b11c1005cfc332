"""A closing comparison of a reported figure with another is the writer's."""

from foretold.attribution.comparison_tails import drop_comparison_tail


def test_comparison_after_a_dash_is_left_out(contents):
    text = "The council called for $3 million - half of what the mayor had requested."
    assert ("called", "$3 million") in contents(text)


def test_comparison_after_a_comma_with_a_word_of_degree_is_left_out(contents):
    text = "She proposed a budget of $40 billion, about half of what her rival proposed."
    assert ("proposed", "a budget of $40 billion") in contents(text)


def test_fraction_without_an_of_phrase_stays(nlp):
    doc = nlp("He said sales fell by half, a third in the north.")
    assert drop_comparison_tail(doc, 2, len(doc) - 1) == len(doc) - 1


def test_a_figure_placed_above_another_is_left_out(contents):
    text = "The firm reported a profit of $2.10 a share, well above the $1.90 analysts expected."
    assert ("reported", "a profit of $2.10 a share") in contents(text)


def test_a_figure_placed_higher_than_another_is_left_out(contents):
    text = "Filings show a fee of $40,000 for the talk, far higher than any fee he got last year."
    assert ("show", "a fee of $40,000 for the talk") in contents(text)


def test_a_change_from_the_speakers_own_figure_stays(nlp):
    doc = nlp("The firm said its share rose to 17%, up from 14% a year ago.")
    assert drop_comparison_tail(doc, 3, len(doc) - 1) == len(doc) - 1


def test_placing_words_without_a_figure_before_stay(nlp):
    doc = nlp("She said the river rose, well above the old wall.")
    assert drop_comparison_tail(doc, 2, len(doc) - 1) == len(doc) - 1


def test_a_change_from_an_earlier_figure_after_a_report_is_left_out(contents):
    text = "The firm said it would give $75,000 to the fund, down sharply from the $600,000 before."
    assert ("said", "it would give $75,000 to the fund") in contents(text)


def test_a_change_in_a_sentence_a_source_phrase_reports_stays(contents):
    text = "According to the ministry, the land has two million refugees, down from three million."
    assert (
        "According to",
        "the land has two million refugees, down from three million",
    ) in contents(text)
