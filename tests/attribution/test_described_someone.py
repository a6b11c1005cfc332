from foretold.attribution.described_someone import described_someone


def test_someone_with_a_describing_phrase_speaks(speaker_of):
    text = "Someone close to the coach said the team would move to Leeds."
    assert speaker_of(text, "the team would move") == "someone close to the coach"


def test_a_bare_someone_is_no_description(nlp):
    doc = nlp("Someone said the team would move to Leeds.")
    assert not described_someone(doc[0])
    doc = nlp("Someone familiar with the plan said the team would move.")
    assert described_someone(doc[0])
