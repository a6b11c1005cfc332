"""An absolute "with" clause closes an object's content and reports on its own."""

from foretold.attribution.absolute_clauses import reporting_absolute


def test_reporting_absolute_clause_is_not_part_of_the_object(contents):
    found = contents('The senators attacked the plan, with Lee calling it "a disgrace".')
    assert ("attacked", "the plan") in found
    assert ("calling", 'it "a disgrace"') in found


def test_reporting_absolute_clause_after_a_preposition_object(contents):
    found = contents("Officials praised the deal on Monday, with Ann Park saying it would last.")
    assert ("praised", "the deal") in found
    assert ("saying", "it would last") in found


def test_reporting_absolute_clause_speaker_is_its_own_subject(attributed):
    result = attributed("The senators attacked the plan, with Lee calling it a disgrace.")
    calling = next(s for s in result.statements if s.cue == "calling")
    assert calling.speaker_mention is not None and calling.speaker_mention.text == "Lee"


def test_plain_with_phrase_is_no_absolute_clause(nlp):
    doc = nlp("She compared the plan with the one before.")
    assert not reporting_absolute(next(t for t in doc if t.lower_ == "with"))


def test_absolute_clause_that_reports_nothing_goes_on_with_the_object(contents):
    text = "Polls showed a virtual tie, with the senator leading among women and Lee among men."
    assert ("showed", "a virtual tie, with the senator leading among women and Lee among men") in (
        contents(text)
    )


def test_passive_absolute_clause_is_not_a_report_of_its_noun(nlp):
    doc = nlp('The log shows a signal on May 6, with a pattern described by Lee as "odd".')
    assert not reporting_absolute(next(t for t in doc if t.lower_ == "with"))
