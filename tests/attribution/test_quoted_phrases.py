"""Short quoted phrases inside a clause: names, titles and labels, not words said."""

from foretold.attribution.quoted_phrases import in_phrase, names_source


def test_a_title_inside_a_source_phrase_names_the_source(nlp):
    text = 'According to "The Long Road: A History," by Ann Lee, the mayor told aides he had lost.'
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == "The")
    last = next(t.i for t in doc if t.text == "History")
    assert names_source(doc, first - 1, last + 3)


def test_a_quotation_after_a_source_phrase_does_not_name_it(nlp):
    text = 'According to Lee, the mayor called the plan "a waste of money."'
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == "a")
    assert not names_source(doc, first - 1, len(doc))


def test_a_title_in_a_source_phrase_is_not_a_quotation_of_the_next_cue(contents):
    text = 'According to "The Long Road: A History," by Ann Lee, the mayor told aides he had lost.'
    assert not any("Long Road" in content for _, content in contents(text))


def test_a_title_in_a_source_phrase_does_not_open_its_content(contents):
    text = 'According to Tom Reed\'s "The Fixers: A Memoir" and other records, his was a hard job.'
    assert contents(text) == [("According to", "his was a hard job")]


def test_a_quotation_after_a_preposition_or_determiner_is_in_a_phrase(nlp):
    doc = nlp('On the "cost of jobs," Lee said little. "We will see," Lee said.')
    opening = [t.i for t in doc if t.is_quote and t.text == '"']
    assert in_phrase(doc, opening[0])
    assert not in_phrase(doc, opening[2])


def _statements(nlp, text):
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article

    article = make_article(text, clean=False, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(text), article).statements]


def test_a_case_title_after_its_noun_is_no_statement(nlp):
    text = (
        'On Monday the appeals court ruled in regard to the case "Anna Berg vs. Northwind Limited".'
    )
    assert _statements(nlp, text) == []


def test_an_award_title_after_a_determiner_is_no_statement(nlp):
    text = 'She received the "Order of the Golden Star", the highest honour, for her work.'
    assert _statements(nlp, text) == []


def test_a_talk_title_after_its_noun_is_no_statement(nlp):
    text = 'This talk from the 2018 summit "The Broken Ladder" shows how the problem was met.'
    assert all("Broken" not in t for _, t in _statements(nlp, text))


def test_words_quoted_after_a_verb_stay_a_statement(nlp):
    text = 'The mayor said "We Will Rebuild" to the crowd on Friday.'
    assert any("Rebuild" in t for _, t in _statements(nlp, text))


def test_a_plain_quotation_after_a_noun_stays_a_statement(nlp):
    text = 'Lee told reporters "the plan is a waste of money and will fail."'
    assert any("waste" in t for _, t in _statements(nlp, text))


def test_a_show_title_after_a_possessive_is_no_statement(nlp):
    text = 'Speaking on the network\'s "Morning Hour," the senator said the bill would pass.'
    statements = _statements(nlp, text)
    assert all("Morning" not in t for _, t in statements)
    assert any("the bill would pass" in t for _, t in statements)


def test_a_show_title_closing_the_cue_sentence_is_no_statement(nlp):
    text = '"The plan is dead," the mayor said on Channel 4\'s "Evening Report."'
    assert all("Evening" not in t for _, t in _statements(nlp, text))


def test_a_show_title_with_its_comma_after_the_cue_is_no_statement(nlp):
    text = '"We will win," Lee told the hosts of "Early Start," adding that the vote was close.'
    statements = _statements(nlp, text)
    assert all("Early" not in t for _, t in statements)
    assert any("We will win" in t for _, t in statements)


def test_more_words_after_the_cue_stay_a_statement(nlp):
    text = '"The plan is dead," the mayor said. "We Start Again Tomorrow."'
    assert any("Tomorrow" in t for _, t in _statements(nlp, text))


def test_a_report_closed_by_a_later_cue_keeps_its_speaker_and_cue(nlp):
    text = "Ortiz said the mayor \u201chad no chance to keep the seat,\u201d the aide recalled."
    assert _statements(nlp, text) == [
        ("recalled", "Ortiz said the mayor \u201chad no chance to keep the seat,\u201d")
    ]


def test_a_passive_before_a_closing_cue_leaves_it_the_quoted_clause(nlp):
    text = (
        "Members are asked to rank the panels, and the trade panel is less likely to be "
        "\u201coverrun by hardliners,\u201d Kemp said."
    )
    assert (
        "said",
        "the trade panel is less likely to be \u201coverrun by hardliners,\u201d",
    ) in _statements(nlp, text)


def test_a_quoted_word_as_the_subject_of_a_name_is_no_quotation(nlp):
    from foretold.attribution.quoted_phrases import word_as_subject

    doc = nlp('"Skyline" is the name of the tower rather than the park.')
    assert word_as_subject(doc, 0, 3)
    doc = nlp('"We will build it" is what the mayor told the crowd.')
    assert not word_as_subject(doc, 0, 6)


def test_quoted_gloss_of_a_term_after_or_is_no_quotation(contents):
    text = 'In 1984 she made the first untethered free flight, or "space float", above the Earth.'
    assert contents(text) == []


def test_a_brand_name_with_an_inner_capital_in_quotation_marks_is_no_statement(contents):
    text = (
        "Acme was absorbed into Globex in 2014, with Globex gaining the trademark rights of "
        '"AcmeOS".'
    )
    assert contents(text) == []


def test_a_term_glossed_by_a_bare_noun_after_it_is_no_statement(contents):
    text = 'The shop was busy, as Lee had sewn a thousand of "snoods", knitted hoods.'
    assert contents(text) == []


def test_a_term_glossed_inside_the_closing_comma_is_no_statement(contents):
    text = 'Lee had sold thousands of "widgets," small plastic clips.'
    assert contents(text) == []


def test_a_quoted_word_with_a_determined_gloss_stays_a_statement(contents):
    text = 'Lee railed against "elites", a group he blames for the crisis.'
    assert any("elites" in t for _, t in contents(text))


def test_a_verb_that_reports_nothing_does_not_cut_the_clause_before_a_quotation(attributed):
    text = "She had lived in the town for years and was “a pillar of the parish,” the family said."
    [statement] = attributed(text).statements
    assert statement.text == (
        "She had lived in the town for years and was “a pillar of the parish,”"
    )


def test_a_quotation_inside_a_clause_after_the_cue_takes_the_clause(contents):
    text = "Several papers reported on Tuesday the council had “no plan at all” for the empty site."
    assert contents(text) == [("reported", "the council had “no plan at all” for the empty site")]


def test_a_title_after_a_noun_for_a_work_and_a_comma_is_no_quotation(contents):
    text = (
        '"We will build the bridge," the mayor said. Critics have been combing her new book, '
        '"How to Build a Town," for clues about her plans.'
    )
    assert not any("How to Build" in content for _, content in contents(text))


def test_a_title_opening_its_sentence_as_subject_is_no_quotation(contents):
    text = (
        '"Attacking the poor is a disgrace," the novelist said. "You have to be very critical '
        'of anyone who uses such arguments."\n\n'
        '"Sons of the Soil" happily wanders around the old mill for two hours.'
    )
    assert not any("Sons of the Soil" in content for _, content in contents(text))


def test_a_title_set_off_after_a_noun_for_a_work_is_no_content_of_the_cue(attributed):
    text = 'The Ledger spoke with Lee on its podcast, "So, We Voted."'
    assert not any("Voted" in s.text for s in attributed(text).statements)
