"""Reported reports: a quotation told inside another cue's content stays with the outer cue."""

from foretold.attribution.cue import Cue
from foretold.attribution.nesting import drop_nested
from foretold.attribution.reported_reports import closing_report, reported_report

from .cues_in_text import rest as _rest
from .cues_in_text import token as _token

TEXT = 'Officials say that she told one guard, "I would gladly do it again."'


def _cues(nlp, text: str = TEXT) -> tuple[Cue, Cue]:
    doc = nlp(text)
    quote = (text.index('"'), len(text))
    say = Cue(_token(doc, "say"), "say", doc[0], [_rest(text, "that she")], quoted=True)
    told = Cue(_token(doc, "told"), "told", _token(doc, "she"), [quote], quoted=True)
    return say, told


def test_an_outer_cue_opening_before_the_inner_report_keeps_it(nlp):
    say, told = _cues(nlp)
    assert reported_report(told, say)
    assert drop_nested([say, told], say.token.doc) == [say]


def test_a_cue_closing_its_content_leaves_the_quotation_to_the_inner_cue(nlp):
    text = '"I would gladly do it again," she told one guard, officials say.'
    doc = nlp(text)
    quote = (0, text.index(",") + 2)
    told = Cue(_token(doc, "told"), "told", _token(doc, "she"), [quote], quoted=True)
    say = Cue(_token(doc, "say"), "say", _token(doc, "officials"), [(0, text.index(", off"))])
    assert not reported_report(told, say)


def test_an_inner_cue_whose_subject_is_outside_keeps_the_quotation(nlp):
    say, told = _cues(nlp)
    told.subject = say.subject
    assert not reported_report(told, say)


def test_a_speaker_telling_of_their_own_words_keeps_the_quotation_inside(nlp):
    text = 'The mayor said she told one guard, "I would gladly do it again."'
    doc = nlp(text)
    quote = (text.index('"'), len(text))
    said = Cue(_token(doc, "said"), "said", _token(doc, "mayor"), [_rest(text, "she told")])
    told = Cue(_token(doc, "told"), "told", _token(doc, "she"), [quote], quoted=True)
    assert not reported_report(told, said)


def test_a_bracketed_report_keeps_its_quotation(contents):
    found = contents(
        'Reed said he warned the minister, "You will lose the vote" '
        '(to which, Reed says, the minister replied, "We shall see.")'
    )
    assert ("replied", '"We shall see."') in found


REPORTED_BACK = (
    "Ortiz said the mayor \u201chad no chance to keep the seat,\u201d the aide recalled."
)


def test_a_report_a_closing_cue_reports_back_is_closed_whole(nlp):
    doc = nlp(REPORTED_BACK)
    quote = _token(doc, "\u201c")
    recalled = Cue(_token(doc, "recalled"), "recalled", _token(doc, "aide"), [(0, 54)])
    said = Cue(_token(doc, "said"), "said", doc[0], [])
    assert closing_report(said, recalled, quote)


def test_a_closing_cue_takes_the_whole_report_and_its_quotation(attributed):
    statements = attributed(REPORTED_BACK).statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements] == [
        ("recalled", "Ortiz said the mayor \u201chad no chance to keep the seat,\u201d", "the aide")
    ]


def test_the_speakers_own_name_for_a_thing_stays_in_the_report(contents):
    text = "Lee said she thanked Park for what she called “a decent campaign.”"
    assert contents(text) == [("said", "she thanked Park for what she called “a decent campaign.”")]
