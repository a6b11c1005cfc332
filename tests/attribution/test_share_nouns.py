"""Nouns of a share in an act, whose "in" phrase tells which act."""


def test_an_in_phrase_after_a_share_noun_stays_with_the_object(attributed):
    statement = attributed("Ann Reed won support by referencing her own role in rallying voters.")
    texts = [s.text for s in statement.statements]
    assert texts == ["her own role in rallying voters"]


def test_an_in_phrase_after_another_object_is_the_act_while_speaking(attributed):
    result = attributed("Ann Reed praised him in announcing the deal.")
    assert [s.text for s in result.statements if s.cue == "praised"] == ["him"]
