"""A title whose first words are a list of fields names the person who holds it."""


def test_a_title_after_a_list_of_fields_is_the_speaker(attributed):
    text = (
        '"The stores are losing money," said the firm\'s sales, service, and marketing vice '
        "president."
    )
    statement = attributed(text).statements[0]
    assert statement.speaker_mention is not None
    assert (
        statement.speaker_mention.text == "the firm's sales, service, and marketing vice president"
    )


def test_a_list_of_things_and_people_keeps_its_first_noun(attributed):
    text = "The plant and its workers said the strike would end."
    statement = attributed(text).statements[0]
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text.startswith("The plant")
    assert "workers" not in (statement.speaker or "")
