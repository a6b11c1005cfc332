"""A quotation led by its verb and then its speaker: 'Remarked Ann Lee, "Q."'."""

from foretold.attribution.verb_first_quotes import leading_verb, verb_first_cue


def _found(attributed, text):
    return [(s.cue, s.speaker, s.text) for s in attributed(text).statements]


def test_a_verb_and_a_named_speaker_lead_the_quotation(attributed):
    text = 'Remarked the city planner Ann Lee, "This bridge is a gift to the whole town."'
    assert _found(attributed, text) == [
        ("Remarked", "Ann Lee", '"This bridge is a gift to the whole town."')
    ]


def test_a_lone_surname_after_the_verb_is_the_speaker_not_the_verb_and_name(attributed):
    for verb in ("Added", "Remarked"):
        text = f'{verb} Lee, "It was a long night for all of us."'
        found = attributed(text)
        assert [(s.speaker, s.speaker_mention.text) for s in found.statements] == [("Lee", "Lee")]
        assert [p.name for p in found.people] == ["Lee"]


def test_a_common_noun_for_a_speaker_leads_the_quotation(attributed):
    text = 'Explained the coach, "We lost our focus in the second half."'
    assert _found(attributed, text) == [
        ("Explained", "coach", '"We lost our focus in the second half."')
    ]


def test_a_phrase_with_a_verb_in_it_is_no_speaker(nlp):
    doc = nlp('Said to be ill, "We miss him," the staff wrote.')
    start = next(t.i for t in doc if t.text == '"')
    assert verb_first_cue(doc, start) is None
    assert not leading_verb(doc[0])


def test_a_phrase_that_names_no_one_is_no_speaker(nlp):
    doc = nlp('Added later, "The road will stay shut for a week."')
    start = next(t.i for t in doc if t.text == '"')
    assert verb_first_cue(doc, start) is None


def test_a_verb_inside_its_sentence_leads_nothing(nlp):
    doc = nlp('The board met and added Ann Lee, "a fine lawyer," to its panel.')
    start = next(t.i for t in doc if t.text == '"')
    assert verb_first_cue(doc, start) is None


def test_a_plural_noun_before_a_preposition_leads_no_quotation(nlp):
    doc = nlp('Comments from the mayor, "We will rebuild," filled the paper.')
    start = next(t.i for t in doc if t.text == '"')
    assert verb_first_cue(doc, start) is None
