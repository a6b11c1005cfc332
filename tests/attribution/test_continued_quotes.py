"""Quotations that go on with a statement already attributed."""


def test_a_report_closed_by_a_colon_runs_on_into_the_next_paragraphs_quotation(attributed):
    text = (
        "Ann Lee, a retired teacher, said that for her part:\n\n"
        '"There is only one choice left. He pays his own way."\n'
    )
    statement = next(s for s in attributed(text).statements if "only one choice" in s.text)
    assert statement.text.startswith("that for her part:")
    assert statement.text.endswith('his own way."')


def test_a_quotation_that_opens_where_the_content_stops_goes_on_with_it(attributed):
    text = 'The senator used the hearing to demand wealthy donors "pay their fair share."'
    statement = next(s for s in attributed(text).statements if "fair share" in s.text)
    assert statement.text.startswith("wealthy donors")
    assert statement.text.endswith('fair share."')


def test_a_quotation_goes_on_with_the_report_heading_the_sentence_before_it(attributed):
    """The report's content stops short of the sentence's end; the quotation is still its."""
    text = (
        "Ann Lee announced a suit against the county on Monday, after weeks of talks. "
        "\u201cWe are asking the court to stop this practice at once.\u201d\n"
    )
    statement = next(s for s in attributed(text).statements if "stop this practice" in s.text)
    assert statement.speaker_mention.text == "Ann Lee"
    assert statement.cue == "announced"


def test_a_quotation_whose_closing_mark_the_content_starts_at_is_taken_whole(attributed):
    """The parse began the content at the quotation's closing mark; the quotation joins it."""
    text = (
        "The senator praised the governor, saying \u201con her worst day\u201d she would still"
        " be a better leader than her rival."
    )
    statement = next(s for s in attributed(text).statements if s.cue == "saying")
    assert statement.text.startswith("\u201con her worst day\u201d")


def test_a_verb_alone_between_two_quotations_reports_the_second_on_its_own(attributed):
    text = 'The mayor backs "fair pay raises," opposes "blanket pay freezes" and left early.'
    statements = attributed(text).statements
    by_text = {s.text: s for s in statements}
    assert by_text['"blanket pay freezes"'].cue == "opposes"
    assert by_text['"blanket pay freezes"'].speaker_mention.text == "The mayor"
    assert by_text['"fair pay raises,"'].cue == "backs"


def test_a_conjunction_between_two_quotations_keeps_them_in_one_report(attributed):
    text = 'Ann Lee called the plan "a farce" and "a sham" on Monday.'
    statements = attributed(text).statements
    assert {s.cue for s in statements if "sham" in s.text or "farce" in s.text} == {"called"}


def test_a_quotation_filling_the_next_paragraph_goes_on_with_the_report_closing_this_one(
    attributed,
):
    text = (
        "The mayor, visibly tired, answered the crowd, saying the council had cut the budget"
        " without asking her.\n\n"
        "\u201cI found out from the paper. Nobody called me. Nobody asked.\u201d\n\n"
        "The council did not comment.\n"
    )
    statement = next(s for s in attributed(text).statements if "Nobody asked" in s.text)
    assert statement.speaker_mention.text == "The mayor"
    assert statement.text.startswith("the council had cut the budget")


def test_a_transcript_line_in_the_next_paragraph_is_not_the_report_before_it(attributed):
    text = (
        "The host argued that the plan would fail within a year.\n\n"
        '"LEE: It will not fail. We have the votes and we have the money."\n'
    )
    statements = attributed(text).statements
    assert not any(s.cue == "argued" and "We have the votes" in s.text for s in statements)


def test_a_report_inside_a_relative_clause_does_not_take_the_next_paragraph(attributed):
    text = (
        "The board issued a statement apologizing for the memos, in which aides suggested"
        " someone should audit the fund.\n\n"
        '"We regret these remarks. They do not reflect our values."\n'
    )
    statements = attributed(text).statements
    assert not any(s.cue == "suggested" and "regret" in s.text for s in statements)


def test_a_quotation_after_another_speakers_report_goes_with_that_report(attributed):
    """A sentence of its own with another speaker's report stands between the quotations."""
    text = (
        '"The merger is a sensible step for the firm," said analyst Tom Baker. '
        "After weeks of rumours that the firms would part, chairwoman Ann Lee denied the "
        'reports. "We are keeping every option open to find the best way forward."\n'
    )
    statement = next(s for s in attributed(text).statements if "every option" in s.text)
    assert statement.speaker_mention.text == "chairwoman Ann Lee"


def test_a_cue_in_the_first_speakers_own_sentence_does_not_take_the_next_quotation(attributed):
    text = (
        '"I have watched every debate," said Ann Lee, a teacher who likened the race to a '
        'soap opera. "It has become a guilty pleasure."\n'
    )
    statement = next(s for s in attributed(text).statements if "guilty pleasure" in s.text)
    assert statement.speaker == "Ann Lee"


def test_a_quotation_after_the_and_closing_a_report_goes_on_with_it(attributed):
    text = (
        'Party leader Tom Reed said he was "humbled" by the result and "we will never take '
        'your support for granted."'
    )
    said = [(s.speaker, s.text) for s in attributed(text).statements]
    assert ("Tom Reed", '"we will never take your support for granted."') in said


def test_a_quoted_term_closing_a_list_after_and_stays_a_term(attributed):
    text = 'Reed spoke about rebuilding the harbour and "Plan Blue" during the debate.'
    assert not any(s.text == '"Plan Blue"' for s in attributed(text).statements)


def test_a_quotation_after_a_clause_of_its_own_past_the_cue_goes_with_that_clause(attributed):
    """The cue's sentence goes on with the speaker turning to a topic; the next quotation is
    said of that topic, not more of the first."""
    text = (
        '"We have a lot of work ahead of us," the mayor told the council, then referred to '
        'the new budget. "It cuts nothing that matters to the people of this city."\n'
    )
    statements = attributed(text).statements
    first = next(s for s in statements if "work ahead" in s.text)
    assert "cuts nothing" not in first.text
    budget = next(s for s in statements if "cuts nothing" in s.text)
    assert budget.cue == "referred"


def test_a_verb_in_the_description_after_an_inverted_cue_keeps_the_next_quotation(attributed):
    text = (
        '"The state needs the money," said Ann Lee, a former treasurer and runs a small '
        'firm in town. "It has needed it for years."\n'
    )
    second = next(s for s in attributed(text).statements if "for years" in s.text)
    assert second.speaker_mention.text == "Ann Lee"
    assert second.cue == "said"


def test_a_quoted_label_with_a_colon_filling_its_paragraph_heads_what_follows(contents):
    text = (
        '"We will keep the library open all summer," the mayor said. "It belongs to everyone."'
        '\n\n"Related:"\n\nCouncil Votes To Close Two Pools.\n'
    )
    assert not any("Related" in content for _, content in contents(text))


def test_a_quotation_after_what_a_speaker_added_goes_on_with_it(attributed):
    text = (
        "\u201cWe will see what the voters decide,\u201d the mayor said, adding that turnout "
        "would be high. \u201cPeople want a say in this. They always have.\u201d\n"
    )
    statement = next(s for s in attributed(text).statements if "want a say" in s.text)
    assert statement.cue == "adding"
    assert statement.speaker_mention.text == "the mayor"


def test_a_quotation_after_a_participle_of_reference_stays_with_the_first_cue(attributed):
    text = (
        "\u201cWe will see what the voters decide,\u201d the mayor said, referring to the "
        "vote. \u201cPeople want a say in this. They always have.\u201d\n"
    )
    statement = next(s for s in attributed(text).statements if "want a say" in s.text)
    assert statement.cue == "said"


def test_a_quotation_after_a_report_closed_by_an_abbreviations_full_stop_goes_on_with_it(
    attributed,
):
    text = (
        "A spokesman told the Velo Courier the attack took place at about 7:45 p.m. "
        '"No staff were hurt. We thank the fire crews for their quick work."\n'
    )
    statement = next(s for s in attributed(text).statements if "No staff" in s.text)
    assert statement.speaker_mention.text == "A spokesman"
    assert statement.cue == "told"
