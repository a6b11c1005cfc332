import json
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from foretold.attribution import attribute, statement_kind
from foretold.attribution.quotes import find_quote_spans
from foretold.ingest.article import make_article


def _statements(nlp, text, published=None):
    article = make_article(text, language="en", published=published)
    return attribute(nlp(article.text), article).statements


def test_quote_split_by_attribution_gives_both_parts_to_the_speaker(nlp):
    found = _statements(nlp, '"We will win," Clinton told reporters. "We will take the House."')
    assert [s.text for s in found] == ['"We will win,"', '"We will take the House."']
    assert {s.speaker for s in found} == {"Clinton"}
    assert {s.kind for s in found} == {"direct"}


def test_speaker_before_colon_and_quote(nlp):
    found = _statements(nlp, 'Stanovaya said: "Either NATO gives guarantees or Russia invades."')
    assert found[0].kind == "direct" and found[0].speaker == "Stanovaya"


def test_partial_quote_in_reported_speech_is_mixed(nlp):
    found = _statements(nlp, 'On Friday, Biden vowed to make it "very, very difficult" for Russia.')
    assert found[0].kind == "mixed"
    assert found[0].text.startswith("to make it")


def test_indirect_speech_and_according_to(nlp):
    found = _statements(
        nlp,
        "Lukyanov said he doubts the talks will succeed. The army is ready, according to "
        "U.S. intelligence.",
    )
    assert [(s.kind, s.speaker) for s in found] == [
        ("indirect", "Lukyanov"),
        ("indirect", "U.S. intelligence"),
    ]
    assert found[1].text == "The army is ready"


def test_nested_report_gives_each_quote_its_speaker(nlp):
    found = _statements(
        nlp,
        'Biden later said he told the Russian leader, "I don\'t think you have a soul" '
        '(to which, Biden says, Putin responded, "We understand one another.")',
    )
    speakers = {s.text.strip('"'): s.speaker for s in found}
    assert speakers["I don't think you have a soul"] == "Biden"
    assert speakers["We understand one another."] == "Putin"


def test_said_on_comes_from_the_cue(nlp):
    found = _statements(nlp, '"It is hysteria," he told AFP on Sunday.', date(2021, 12, 6))
    assert found[0].said_on == date(2021, 12, 5)


@pytest.mark.parametrize(
    "text",
    ["", "   ", '"""', 'He said "open and never closed.', "Er sagte, dass es regnet.", "“”"],
)
def test_odd_text_never_crashes(nlp, text):
    for statement in _statements(nlp, text) if text.strip() else []:
        assert statement.start <= statement.end


def test_kind_follows_quote_marks():
    text = 'He said "all of it" and more.'
    quotes = find_quote_spans(text)
    assert statement_kind(text, 8, 19, quotes) == "direct"
    assert statement_kind(text, 8, 28, quotes) == "mixed"
    assert statement_kind(text, 20, 28, quotes) == "indirect"


def test_stance_adjective_reports_what_its_subject_holds(nlp):
    found = _statements(nlp, "Mr. Ackman is confident that the company will recover.")
    assert [(s.speaker, s.cue, s.text) for s in found] == [
        ("Ackman", "confident", "that the company will recover")
    ]


def test_agentless_passive_report_has_no_speaker(nlp):
    found = _statements(nlp, "It was widely reported that the governor would resign.")
    assert [(s.speaker, s.text) for s in found] == [(None, "that the governor would resign")]


def test_cue_noun_belongs_to_the_subject_of_the_verb_that_voices_it(nlp):
    found = _statements(nlp, "The mayor voiced concerns about the new stadium.")
    assert [(s.speaker, s.cue, s.text) for s in found] == [("mayor", "concerns", "the new stadium")]


def test_participle_of_a_preposition_verb_borrows_the_speaker(nlp):
    found = _statements(
        nlp, '"This is war," Morrison said, referring to reports of the bombing in Kabul.'
    )
    assert ("Morrison", "reports of the bombing in Kabul") in [(s.speaker, s.text) for s in found]


def test_according_to_covers_the_whole_sentence(nlp):
    found = _statements(
        nlp, "The poll shows that Trump leads among voters, according to the Associated Press."
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Associated Press", "The poll shows that Trump leads among voters")
    ]


def test_partial_quote_under_a_verb_outside_the_lexicon_is_its_subjects(nlp):
    found = _statements(
        nlp,
        'Elizabeth Warren spoke in Boston. She framed the race as a "political revolution" '
        "on Tuesday.",
    )
    assert [(s.speaker, s.kind) for s in found] == [("Elizabeth Warren", "mixed")]
    assert '"political revolution"' in found[0].text


def test_single_letter_interview_labels_are_speakers(nlp):
    found = _statements(nlp, "Q: What advice do you give them?\n\nA: Keep going and never quit.")
    assert [s.text for s in found] == [
        "What advice do you give them",
        "Keep going and never quit",
    ]


def test_contrasting_report_inside_another_report_keeps_its_own_speaker(nlp):
    found = _statements(
        nlp,
        "Rubio suggested that someone who doesn't answer questions can't be president, "
        "while Cruz said that the stakes are too high.",
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Rubio", "that someone who doesn't answer questions can't be president"),
        ("Cruz", "that the stakes are too high"),
    ]


def test_point_out_reports_its_clause(nlp):
    found = _statements(nlp, "Labor leaders point out that Mr. Trump could draw union voters.")
    assert [(s.cue, s.text) for s in found] == [("point", "that Mr. Trump could draw union voters")]


def test_made_the_case_and_view_is_that_report_their_clause(nlp):
    found = _statements(
        nlp,
        "Sanders has made the case that she is too close to Wall Street banks. "
        "Warren's view is that the deal will collapse.",
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Sanders", "that she is too close to Wall Street banks"),
        ("Warren", "that the deal will collapse"),
    ]


def test_being_against_something_is_a_stance_but_being_somewhere_is_not(nlp):
    found = _statements(nlp, "Clinton was against the trade deal. Clinton was in Iowa for days.")
    assert [(s.speaker, s.text) for s in found] == [("Clinton", "the trade deal")]


def test_a_name_right_before_a_verb_left_without_subject_is_the_speaker(nlp):
    found = _statements(
        nlp,
        "Saturday at the Massachusetts Democratic state's party convention Sen. Elizabeth "
        'Warren (D-MA) said presumptive nominee Donald Trump was a "proven failure" in business.',
    )
    assert found and found[0].speaker_mention is not None
    assert "Warren" in found[0].speaker_mention.text
    assert found[0].text.startswith("presumptive nominee Donald Trump")


def test_a_reporting_gerund_after_a_preposition_takes_the_subject_of_its_clause(nlp):
    found = _statements(
        nlp,
        "Sanders dismissed the charges by pointing out that she had not always looked so "
        "fondly on the president herself.",
    )
    pointing = [s for s in found if s.cue.startswith("pointing")]
    assert pointing and pointing[0].speaker == "Sanders"
    assert pointing[0].text.startswith("that she had not always")


def test_as_someone_reported_attributes_the_main_clause(nlp):
    found = _statements(
        nlp,
        "As The Washington Post reported, the inspector general issued subpoenas to the "
        "foundation.",
    )
    assert [(s.text, s.speaker) for s in found] == [
        ("the inspector general issued subpoenas to the foundation", "Washington Post")
    ]


def test_said_so_keeps_its_one_word_content(nlp):
    found = _statements(nlp, "Six in 10 say he is decisive, after Mr. Jones said so in May.")
    assert "so" in [s.text for s in found]


def test_a_passive_cue_with_an_agent_is_about_its_subject(nlp):
    found = _statements(nlp, "Governor Kasich was endorsed by the Boston Globe on Sunday.")
    assert [(s.text, s.speaker_mention.text if s.speaker_mention else None) for s in found] == [
        ("Governor Kasich", "the Boston Globe")
    ]


def test_cue_noun_takes_its_holder_from_a_from_phrase(nlp):
    found = _statements(nlp, "The plan faced criticism from Democrats over its cost.")
    assert [(s.speaker, s.text) for s in found] == [("Democrats", "its cost")]


def test_convinced_after_be_is_a_stance(nlp):
    found = _statements(nlp, "Mr. Jones is convinced that the company will recover.")
    assert [(s.speaker, s.text) for s in found] == [("Jones", "that the company will recover")]


def test_being_a_supporter_of_something_is_a_stance(nlp):
    found = _statements(nlp, "Senator Smith is a vocal supporter of the trade deal.")
    assert [(s.speaker, s.text) for s in found] == [("Smith", "the trade deal")]


def test_in_someones_words_attributes_its_clause(nlp):
    found = _statements(
        nlp, "The city was chosen because, in the mayor's words, it is the best place to live."
    )
    assert [s.text for s in found] == ["it is the best place to live"]
    assert found[0].speaker_mention is not None and "mayor" in found[0].speaker_mention.text


def test_a_name_and_a_colon_inside_a_line_introduce_a_quotation(nlp):
    found = _statements(
        nlp,
        "Polls moved this week.\n\nBLUE STATES GAIN GROUND - Jane Doe: \u201cOur analysis "
        "finds that 20 states lean Democratic this year.\u201d",
    )
    assert [s.kind for s in found] == ["direct"]
    assert found[0].speaker is not None and found[0].speaker.endswith("Doe")


def test_boundary_time_of_the_saying_is_not_part_of_the_object(nlp):
    found = _statements(nlp, "The mayor endorsed the governor in March.")
    assert [s.text for s in found] == ["the governor"]


def test_boundary_coordinated_reporting_verb_gets_its_own_content(nlp):
    found = _statements(
        nlp,
        "The chairman said the committee was not in a hurry, and urged that members take a "
        "long break and rest.",
    )
    assert [(s.cue, s.text) for s in found] == [
        ("said", "the committee was not in a hurry"),
        ("urged", "that members take a long break and rest"),
    ]


def test_boundary_raising_content_stops_before_a_new_clause(nlp):
    found = _statements(nlp, "The market seems steady, but that could change quickly.")
    assert [s.text for s in found] == ["The market seems steady"]


def test_boundary_second_that_clause_continues_the_content(nlp):
    found = _statements(
        nlp,
        "Mr. Grant said that their mother ''could be very strict,'' and that Tom had struggled "
        "with her constant demands.",
    )
    assert found[0].text.endswith("and that Tom had struggled with her constant demands")


def test_boundary_show_title_after_the_cue_is_not_speech(nlp):
    found = _statements(
        nlp,
        '"We are not done yet," Harris said on "Meet the Press" on Sunday. "We will keep going."',
    )
    assert [s.text for s in found] == ['"We are not done yet,"', '"We will keep going."']


def test_boundary_quotation_after_an_indirect_report_continues_it(nlp):
    found = _statements(
        nlp,
        "The lawyer argued that his client had acted alone. "
        '"He never met the others and never called them."',
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("lawyer", "that his client had acted alone"),
        ("lawyer", '"He never met the others and never called them."'),
    ]


def test_boundary_quoted_clause_keeps_its_own_subject(nlp):
    found = _statements(
        nlp,
        'The court ruled against them, and in doing so the judges "made a serious error," '
        "Moore said.",
    )
    assert found[0].text.endswith('the judges "made a serious error,"')


def test_boundary_sentence_around_a_partial_quote_before_the_cue(nlp):
    found = _statements(
        nlp, 'The failure of the merger signals "a dark day" for the industry, said Ortiz.'
    )
    assert found[0].text == 'The failure of the merger signals "a dark day" for the industry'


def test_boundary_closing_participle_is_not_part_of_an_infinitive(nlp):
    found = _statements(nlp, "The company agreed to pay the fine, avoiding a long trial.")
    assert [s.text for s in found] == ["to pay the fine"]


def test_boundary_named_apposition_stays_in_the_content(nlp):
    found = _statements(nlp, "The senator criticized the deal with the largest bank, Acme Corp.")
    assert found[0].text.startswith("the deal") and "Acme Corp" in found[0].text


def test_quotes_short_clause_after_a_quotation_reports_it(nlp):
    found = _statements(nlp, '"We will not close the plant this year," it reads.')
    assert [(s.text, s.speaker_mention.text) for s in found] == [
        ('"We will not close the plant this year,"', "it")
    ]


def test_quotes_bare_cue_closing_the_sentence_before_a_quotation(nlp):
    found = _statements(
        nlp, 'The mayor Ann Lee agreed. "The budget is too small for a city of this size."'
    )
    assert [(s.text, s.speaker) for s in found] == [
        ('"The budget is too small for a city of this size."', "Ann Lee")
    ]


def test_quotes_quotation_left_open_runs_into_the_next_paragraph(nlp):
    text = (
        'Ann Lee said: "The budget is too small for the city.\n\n'
        '"We need more money for the schools."\n\nThe council met later.'
    )
    found = _statements(nlp, text)
    assert len(found) == 1 and found[0].text.endswith('for the schools."')


def test_quotes_borrowed_subject_does_not_swallow_the_first_report(nlp):
    found = _statements(
        nlp,
        'Smith told reporters that Jones "made a deal with the unions that was a mistake," '
        'adding, "He lost all of the votes."',
    )
    assert [s.cue for s in found] == ["told", "adding"]


def test_quotes_clause_before_a_colon_introduces_the_quotation(nlp):
    found = _statements(
        nlp,
        "One early backer, Senator Ann Lee of Ohio, gave the tactic a spin on Monday: "
        '"You can easily argue that the mayor is a crook with his budget."',
    )
    assert [(s.cue, s.kind) for s in found] == [("gave", "direct")]
    assert "Ann Lee" in found[0].speaker_mention.text


def test_quotes_full_stop_inside_the_marks_ends_the_quotation_sentence(nlp):
    found = _statements(
        nlp,
        'Ann Lee, a senator, called over her shoulder, "Nobody here wants the plant." '
        "But Ms. Cole also said in an interview that the plant would stay.",
    )
    quote = next(s for s in found if s.text.startswith('"Nobody'))
    assert quote.speaker_mention.text == "Ann Lee"


def test_a_full_stop_inside_the_marks_before_a_lowercase_cue_keeps_the_cue(nlp):
    # Wikinews, "GM and Chrysler receive Canadian loans amid US restructuring ultimata"
    # (CC BY 2.5, Wikinews contributors), from tests/data/forecasts_dev.jsonl.
    path = Path(__file__).parents[1] / "data" / "forecasts_dev.jsonl"
    records = (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    text = next(r["text"] for r in records if r["id"] == "wn-meantime-123881")
    found = _statements(nlp, text)
    debts = [s for s in found if "quickly clear away old debts" in s.text]
    assert debts and debts[0].speaker == "Barack Obama"


def test_closing_reporting_participle_is_its_own_attribution(nlp):
    found = _statements(
        nlp,
        "Several council members said they would back the budget, while insisting that it "
        "was not perfect.",
    )
    assert [(s.cue, s.text) for s in found] == [
        ("said", "they would back the budget"),
        ("insisting", "that it was not perfect"),
    ]


def test_coordinated_report_without_comma_in_another_form(nlp):
    found = _statements(
        nlp,
        "The senator said that she will run for governor and insisted that her party was united.",
    )
    assert [s.text for s in found] == [
        "that she will run for governor",
        "that her party was united",
    ]


def test_coordinated_verbs_of_one_form_share_the_clause(nlp):
    found = _statements(
        nlp, "Ann Lee told friends that the mayor knew about the deal and thought it was fair."
    )
    assert [s.text for s in found] == ["that the mayor knew about the deal and thought it was fair"]


def test_infinitive_after_the_object_stays(nlp):
    found = _statements(
        nlp, "Lee still supports her 2012 amendments to radically expand the program."
    )
    assert [s.text for s in found] == ["her 2012 amendments to radically expand the program"]


def test_quoted_label_before_a_noun_is_not_speech(nlp):
    found = _statements(nlp, 'Lee has framed herself as the choice for the "Win or Lose" crowd.')
    assert not any(s.kind == "direct" for s in found)
    assert not any(s.text == '"Win or Lose"' for s in found)


def test_partial_quote_keeps_its_clause_past_a_noun_cue(nlp):
    text = 'The senator\'s remarks about the judge were "a disgrace to the court," Mr. Lee said.'
    found = [s for s in _statements(nlp, text) if s.speaker == "Lee"]
    assert found and found[0].text.startswith("The senator's remarks")


def test_partial_quote_under_according_to_takes_its_clause(nlp):
    text = (
        "After the host asked about it, the couple became \u201cupset\u201d once the cameras "
        "were off, according to a producer."
    )
    found = [s for s in _statements(nlp, text) if s.cue == "according to"]
    assert found and "the couple became" in found[0].text


def test_occasion_after_a_bare_infinitive_is_left_out(nlp):
    found = _statements(nlp, "The mayor refused to answer on several occasions.")
    assert [s.text for s in found] == ["to answer"]


def test_piece_written_for_is_left_out(nlp):
    found = _statements(nlp, "The senator declined to comment for this story.")
    assert [s.text for s in found] == ["to comment"]


def test_grounds_of_a_vote_are_left_out(nlp):
    found = _statements(nlp, "A councilman voted against the resolution on moral grounds.")
    assert [s.text for s in found] == ["the resolution"]


def test_condition_of_a_promise_stays(nlp):
    found = _statements(nlp, "He promised tax cuts if he wins the election.")
    assert [s.text for s in found] == ["tax cuts if he wins the election"]


def test_noun_coordinated_with_the_cue_joins_its_object(nlp):

    from foretold.attribution.content import clause_content

    doc = Doc(
        nlp.vocab,
        words=["Lee", "blasted", "the", "film", "and", "the", "books", "."],
        heads=[1, 1, 3, 1, 1, 6, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"],
        lemmas=["Lee", "blast", "the", "film", "and", "the", "book", "."],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["the film and the books"]


def test_content_resumes_after_a_partial_quotation(nlp):
    from foretold.attribution.continued_quotes import join_following
    from foretold.attribution.cue import Cue

    text = 'Ann said the days when the town had "one shared paper" from the county are over.'
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    tail = text.index("are over")
    cue = Cue(said, said.text, doc[0], [(tail, tail + len("are over"))], False)
    start = text.index('"one')
    end_token = next(t.i for t in doc if t.idx == text.index('" from')) + 1
    joined = join_following(doc, cue, (start, text.index(" from")), end_token)
    assert [text[a:b] for a, b in joined] == ['"one shared paper" from the county are over']


def test_names_in_quotation_marks_are_not_quoted_words(nlp):
    found = _statements(nlp, 'One winter she went from "Prairie Queen" to "Dust Widow" overnight.')
    assert not found


def test_participle_quotation_stays_in_the_reported_sentence(nlp):
    text = (
        "The mayor wrote to the council on Monday, warning of "
        '"a long and costly fight," according to a copy of the letter.'
    )
    found = _statements(nlp, text)
    assert [s.text for s in found] == [
        'The mayor wrote to the council on Monday, warning of "a long and costly fight,"'
    ]


def test_fragment_holding_the_speaker_is_not_content(nlp):
    from foretold.attribution.attaching import _without_speaker
    from foretold.attribution.cue import Cue

    text = '"We won," said Ann Lee, a lawyer who heads the group.'
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    lee = next(t for t in doc if t.text == "Lee")
    tail = text.index("Ann")
    cue = Cue(said, said.text, lee, [(0, 10), (tail, len(text) - 1)], True)
    assert _without_speaker(cue) == [(0, 10)]


def test_a_stray_mark_does_not_claim_the_quotation(nlp):
    text = (
        "The answer, the banker told them, was easy. ''Just keep your savings in bonds,'' he said."
    )
    found = _statements(nlp, text)
    assert "''Just keep your savings in bonds,''" in [s.text for s in found]


def test_it_reports_for_a_document_but_not_for_an_event(nlp):
    found = _statements(nlp, "The study was released on Tuesday. It says that rents will rise.")
    assert [(s.text, s.speaker_mention.text) for s in found] == [("that rents will rise", "It")]
    assert not _statements(nlp, "The strike ended on Tuesday. It suggests that rents will rise.")


def test_whole_quotations_joined_by_and_are_direct(nlp):
    text = (
        'The paper quoted Ann Lee, a former fire chief, as saying "The crews did their best" '
        'and "[n]o one could have stopped that fire."'
    )
    found = _statements(nlp, text)
    assert [(s.text[:10], s.kind) for s in found] == [('"The crews', "direct")]


def test_a_quotation_and_a_clause_of_the_writer_are_mixed():
    text = 'Lee said "We lost," and the flag is at half-mast.'
    quotes = find_quote_spans(text)
    assert statement_kind(text, text.index('"We'), len(text) - 1, quotes) == "mixed"


def test_a_quotation_after_that_and_a_comma_is_direct():
    text = 'The firm said that, "Sales rose; costs fell." Profits grew.'
    quotes = find_quote_spans(text)
    start, end = text.index("that"), text.index(" Profits")
    assert statement_kind(text, start, end, quotes) == "direct"
