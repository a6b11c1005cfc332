"""A one-word name written with a capital "The" inside a sentence keeps it."""

from foretold.attribution.definite_names import definite_words, with_definite


def test_a_newspaper_named_with_the_keeps_it(attributed):
    result = attributed(
        "Several events are being held this week, including yoga and trekking, newspaper The "
        "Clarion reported."
    )
    reported = next(s for s in result.statements if s.cue == "reported")
    assert reported.speaker == "The Clarion"


def test_a_name_with_the_opening_a_sentence_keeps_it_when_written_so_elsewhere(attributed):
    result = attributed(
        "Fares will rise, according to The Clarion. The Clarion said the rise was the first in "
        "a decade."
    )
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "The Clarion"


def test_the_in_lower_case_elsewhere_is_the_articles_own(nlp):
    doc = nlp("Voters wrote The Senate a letter. Later the Senate said it would meet.")
    assert "senate" not in definite_words(doc)


def test_a_longer_name_and_a_title_case_phrase_give_no_word(nlp):
    doc = nlp("She told The New York Times the plan failed. Editor Of The Clarion Ann Lee spoke.")
    assert definite_words(doc) == frozenset()


def test_only_one_word_names_take_the():
    assert with_definite("Clarion", frozenset({"clarion"})) == "The Clarion"
    assert with_definite("New York Times", frozenset({"times"})) == "New York Times"
