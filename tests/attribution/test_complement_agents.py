"""The agent of a passive cue that the parse hung on the cue's adjective complement."""

import pytest


def test_a_by_phrase_after_the_adjective_names_who_holds_the_view(attributed):
    text = "Owls are considered sacred by farmers in the valley, and the herders leave them.\n"
    view = next(s for s in attributed(text).statements if s.cue == "considered")
    assert view.text == "Owls are considered sacred"
    assert view.speaker_mention is not None and view.speaker_mention.text == "farmers in the valley"


def test_a_body_declaring_through_a_raised_be_speaks(attributed):
    text = 'The outbreak was declared to be a "pandemic" by the World Health Organization.\n'
    view = next(s for s in attributed(text).statements if s.cue == "declared")
    assert view.text == 'The outbreak was declared to be a "pandemic"'
    assert view.speaker == "World Health Organization"


def test_a_by_phrase_on_a_noun_names_the_nouns_doer_not_a_holder(attributed):
    text = "The new law is widely seen as a move by the government to limit protest.\n"
    view = next(s for s in attributed(text).statements if s.cue == "seen")
    assert view.speaker is None
    text = "The new law is considered a move by Beijing to limit protest.\n"
    view = next(s for s in attributed(text).statements if s.cue == "considered")
    assert view.speaker is None  # "move" is the complement, a noun: Beijing moves


def test_a_by_phrase_of_measure_holds_no_view(attributed):
    text = "The plan was considered unlikely by far.\n"
    assert all(s.speaker is None for s in attributed(text).statements)
    text = "Owls are considered sacred by custom in the valley.\n"
    assert all(s.speaker is None for s in attributed(text).statements)


def test_a_by_phrase_after_a_closing_quotation_mark_is_the_cues(attributed):
    text = 'The suspect was described as "a loner" by the police.\n'
    view = next(s for s in attributed(text).statements if s.cue == "described")
    assert (view.speaker, view.text) == ("police", 'as "a loner"')


def test_a_by_phrase_after_a_quoted_participle_in_a_relative_clause(attributed):
    text = 'Lee, who was described as "knife-obsessed" by police, fled the city.\n'
    view = next(s for s in attributed(text).statements if s.cue == "described")
    assert (view.speaker, view.text) == ("police", 'as "knife-obsessed"')


def test_a_body_after_the_adjective_holds_the_view(attributed):
    text = "Owls are considered sacred by the council.\n"
    view = next(s for s in attributed(text).statements if s.cue == "considered")
    assert (view.speaker, view.text) == ("council", "Owls are considered sacred")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "He had been asked to keep the files by the committee.\n",
            "committee",
            "to keep the files",
        ),
        ("The minister was urged to resign by party leaders.\n", "party leaders", "to resign"),
        ("She was told to leave by the police.\n", "police", "to leave"),
    ],
)
def test_a_by_phrase_closing_an_active_infinitive_is_the_passives(
    attributed, text, speaker, content
):
    view = attributed(text).statements[0]
    assert (view.speaker, view.text) == (speaker, content)


def test_a_passive_infinitive_keeps_its_own_by_phrase(attributed):
    text = "He was asked to be questioned by police.\n"
    assert all(s.speaker is None for s in attributed(text).statements)


def test_a_body_pronouncing_a_winner_speaks(attributed):
    text = "The mayor was declared the winner in the county race by the networks on Tuesday.\n"
    view = next(s for s in attributed(text).statements if s.cue == "declared")
    assert view.text == "The mayor was declared the winner in the county race"
    assert view.speaker_mention is not None and view.speaker_mention.text == "the networks"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The two senators are seen as leaders who would best handle a crisis by about half"
            " of voters.\n",
            "about half of voters",
            "The two senators are seen as leaders who would best handle a crisis",
        ),
        (
            "Both governors are viewed as candidates who could beat the incumbent by most party"
            " members.\n",
            "most party members",
            "Both governors are viewed as candidates who could beat the incumbent",
        ),
        (
            "The mayor is seen as a leader who would handle a flood well by a quarter of"
            " residents.\n",
            "a quarter of residents",
            "The mayor is seen as a leader who would handle a flood well",
        ),
    ],
)
def test_a_by_phrase_closing_an_active_relative_clause_is_the_passives(
    attributed, text, speaker, content
):
    view = next(s for s in attributed(text).statements if s.cue in {"seen", "viewed"})
    assert view.speaker_mention is not None
    assert (view.speaker_mention.text, view.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The woman was confirmed as one of the passengers by the foreign ministry.\n",
            "foreign ministry",
            "The woman was confirmed as one of the passengers",
        ),
    ],
)
def test_a_by_phrase_on_a_member_of_a_group_is_the_passives(attributed, text, speaker, content):
    view = next(s for s in attributed(text).statements if s.cue == "confirmed")
    assert (view.speaker, view.text) == (speaker, content)
