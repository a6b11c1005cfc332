"""Passive describing verbs with an agent report the "as" phrase."""


def test_passive_description_with_an_agent_reports_the_as_phrase(contents):
    text = "The old bridge was described by engineers as unsafe."
    assert contents(text) == [("described", "as unsafe")]


def test_passive_description_keeps_a_quoted_label(contents):
    text = 'The singer has been described by the local paper as a "night owl", for her habits.'
    assert contents(text) == [("described", 'as a "night owl"')]


def test_passive_description_with_the_as_phrase_on_the_verb(contents):
    text = "The deal was portrayed by critics as a giveaway to donors."
    assert contents(text) == [("portrayed", "as a giveaway to donors")]


def test_passive_without_an_as_phrase_keeps_its_subject(contents):
    text = "The mayor was praised by critics for her plan."
    assert any(cue == "praised" and words.startswith("The mayor") for cue, words in contents(text))


def test_passive_listing_with_an_agent_reports_the_as_phrase(contents):
    text = (
        "The chef runs three kitchens and was recently listed by a magazine as the best cook "
        "in town."
    )
    assert ("listed", "as the best cook in town") in contents(text)


def test_passive_labelling_with_an_agent_reports_the_as_phrase(contents):
    text = "The new tower was labelled by residents as an eyesore."
    assert contents(text) == [("labelled", "as an eyesore")]


def test_passive_description_with_the_as_phrase_before_the_agent(attributed):
    statements = attributed("The bridge was described as unsafe by the council.").statements
    assert [(s.speaker, s.text) for s in statements] == [("council", "as unsafe")]


def test_relative_passive_description_keeps_its_own_agent(attributed):
    text = 'Lee, who was described by the council as "a man of integrity", died on Monday.'
    statements = attributed(text).statements
    assert [(s.cue, s.speaker, s.text) for s in statements] == [
        ("described", "council", 'as "a man of integrity"')
    ]


def test_participle_with_an_agent_and_an_as_phrase_keeps_its_noun(attributed):
    text = "A cargo ship, reported by local media as belonging to the navy, sank near the port."
    statements = attributed(text).statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("local media", "A cargo ship, reported by local media as belonging to the navy")
    ]


def test_participle_description_is_one_stretch_with_its_noun(attributed):
    text = "The mayor, described by critics as a populist, won easily."
    statements = attributed(text).statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("critics", "The mayor, described by critics as a populist")
    ]


def test_a_view_with_its_holders_after_the_as_phrase_is_no_description(attributed):
    text = "Lee, who is viewed as honest by most voters, won the primary."
    assert all(s.cue != "viewed" for s in attributed(text).statements)


def test_a_description_with_its_agent_inside_a_report_keeps_its_speaker(attributed):
    text = (
        "The harbour log shows a new signal on May 6, with a pattern described by "
        'Sea Watch as "rather odd and kind of random".'
    )
    said = [(s.speaker, s.text) for s in attributed(text).statements]
    assert any(speaker == "Sea Watch" and "rather odd" in words for speaker, words in said)


def test_a_view_held_by_many_inside_a_report_gives_way(attributed):
    text = "Ann Lee said the mayor, long seen by many as the favourite, would lose."
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Ann Lee"]
