from foretold.attribution.cues import ALL_VERBS, FILLER_VERBS, cue_lemma
from foretold.attribution.quotes import find_quote_spans
from foretold.attribution.statements import colon_cues, find_cues, token_quotes


def _cues(nlp, text):
    doc = nlp(text)
    return [c.text for c in find_cues(doc, token_quotes(doc, find_quote_spans(text)))]


def test_reporting_verbs_and_according_to_are_cues(nlp):
    assert _cues(nlp, "Officials said the bridge was closed.") == ["said"]
    assert _cues(nlp, "The bridge was closed, according to police.") == ["according to"]


def test_cues_inside_quotation_marks_are_not_attributions(nlp):
    text = 'The senator told reporters on Monday: "I said we would win."'
    assert _cues(nlp, text) == ["told"]


def test_first_person_filler_is_not_a_cue(nlp):
    assert _cues(nlp, "I think the plan will fail.") == []


def test_lexicon_covers_belief_and_speech():
    assert {"say", "tell", "believe", "warn", "vow", "accuse"} <= ALL_VERBS
    assert "think" in FILLER_VERBS


def test_cue_lemma_mends_lemmatiser_slips():
    assert cue_lemma("hop", "hopes") == "hope"
    assert cue_lemma("say", "said") == "say"
    assert cue_lemma("eat", "eats") == "eat"


def test_heading_labels_are_not_speakers_but_mixed_case_names_are(nlp):
    text = "BYLINE: Jane Doe\n\nMcCain: We will win the seat.\n\nDeSantis on taxes: Cut them.\n"
    doc = nlp(text)
    cues = colon_cues(doc, token_quotes(doc, find_quote_spans(text)), text)
    assert [c.subject.text for c in cues] == ["McCain", "DeSantis"]


def test_question_nouns_report_without_a_holder(nlp):
    assert _cues(nlp, "The loss raised the question of whether the party can recover.") == [
        "question"
    ]
    assert _cues(nlp, "The question of the budget remains open.") == []
