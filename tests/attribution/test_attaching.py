"""Quotations attached to the cues that report them."""

import pytest

from foretold.attribution.attaching import attach_quotes
from foretold.attribution.cue import Cue, token_quotes
from foretold.attribution.quotes import find_quote_spans


def test_a_relative_clause_on_the_speaker_is_not_the_quotations_content(nlp):
    text = '"It was a turning point for the town," said his friend, Tom Reed, who recalled it.'
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    relative = (text.index("who"), len(text) - 1)
    cue = Cue(said, "said", next(t for t in doc if t.text == "friend"), [relative])
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    assert cue.fragments == [(0, text.index(" said"))]


def test_a_belief_the_speaker_adds_of_their_own_goes_with_the_report(attributed):
    text = (
        '"That is a fair point," Lee answered, before adding that she thinks "the board '
        'should explain itself."'
    )
    statements = attributed(text).statements
    belief = next(s for s in statements if "board" in s.text)
    assert belief.cue == "adding"
    assert belief.speaker_mention.text == "Lee"


@pytest.mark.parametrize("mark", ['"', "''"])
def test_a_short_opening_quotation_before_a_cue_is_part_of_what_is_said(nlp, mark):
    text = (
        f"Lee backed the plan. {mark}As mayor,{mark} she said, {mark}I will put it to a vote.{mark}"
    )
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    second = (text.index(f"{mark}I will"), len(text))
    cue = Cue(said, "said", next(t for t in doc if t.text == "she"), [second])
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    first = text.index(f"{mark}As")
    assert cue.fragments == [(first, first + len(f"{mark}As mayor,{mark}")), second]


def test_a_contentless_cue_claims_a_quotation_after_its_adverbials(contents):
    text = (
        "Lee has yet to concede, saying earlier in the morning before the call for her "
        'rival, "I won this race by a lot!"'
    )
    assert ("saying", '"I won this race by a lot!"') in contents(text)


def test_a_gloss_after_a_closing_quotation_is_not_content(contents):
    text = 'The invitation reads, "One more thing...", the teasing tagline of the founder.'
    assert contents(text) == [("reads", '"One more thing..."')]


def test_a_label_on_a_noun_is_not_reported_by_the_clauses_verb(contents):
    text = 'Lee won most of the "very conservative" voters in the county.'
    assert contents(text) == []


def test_a_quotation_a_preposition_opens_is_no_speech_of_the_cue_after_it(attributed):
    text = (
        'To a question on the "future of public pensions," Lee said the state would keep '
        "its promises."
    )
    statements = attributed(text).statements
    said = [s for s in statements if s.cue == "said"]
    assert [s.text for s in said] == ["the state would keep its promises"]


def test_a_quotation_split_by_its_cue_is_one_statement_of_the_speaker(attributed):
    text = '"We will win this seat," Ann Lee said on Monday, "and we will win it big."'
    statements = attributed(text).statements
    assert [s.text for s in statements] == ['"We will win this seat,"', '"and we will win it big."']
    assert {(s.cue, s.speaker_mention.start) for s in statements} == {("said", text.index("Ann"))}


def test_single_marks_nested_in_a_quotation_stay_in_its_statement(attributed):
    text = "\"My father told me, 'Never give up,' and I never did,\" Ann Lee said."
    statements = attributed(text).statements
    assert len(statements) == 1
    assert "Never give up" in statements[0].text
    assert statements[0].speaker_mention.text == "Ann Lee"


def test_a_quotation_of_several_sentences_is_one_statement(attributed):
    text = '"We lost. We will be back next year. Count on it," said Ann Lee, the mayor.'
    statements = attributed(text).statements
    assert len(statements) == 1
    assert statements[0].text.count(".") >= 2
    assert statements[0].speaker_mention.text == "Ann Lee"


def test_a_quotation_after_a_colon_goes_to_the_report_before_it(attributed):
    text = 'Ann Lee, the mayor, told reporters on Monday: "The vote was fair and it is over."'
    statements = attributed(text).statements
    assert [s.speaker_mention.text for s in statements if "vote" in s.text] == ["Ann Lee"]


def test_a_quotation_after_the_cue_sentence_goes_on_with_the_speaker(attributed):
    text = (
        '"The budget is a mess," Ann Lee said. "Nobody has read it. Nobody will."\n\n'
        "The council meets again on Friday."
    )
    statements = attributed(text).statements
    speakers = {s.speaker_mention.text for s in statements if "Nobody" in s.text}
    assert speakers == {"Ann Lee"}


def test_a_closing_mark_with_no_opening_one_makes_no_quotation(attributed):
    text = "Listing the losses, Ann Lee added, the firm is a proven failure.”"
    statements = attributed(text).statements
    assert all("“" not in s.text for s in statements)


def test_a_belief_in_a_reason_clause_goes_with_the_report(attributed):
    text = (
        "Ann Lee, the mayor, backed the plan on Monday, saying she had waited because she "
        'believed "the town needed more time."'
    )
    statements = attributed(text).statements
    reported = next(s for s in statements if "more time" in s.text)
    assert reported.cue == "saying"
    assert reported.text.startswith("she had waited")


def test_a_quotation_split_by_its_cue_after_another_speakers_paragraph(attributed):
    text = (
        'Mary Cole watched. Tom Reed praised the crew. "They worked hard."\n\n'
        '"Later," she recalled, "we all went home."\n'
    )
    statements = attributed(text).statements
    later = [s for s in statements if s.text in {'"Later,"', '"we all went home."'}]
    assert [(s.text, s.cue) for s in later] == [
        ('"Later,"', "recalled"),
        ('"we all went home."', "recalled"),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('The mayor stood on the steps as a neighbour asked, "Why now?"', "asked", "a neighbour"),
        ('Tom circled the boat as his friends jeered, "Go away!"', "jeered", "his friends"),
    ],
)
def test_a_short_exclamation_or_question_after_a_cue_and_comma_is_said(
    attributed, text, cue, speaker
):
    statements = attributed(text).statements
    assert [(s.cue, s.speaker_mention.text) for s in statements] == [(cue, speaker)]


def test_a_short_exclamation_opening_its_sentence_goes_to_the_cue_after_it(attributed):
    text = (
        "The mayor, meanwhile, was booed after he had praised the council at the meeting. "
        '"Why now?" he asked, shrugging.'
    )
    cues = {s.text: s.cue for s in attributed(text).statements}
    assert cues['"Why now?"'] == "asked"
