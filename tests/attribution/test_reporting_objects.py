"""Documents whose participle reports what they say."""

from foretold.attribution.reporting_objects import (
    document_clause,
    reporting_participle,
    saying_participle,
)


def test_statement_issued_reports_through_its_participle(contents):
    text = "The mayor issued a statement saying the old bridge would reopen next week."
    assert contents(text) == [("statement", "the old bridge would reopen next week")]


def test_participle_of_the_issued_document_is_found(nlp):
    doc = nlp("The agency released a letter stating that two workers had been hurt.")
    participle = reporting_participle(doc[2])
    assert participle is not None and participle.text == "stating"


def test_quotation_after_the_participle_stays_with_the_participle(contents):
    text = 'The union put out a statement saying, "We will strike on Monday."'
    assert contents(text) == [("saying", '"We will strike on Monday."')]


def test_participle_on_a_suit_a_judge_dismissed_is_no_report_of_the_judge(nlp):
    doc = nlp("A federal judge dismissed a lawsuit claiming that the vote was rigged.")
    assert reporting_participle(doc[3]) is None


def test_participle_with_no_clause_is_no_saying(nlp):
    doc = nlp("The firm filed a suit seeking damages from the city.")
    assert not saying_participle(next(t for t in doc if t.text == "seeking"))


def test_participle_whose_clause_subject_was_read_as_its_object_reports_the_clause(from_rows):
    from foretold.attribution.reporting_objects import participle_report_end

    doc = from_rows(
        [
            "The 1 det DT DET the",
            "town 2 nsubj NN NOUN town",
            "issued 2 ROOT VBD VERB issue",
            "a 4 det DT DET a",
            "notice 2 dobj NN NOUN notice",
            "announcing 4 acl VBG VERB announce",
            "the 7 det DT DET the",
            "road 5 dobj NN NOUN road",
            "was 9 auxpass VBD AUX be",
            "shut 2 conj VBN VERB shut",
            ". 2 punct . PUNCT .",
        ]
    )
    participle = doc[5]
    assert saying_participle(participle)
    assert reporting_participle(doc[2]) == participle
    assert doc[6 : participle_report_end(participle)].text == "the road was shut"


def test_participle_with_a_plain_object_is_no_saying(nlp):
    doc = nlp("The town issued a notice announcing the closure of the old bridge.")
    assert not saying_participle(next(t for t in doc if t.text == "announcing"))


def test_findings_posted_report_through_their_participle(contents):
    text = "Researchers at the institute posted findings estimating the number may exceed 500."
    assert [text for _, text in contents(text)] == ["the number may exceed 500"]


def test_study_published_reports_through_its_participle(attributed):
    text = "Doctors in Lyon published a study showing that the drug cut deaths by half."
    found = [(s.cue, s.speaker, s.text) for s in attributed(text).statements]
    assert found == [("showing", "doctors in Lyon", "that the drug cut deaths by half")]


def test_results_released_are_found_by_their_lemma(nlp):
    doc = nlp("The lab released results showing that the drug works.")
    participle = reporting_participle(next(t for t in doc if t.text == "released"))
    assert participle is not None and participle.text == "showing"


def test_that_clause_on_an_issued_statement_is_what_it_says(contents):
    text = "The agency issued a statement that two workers had been hurt at the plant."
    assert contents(text) == [("issued", "that two workers had been hurt at the plant")]


def test_that_clause_with_an_object_on_an_issued_notice_is_what_it_says(contents):
    text = "The union issued a notice that the board had broken its promise."
    assert contents(text) == [("issued", "that the board had broken its promise")]


def test_relative_clause_on_an_issued_statement_says_nothing_of_it(nlp):
    doc = nlp("The mayor issued a statement that the council had drafted.")
    assert document_clause(doc[2]) is None


def test_participle_past_the_place_of_the_statement_reports_for_it(contents):
    text = "The mayor issued a statement at the town hall on Monday saying the bridge would reopen."
    assert contents(text) == [("saying", "the bridge would reopen")]


def test_participle_hung_on_the_verb_of_issuing_is_found(nlp):
    doc = nlp('The mayor issued a statement at his office outside Springfield saying, "We won."')
    participle = reporting_participle(doc[2])
    assert participle is not None and participle.text == "saying"


def test_participle_inside_the_document_keeps_the_later_one_a_further_act(nlp):
    doc = nlp("The agency posted a notice on its site blaming the union, saying talks had failed.")
    assert reporting_participle(doc[2]) is None


def test_participle_of_stance_on_an_issued_statement_states_its_object(contents):
    text = "The mayor issued a statement denying the report."
    assert contents(text) == [("statement", "the report")]


def test_participle_of_stance_hung_on_the_site_of_a_message_is_the_message_s(contents):
    text = "The minister posted a message on Twitter blaming the rebels for the attacks."
    assert contents(text) == [("message", "the rebels for the attacks")]


def test_participle_of_speaking_of_on_issued_statements_states_what_they_speak_of(contents):
    text = "Both nations issued statements speaking of an imminent incursion into the north."
    assert contents(text) == [("speaking", "an imminent incursion into the north")]


def test_participle_of_stance_with_its_object_is_found(nlp):
    from foretold.attribution.reporting_objects import stance_participle

    doc = nlp("The union published a letter disputing the claims of the firm.")
    assert stance_participle(next(t for t in doc if t.text == "disputing"))
