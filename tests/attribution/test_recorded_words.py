"""Sources that record a speaker's words rather than relay them."""

from foretold.attribution.recorded_words import records_words


def test_a_transcript_records_the_words_of_the_subject(attributed):
    text = '"We will win the vote," Lee said, according to a transcript of the call.'
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Lee"]


def test_aides_relay_the_words_and_speak(attributed):
    text = '"We will win the vote," Lee said, according to aides.'
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["aides"]


def test_records_are_common_nouns_for_documents(nlp):
    doc = nlp("The summary and the minutes cite the aides.")
    words = {t.text: records_words(t) for t in doc if t.pos_ == "NOUN"}
    assert words == {"summary": True, "minutes": True, "aides": False}
