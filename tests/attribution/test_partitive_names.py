"""One of a group set beside its name is the one named."""


def test_one_of_a_group_then_named_is_the_named_organisation(attributed):
    result = attributed("One of the bidders, Harlow Engineering, said it would appeal.")
    [statement] = result.statements
    assert statement.speaker == "Harlow Engineering"
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == "One of the bidders, Harlow Engineering"


def test_name_hung_on_the_group_noun_names_the_speaker(attributed):
    result = attributed(
        "Several unions backed the strike. One of these unions, the National Dockworkers "
        "Alliance (NDA), said the strike would continue."
    )
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "National Dockworkers Alliance"


def test_one_of_a_group_with_no_name_stays_the_group_member(attributed):
    result = attributed("One of the bidders said it would appeal.")
    [statement] = result.statements
    assert statement.speaker == "one of the bidders"
