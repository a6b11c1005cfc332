"""Phrases that frame a sentence as a poll's finding or someone's view."""


def test_poll_named_by_in_gives_it_the_sentence(attributed):
    found = attributed("In a new state poll, the mayor leads her rival by ten points.").statements
    assert [(s.speaker, s.text) for s in found] == [
        ("new state poll", "the mayor leads her rival by ten points")
    ]
    closing = attributed(
        "The governor leads her rival by six points in the latest surveys."
    ).statements
    assert [s.text for s in closing] == ["The governor leads her rival by six points"]


def test_poll_closing_a_verbless_headline_gives_it_the_line(attributed):
    text = "Lee\u2019s Support Twice That Of Kim\u2019s In Survey Of Nurses.\n\nIt was close."
    found = attributed(text).statements
    assert [s.text for s in found] == ["Lee\u2019s Support Twice That Of Kim\u2019s"]


def test_holder_named_by_to_opening_a_sentence_holds_the_view(attributed):
    found = attributed("To many voters, the senator is a reformer who keeps her word.").statements
    assert [(s.speaker, s.text) for s in found] == [
        ("many voters", "the senator is a reformer who keeps her word")
    ]


def test_report_with_its_author_opening_a_sentence_gives_the_author_the_sentence(attributed):
    found = attributed("In a report by the agency, the floods destroyed 40 homes.").statements
    assert [(s.speaker, s.text) for s in found] == [("agency", "the floods destroyed 40 homes")]
    owned = attributed("In the ministry's latest update, two more patients died overnight.")
    assert [(s.speaker, s.text) for s in owned.statements] == [
        ("ministry", "two more patients died overnight")
    ]


def test_report_with_no_author_or_with_its_own_verb_frames_nothing(attributed):
    assert not attributed("In a report, heavy rain fell across the region.").statements
    found = attributed("In a statement, the firm said sales fell.").statements
    assert [(s.cue, s.text) for s in found] == [("said", "sales fell")]


def test_the_object_of_of_after_a_release_is_no_author(attributed):
    text = "In the release of Nelson Mandela in 1990, the government ended a long era of conflict."
    assert not attributed(text).statements


def test_a_body_named_by_of_after_a_report_is_its_author(attributed):
    found = attributed("In a report of the agency, the floods destroyed 40 homes.").statements
    assert [(s.speaker, s.text) for s in found] == [("agency", "the floods destroyed 40 homes")]


def test_source_named_by_per_opening_a_sentence_gives_it_the_sentence(attributed):
    found = attributed("Per the ministry, ten people died in the floods on Monday.").statements
    assert [(s.speaker, s.cue, s.text) for s in found] == [
        ("ministry", "Per", "ten people died in the floods on Monday")
    ]


def test_per_cites_the_owner_or_the_agent_of_a_document(attributed):
    owned = attributed("Per the agency's new guidelines, clinics must close by ten at night.")
    assert [(s.speaker, s.text) for s in owned.statements] == [
        ("agency", "clinics must close by ten at night")
    ]
    compiled = attributed("Per figures compiled by the ministry, ten people died in the floods.")
    assert [(s.speaker, s.text) for s in compiled.statements] == [
        ("ministry", "ten people died in the floods")
    ]


def test_per_with_a_bare_singular_noun_or_a_reporting_verb_frames_nothing(attributed):
    assert not attributed("Per request of the mayor, the council met for five hours.").statements
    assert not attributed("Per capita, the town has more doctors than its neighbours.").statements
    found = attributed("Per the ministry, the mayor said ten people died.").statements
    assert [(s.cue, s.text) for s in found] == [("said", "ten people died")]
