"""A lone word that names a company, though a person has it for a surname."""

from foretold.attribution.company_words import (
    company_word,
    company_word_taken_for_person,
)

COMPANY = (
    "The Harlan Motor Company will cut 30,000 jobs to relieve Harlan after a loss. The plan "
    "is the work of Harlan's chief executive, William Clay Harlan Jr. The plant will be "
    "closed, Harlan said on Monday. Harlan said it would recall 5,000 cars."
)


def test_a_word_only_tagged_as_the_company_names_it(nlp):
    assert company_word(nlp(COMPANY), "Harlan")


def test_a_word_with_no_company_name_opening_with_it_is_no_company(nlp):
    doc = nlp("William Clay Harlan Jr. leads the board. Harlan said sales would fall.")
    assert not company_word(doc, "Harlan")


def test_the_company_speaks_not_the_person_who_shares_its_name(attributed):
    speakers = {s.speaker for s in attributed(COMPANY).statements}
    assert speakers == {"Harlan Motor Company"}


AIRLINE = (
    "Travellers were stranded after Korvane Airlines cancelled 40 flights. Korvane said the "
    "strike would end on Friday."
)


def test_a_word_read_as_a_person_that_opens_a_company_name_is_the_company(nlp):
    doc = nlp(AIRLINE)
    lone = [ent for ent in doc.ents if ent.text == "Korvane"]
    assert lone and lone[0].label_ == "PERSON"
    assert company_word_taken_for_person(lone[0])


def test_the_company_word_read_as_a_person_speaks_for_the_company(attributed):
    read = attributed(AIRLINE)
    assert [(p.name, p.kind) for p in read.people] == [("Korvane Airlines", "organization")]
    assert {s.speaker for s in read.statements} == {"Korvane Airlines"}


def test_a_word_someone_has_in_a_longer_name_stays_a_person(nlp):
    doc = nlp(
        "Korvane Airlines cancelled 40 flights. Its founder, Peter Korvane, apologised. "
        "Korvane said the strike would end on Friday."
    )
    assert not any(company_word_taken_for_person(ent) for ent in doc.ents)


def test_a_word_opening_a_management_firm_names_the_firm(attributed):
    text = (
        "The company was bought by Dorsey Asset Management in May. "
        "Dorsey said it would keep the staff."
    )
    attribution = attributed(text)
    assert [s.speaker for s in attribution.statements] == ["Dorsey Asset Management"]
    assert not [p for p in attribution.people if p.kind == "person"]
