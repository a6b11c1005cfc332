"""A speaker the parse left beside a cue instead of making it the subject."""

from spacy.tokens import Doc

from foretold.attribution.mentions import MentionIndex
from foretold.attribution.speakers import subject_of


def _cue(doc, word):
    return next(t for t in doc if t.text == word)


def test_subject_after_inverted_cue(nlp):
    doc = nlp('"He is no longer bluffing," said Tatiana Stanovaya, founder of R.Politik.')
    subject = subject_of(_cue(doc, "said"))
    assert MentionIndex(doc).mention(subject).text == "Tatiana Stanovaya"


def test_cue_whose_lender_has_no_speaker_falls_back_to_the_name_before_it(nlp):
    words = ["It", "was", "no", "accident", "-", "Tom", "Baker", ",", "an", "aide", ",", "told"]
    words += ["reporters", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 9, 6, 6, 1, 11, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "punct", "compound", "appos", "punct", "det"]
    deps += ["appos", "punct", "conj", "dobj", "punct"]
    pos = ["PRON", "AUX", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN"]
    pos += ["PUNCT", "VERB", "NOUN", "PUNCT"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 7
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert subject_of(doc[11]).text == "Baker"


def test_subject_the_parse_hung_elsewhere_is_the_noun_before_the_verb(nlp):
    # "Greens hope the tax will pass ." with "Greens" parsed as a modifier of "hope"
    words = ["Greens", "hope", "the", "tax", "will", "pass", "."]
    heads = [1, 1, 3, 5, 5, 1, 1]
    deps = ["npadvmod", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NNPS", "VBP", "DT", "NN", "MD", "VB", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert subject_of(doc[1]).text == "Greens"


def test_stranded_subject_skips_a_dashed_aside_and_takes_the_first_conjunct(nlp):
    # "Lee and aides - in a note - stated that it failed ." with no subject for "stated"
    words = ["Lee", "and", "aides", "-", "in", "a", "note", "-", "stated", "that", "it", "failed"]
    words += ["."]
    heads = [8, 0, 0, 0, 0, 6, 4, 8, 8, 11, 11, 8, 8]
    deps = ["npadvmod", "cc", "conj", "punct", "prep", "det", "pobj", "punct", "ROOT", "mark"]
    deps += ["nsubj", "ccomp", "punct"]
    tags = ["NNP", "CC", "NNS", ":", "IN", "DT", "NN", ":", "VBD", "IN", "PRP", "VBD", "."]
    pos = ["PROPN", "CCONJ", "NOUN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB", "SCONJ"]
    pos += ["PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert subject_of(doc[8]).text == "Lee"


def test_a_subjectless_infinitive_heading_nothing_keeps_no_subject(nlp):
    doc = nlp("Read the full report here.")
    assert subject_of(_cue(doc, "Read")) is None


def test_object_of_an_inverted_report_is_its_speaker(nlp):
    doc = nlp("The plan will fail, warned the minister.")
    assert subject_of(_cue(doc, "warned")).text == "minister"


def test_speaker_after_a_quotation_the_parse_hung_the_verb_on(attributed):
    text = (
        '"Whenever there are signs of peace," wrote student leader Tom Reed on Twitter. '
        '"They always come with a tighter grip on rights."\n\n'
        '"She is just doing this to break up the movement. A lot of people think that," said '
        'a protester using the pseudonym Kat. "The situation has escalated. So they are using '
        'different tricks."'
    )
    found = attributed(text).statements
    assert [(s.text[:12], s.speaker_mention.text) for s in found if s.cue == "said"] == [
        ('"She is just', "a protester"),
        ('"The situati', "a protester"),
    ]


def test_a_bare_another_after_a_verb_closing_a_quotation_speaks(attributed):
    text = 'Fans were angry. "We won," wrote one supporter. "We lost," wrote another.'
    found = [(s.speaker_mention.text, s.text) for s in attributed(text).statements]
    assert found == [("one supporter", '"We won,"'), ("another", '"We lost,"')]


def test_name_before_an_aside_after_a_fronted_participle_is_the_subject(nlp):
    doc = nlp(
        "Speaking in Harlem, Ann Porter, without naming him, also accused the mayor of "
        "hiding the audit."
    )
    assert subject_of(_cue(doc, "accused")).text == "Porter"
