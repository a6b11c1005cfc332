from foretold.attribution.people_plurals import agent_noun, measured, people_plural


def _subject(nlp, text):
    return next(t for t in nlp(text) if t.dep_ in {"nsubj", "nsubjpass"})


def test_occupations_and_titles_name_people(nlp):
    assert people_plural(_subject(nlp, "The prosecutors filed the charges."))
    assert people_plural(_subject(nlp, "The geologists mapped the valley."))
    assert people_plural(_subject(nlp, "Thousands of students filled the square."))


def test_a_kind_of_surgeon_names_a_person(nlp):
    assert agent_noun("neurosurgeon")
    assert people_plural(_subject(nlp, "The neurosurgeons operated through the night."))
    assert not agent_noun("sturgeon", sure=True)


def test_things_name_no_people(nlp):
    assert not people_plural(_subject(nlp, "The sheets were left on the bed."))
    assert not people_plural(_subject(nlp, "The lists were printed on Monday."))


def test_a_quantity_noun_stands_for_the_group_it_measures(nlp):
    subject = _subject(nlp, "Thousands of students filled the square.")
    assert measured(subject).text == "students"
