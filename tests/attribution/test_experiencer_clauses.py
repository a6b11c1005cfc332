"""A that-clause after dummy "it" and a word of feeling or seeing, held by the one who feels
or sees it."""


def test_a_feeling_verb_reports_the_clause_its_object_feels(contents):
    assert contents("It amazes me that people still believe this nonsense.") == [
        ("amazes", "that people still believe this nonsense")
    ]


def test_dawning_and_plain_sight_report_the_clause_for_the_one_who_sees_it(contents):
    assert contents("It dawned on officials that the money was gone.") == [
        ("dawned", "that the money was gone")
    ]
    assert contents("It eventually became apparent to his friends that he was wealthy.") == [
        ("became", "that he was wealthy")
    ]


def test_with_no_one_who_feels_or_sees_it_nothing_is_reported(contents):
    assert contents("It is clear that the plan failed.") == []
    assert contents("It bothers me when people lie.") == []


def test_a_feeling_verb_reports_its_subject_for_its_object(attributed):
    statements = attributed("The new tariff has angered farmers across the state.").statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements] == [
        ("angered", "The new tariff", "farmers")
    ]
    statements = attributed("That frustrates many economists.").statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements] == [
        ("frustrates", "That", "many economists")
    ]


def test_a_feeling_verb_reports_nothing_for_a_person_subject_or_a_blow(contents):
    assert contents("Ann Lee angered farmers with her speech.") == []
    assert contents("The device shocks the rat when it presses the lever.") == []
    assert contents("The delay continues to frustrate residents.") == []


def test_those_picked_by_a_participle_the_parse_hung_under_a_name_hold_the_feeling(attributed):
    text = "The protest alarmed those supporting Cole, who are weary of the fight."
    found = [s for s in attributed(text).statements if s.cue == "alarmed"]
    assert [s.speaker_mention.text for s in found] == ["those"]
    assert found[0].speaker != "Cole"
