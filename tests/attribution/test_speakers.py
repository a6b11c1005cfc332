from foretold.attribution.speakers import MentionIndex, subject_of


def _cue(doc, word):
    return next(t for t in doc if t.text == word)


def test_subject_after_inverted_cue(nlp):
    doc = nlp('"He is no longer bluffing," said Tatiana Stanovaya, founder of R.Politik.')
    subject = subject_of(_cue(doc, "said"))
    assert MentionIndex(doc).mention(subject).text == "Tatiana Stanovaya"


def test_coordinated_cue_borrows_the_subject(nlp):
    doc = nlp("Sanders criticized the bill and accused her of lying.")
    assert subject_of(_cue(doc, "accused")).text == "Sanders"


def test_participle_cue_borrows_the_subject(nlp):
    doc = nlp("Trump tweeted on Monday, saying the election was rigged.")
    assert subject_of(_cue(doc, "saying")).text == "Trump"


def test_expletive_subject_is_no_speaker(nlp):
    doc = nlp("It is said that the plan failed.")
    assert subject_of(_cue(doc, "said")) is None
