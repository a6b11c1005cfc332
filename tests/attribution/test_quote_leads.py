"""Quotations that go on with the statement before across a little narration."""


def test_quotation_after_a_scene_setting_phrase_goes_on_with_the_statement(attributed):
    text = (
        'Singer Tom Reed talked about how the band had been ignored "until this year." '
        'During the tour, "I slept on floors and ate cold food every night".'
    )
    floors = next(s for s in attributed(text).statements if "floors" in s.text)
    assert floors.speaker == "Tom Reed"
    assert floors.text.startswith('"I slept')


def test_quotation_after_a_scene_setting_phrase_goes_on_with_the_report_before(attributed):
    text = (
        "Singer Tom Reed spoke about the early days of the band. "
        'During the tour, "I slept on floors and ate cold food every night".'
    )
    floors = next(s for s in attributed(text).statements if "floors" in s.text)
    assert floors.speaker == "Tom Reed"


def test_quotation_after_narration_finishing_a_quotations_sentence_goes_on(attributed):
    text = (
        "Actress Ann Lowe was in the first season of the show.\n\n"
        'Unhappy with her part, she left the show early. "I asked them for a chair" to rest '
        'on between takes, since the stage was high. "You could just leave me a stool, and '
        'keep the camera low."'
    )
    stool = next(s for s in attributed(text).statements if "stool" in s.text)
    assert stool.speaker == "Ann Lowe"


def test_narration_with_a_verb_of_saying_does_not_carry_the_quotation_on(nlp):
    from foretold.attribution.quote_leads import finishes_sentence

    text = '"We stay" wrote Ann Lee on her blog. "We will not go."'
    doc = nlp(text)
    end = text.index(" wrote")
    start = text.index('"We will')
    assert not finishes_sentence(doc, text, set(), end, start)
    other = text.replace("wrote", "stood")
    assert finishes_sentence(nlp(other), other, set(), end, start)


def test_lead_phrase_must_leave_the_quotation_to_end_its_sentence(nlp):
    from foretold.attribution.quote_leads import lead_start

    doc = nlp('On Monday, "the plan" was dropped by the council.')
    first = next(t.i for t in doc if t.is_quote)
    assert lead_start(doc, first, first + 4) is None
