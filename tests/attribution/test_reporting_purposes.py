"""A reporting to-infinitive of purpose is the speaker's next act."""

from foretold.attribution.reporting_purposes import reporting_infinitive


def test_infinitive_of_a_verb_reporting_a_clause(nlp):
    doc = nlp("The senator cited the new figures to argue that the program had failed.")
    assert reporting_infinitive(next(t for t in doc if t.text == "argue"))


def test_infinitive_of_a_deed_reports_nothing(nlp):
    doc = nlp("The group backs the bill to cut taxes.")
    assert not reporting_infinitive(next(t for t in doc if t.text == "cut"))


def test_the_one_who_cites_says_what_the_infinitive_reports(attributed):
    text = (
        "On Monday, the mayor turned on Lee, who for weeks had highlighted the millions of dollars"
        " in fees she received from big banks to call into question whether she can reform the"
        " sector."
    )
    found = {s.cue: (s.speaker, s.text) for s in attributed(text).statements}
    fees = "the millions of dollars in fees she received from big banks"
    assert found["highlighted"] == ("Lee", fees)
    assert found["call"] == ("Lee", "whether she can reform the sector")


def test_an_urged_listener_keeps_the_infinitive(contents):
    text = "The union urged the board to explain why the plant closed."
    assert contents(text) == [("urged", "the board to explain why the plant closed")]
