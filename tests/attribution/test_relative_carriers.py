"""Quotations a relative clause carries past a participle on the same noun."""

TEXT = (
    "The council worked with two newspapers on reports published in March that examined "
    '"the slow decline of the river\'s fish stocks."'
)


def test_the_relative_clause_holds_the_quotation(attributed):
    statement = next(s for s in attributed(TEXT).statements if "slow decline" in s.text)
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text == "that"


def test_a_participle_with_its_own_quotation_keeps_its_noun(attributed):
    text = 'The team backed reports published in March saying "the fish are gone."'
    statement = next(s for s in attributed(text).statements if "fish" in s.text)
    assert statement.speaker_mention is None or statement.speaker_mention.text != "that"
