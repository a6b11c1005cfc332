"""Quotations attached to the cues that report them."""

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


def test_a_short_opening_quotation_before_a_cue_is_part_of_what_is_said(nlp):
    text = 'Lee backed the plan. "As mayor," she said, "I will put it to a vote."'
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    second = (text.index('"I will'), len(text))
    cue = Cue(said, "said", next(t for t in doc if t.text == "she"), [second])
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    first = text.index('"As')
    assert cue.fragments == [(first, first + len('"As mayor,"')), second]


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
