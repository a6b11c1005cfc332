"""Reporting verbs right after a quotation with no comma, read by the tagger as a modifier."""


def test_a_verb_after_a_quotation_with_no_comma_reports_it(attributed):
    text = (
        "A cook, Tom Hale, cited only his training. He said he did what anyone would do.\n\n"
        '"I am grateful to the people who helped strangers" tweeted Mayor of Leeds Ann Price '
        "(no relation)."
    )
    quoted = [s for s in attributed(text).statements if s.text.startswith('"I am')]
    assert [(s.speaker, s.cue) for s in quoted] == [("Ann Price", "tweeted")]


def test_a_participle_before_a_common_noun_reports_nothing(cue_words):
    assert cue_words('The "green" painted walls lined the street.') == []


def test_a_verb_modifying_a_title_compounded_onto_the_name_reports_the_quotation(attributed):
    text = 'The council met on Monday. "Vote recap," tweeted city spokesman Tom Hale.'
    quoted = [s for s in attributed(text).statements if s.text.startswith('"Vote')]
    assert [(s.speaker_mention.text, s.cue) for s in quoted] == [("Tom Hale", "tweeted")]
