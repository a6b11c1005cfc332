"""An inverted trailer whose verb the parse folded into the speaker's name."""


def test_verb_folded_into_a_titled_name_after_a_quotation(attributed):
    result = attributed('Fans cheered. "It was a great night," claims promoter Tom Berry.')
    [statement] = result.statements
    assert statement.speaker == "Tom Berry"
    assert statement.cue == "claims"


def test_verb_in_an_ordinary_trailer_is_unchanged(attributed):
    result = attributed('"It was a great night," says organiser Tom Berry.')
    [statement] = result.statements
    assert statement.speaker == "Tom Berry"
