"""Verbless name tags closing a quotation's sentence."""


def test_a_name_closing_the_quotations_sentence_without_a_verb_speaks_it(attributed):
    text = (
        'Shares rose on Monday.\n\n"We expect sales to rise next year," Jane Doe, an analyst '
        "at Acme."
    )
    statements = attributed(text).statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("Jane Doe", '"We expect sales to rise next year,"')
    ]


def test_a_title_before_the_closing_name_is_skipped(attributed):
    text = 'Shares rose on Monday.\n\n"We will not stop fighting for this," Sen. Ann Lee.'
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee"]


def test_a_title_set_off_before_the_closing_name_is_skipped(attributed):
    text = (
        'Shares rose on Monday.\n\n"We expect sales to rise next year," the company\'s chief '
        "executive, Jane Doe."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Jane Doe"]


def test_a_phrase_naming_a_source_after_a_quotation_is_no_name_tag(attributed):
    text = 'Shares rose.\n\n"We expect sales to rise," in the words of Jane Doe.'
    assert all(s.cue != "," for s in attributed(text).statements)


def test_a_clause_with_a_verb_after_the_name_is_no_name_tag(attributed):
    text = 'Shares rose.\n\n"We will not stop fighting," Ann Lee, who leads the group.'
    assert attributed(text).statements == ()
