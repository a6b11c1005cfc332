"""A thing brought to an end, not a finding: "conclude" with a noun-phrase object."""


def test_concluding_a_tour_ends_it(cue_words):
    assert "concluded" not in cue_words("The band concluded its tour in Paris on Sunday.")


def test_concluding_participle_with_a_process_ends_it(cue_words):
    text = "The agency will make four releases this month, concluding the review process by May."
    assert "concluding" not in cue_words(text)


def test_concluding_that_reports_a_finding(contents):
    text = "The panel concluded that the dam had failed because of poor maintenance."
    assert ("concluded", "that the dam had failed because of poor maintenance") in contents(text)


def test_concluding_a_clause_reports_a_finding(cue_words):
    assert "concluded" in cue_words("The study concluded the drug works better than a placebo.")
