from foretold.forecasts.lexicon import cue, cues


def test_survey_words_take_their_median():
    assert cue("likely").probability == 0.7
    assert cue("doubt").kind == "verb" and cue("doubt").probability == 0.25


def test_curated_cues_cite_a_basis():
    for entry in cues().values():
        assert entry.basis
        assert 0 <= entry.probability <= 1


def test_frequency_words_are_not_probability_cues():
    assert cue("usually") is None and cue("always") is None
