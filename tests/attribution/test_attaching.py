from foretold.attribution import attribute
from foretold.attribution.attaching import attach_quotes
from foretold.attribution.cue import Cue, token_quotes
from foretold.attribution.quotes import find_quote_spans
from foretold.ingest.article import make_article


def test_cue_in_a_clause_after_a_quoted_phrase_does_not_claim_it(nlp):
    text = 'Supporters responded with chants of "Four more years" until the mayor spoke again.\n'
    article = make_article(text, clean=False, language="en", source="t")
    statements = attribute(nlp(text), article).statements
    chant = next(s for s in statements if "Four more years" in s.text)
    assert chant.speaker_mention.text == "Supporters"


def _statements(nlp, text):
    article = make_article(text, clean=False, language="en", source="t")
    return attribute(nlp(text), article).statements


def test_a_long_subject_after_a_quotation_does_not_keep_it_from_its_cue(nlp):
    text = (
        '"We will appeal," county clerk Ann Lee and state party chair Bob Ray, both Democrats, '
        "said on Friday."
    )
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    cue = Cue(said, "said", next(t for t in doc if t.text == "Lee"))
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    assert cue.fragments == [(0, len('"We will appeal,"'))]


def test_a_quotation_after_a_relative_clause_goes_to_the_cue_it_describes(nlp):
    text = 'Nothing the governor said "will help families," the senator said.\n'
    said = next(s for s in _statements(nlp, text) if "help families" in s.text)
    assert said.speaker_mention.text == "the senator"


def test_a_relative_clause_on_the_speaker_is_not_the_quotations_content(nlp):
    text = '"It was a turning point for the town," said his friend, Tom Reed, who recalled it.'
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    relative = (text.index("who"), len(text) - 1)
    cue = Cue(said, "said", next(t for t in doc if t.text == "friend"), [relative])
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [cue], token_quotes(doc, quotes), text)
    assert cue.fragments == [(0, text.index(" said"))]


def test_a_name_closing_the_quotations_sentence_without_a_verb_speaks_it(nlp):
    text = (
        'Shares rose on Monday.\n\n"We expect sales to rise next year," Jane Doe, an analyst '
        "at Acme."
    )
    statements = _statements(nlp, text)
    assert [(s.speaker, s.text) for s in statements] == [
        ("Jane Doe", '"We expect sales to rise next year,"')
    ]


def test_a_title_before_the_closing_name_is_skipped(nlp):
    text = 'Shares rose on Monday.\n\n"We will not stop fighting for this," Sen. Ann Lee.'
    assert [s.speaker for s in _statements(nlp, text)] == ["Ann Lee"]


def test_a_title_set_off_before_the_closing_name_is_skipped(nlp):
    text = (
        'Shares rose on Monday.\n\n"We expect sales to rise next year," the company\'s chief '
        "executive, Jane Doe."
    )
    assert [s.speaker for s in _statements(nlp, text)] == ["Jane Doe"]


def test_a_phrase_naming_a_source_after_a_quotation_is_no_name_tag(nlp):
    text = 'Shares rose.\n\n"We expect sales to rise," in the words of Jane Doe.'
    assert all(s.cue != "," for s in _statements(nlp, text))


def test_a_clause_with_a_verb_after_the_name_is_no_name_tag(nlp):
    text = 'Shares rose.\n\n"We will not stop fighting," Ann Lee, who leads the group.'
    assert _statements(nlp, text) == ()


def test_a_belief_the_speaker_adds_of_their_own_goes_with_the_report(nlp):
    text = (
        '"That is a fair point," Lee answered, before adding that she thinks "the board '
        'should explain itself."'
    )
    statements = _statements(nlp, text)
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


def test_a_cue_before_the_colon_claims_the_quotation_after_it(nlp):
    text = '"The plan will work," Ray said as a protester yelled: "Go home!"'
    doc = nlp(text)
    said, yelled = (next(t for t in doc if t.text == w) for w in ("said", "yelled"))
    first, last = (0, text.index(" Ray")), (text.index('"Go'), len(text))
    report = Cue(said, "said", next(t for t in doc if t.text == "Ray"), [first, last])
    shout = Cue(yelled, "yelled", next(t for t in doc if t.text == "protester"))
    quotes = find_quote_spans(text)
    attach_quotes(doc, quotes, [report, shout], token_quotes(doc, quotes), text)
    assert (report.fragments, shout.fragments) == ([first], [last])


def test_a_report_closed_by_a_colon_runs_on_into_the_next_paragraphs_quotation(nlp):
    text = (
        "Ann Lee, a retired teacher, said that for her part:\n\n"
        '"There is only one choice left. He pays his own way."\n'
    )
    statement = next(s for s in _statements(nlp, text) if "only one choice" in s.text)
    assert statement.text.startswith("that for her part:")
    assert statement.text.endswith('his own way."')
