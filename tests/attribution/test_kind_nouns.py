"""Bodies an article writes with the noun of their kind."""

from foretold.attribution.kind_nouns import kinds_written, of_kind


def test_a_body_written_with_a_kind_noun_is_of_that_kind(nlp):
    doc = nlp("Ann Reed is running for the Green Future party in the by-election.")
    written = kinds_written(doc)
    names = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert names, "the tagger should find the body"
    assert of_kind(names[0].removeprefix("the "), "party", written)


def test_a_name_ending_with_the_noun_is_of_its_kind():
    assert of_kind("Velo Labour Party", "party", {})
    assert not of_kind("Harbor Gazette", "party", {})


def test_a_party_description_takes_only_a_body_written_as_a_party(attributed):
    texts = [
        "Ann Reed is running for the Green Future party. Green Future describes itself as a "
        "movement. The party said Reed was a farmer.",
        "Ann Reed is running for office. The Harbor Gazette describes her as a farmer. "
        "The party said Reed was a farmer.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Green Future", "party"]
