def test_a_verb_in_a_film_title_is_no_attribution(cue_words):
    text = "She starred in the film The Woman Who Knew Nothing, released in 1990."
    assert "Knew" not in cue_words(text)


def test_a_capitalised_verb_opening_its_sentence_stays(cue_words):
    text = 'Said the mayor: "We will rebuild the bridge before the winter."'
    assert "Said" in cue_words(text)


def test_a_capitalised_verb_after_a_lower_case_word_is_a_name(cue_words):
    text = "Reports named him on Sunday as Reading resident and Libyan national Omar Saad."
    assert "Reading" not in cue_words(text)
