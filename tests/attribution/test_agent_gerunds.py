"""The speaker of a gerund the parse hung on the thing in a passive's "by" phrase."""


def test_gerund_on_a_passive_cause_is_said_by_the_passive_subject(attributed):
    text = (
        "Investors and brokers of the exchange are disturbed by the falls calling the "
        "situation ugly."
    )
    speakers = [s.speaker for s in attributed(text).statements if s.cue == "calling"]
    assert speakers == ["investors"]


def test_gerund_on_a_letter_in_a_by_phrase_is_said_by_the_letter(attributed):
    text = "The workers were moved by a letter calling for calm."
    speakers = [s.speaker for s in attributed(text).statements if s.cue == "calling"]
    assert speakers == ["letter"]
