"""Names filed under a number run through the number."""


def test_numbered_law_is_named_with_its_number(attributed):
    text = 'Public Law No. 512, also called the Water Act, states "no town may sell its wells."'
    stated = [s for s in attributed(text).statements if s.cue == "states"]
    assert [s.speaker_mention.text for s in stated] == ["Public Law No. 512"]


def test_speaker_on_the_number_is_the_whole_name(attributed):
    text = "Executive Order No. 44 says that all offices must close on Friday."
    statements = attributed(text).statements
    assert [s.speaker_mention.text for s in statements] == ["Executive Order No. 44"]


def test_no_one_is_not_a_numbered_name(attributed):
    text = "While no one is predicting a crash, traders fear that profits could fall."
    assert all(s.speaker != "no one" for s in attributed(text).statements)


def test_a_name_known_by_its_number_runs_through_it(attributed):
    text = "Indeed, News 8 reported that the roads were closed."
    assert [s.speaker_mention.text for s in attributed(text).statements] == ["News 8"]


def test_a_numbered_section_keeps_its_number(attributed):
    text = "Article 3, Section 2 says that the council meets in May."
    assert [s.speaker_mention.text for s in attributed(text).statements] == ["Section 2"]
