"""A study's authors cited as "X et al", a group a later "they" continues."""


def test_they_after_authors_cited_as_et_al_is_those_authors(attributed):
    text = (
        "Marković et al studied salt lakes, common on the moon.\n\n"
        "They found the highest levels occur in winter.\n"
    )
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "Marković et al"


def test_authors_cited_as_et_al_are_named_in_full(attributed):
    text = "Marković et al found that the highest levels occur in winter.\n"
    found = next(s for s in attributed(text).statements if s.cue == "found")
    assert found.speaker == "Marković et al"


def test_authors_cited_as_objects_are_not_what_they_continues(attributed):
    text = "Critics faulted Berg et al for the design. They said the sample was small.\n"
    said = next(s for s in attributed(text).statements if s.cue == "said")
    assert said.speaker == "critics"


def test_the_work_of_authors_cited_as_et_al_is_not_its_subject(nlp):
    from foretold.attribution.author_groups import loose_authors

    doc = nlp("Berg et al's model shows the lakes freeze.")
    assert not any(loose_authors(t) for t in doc)
