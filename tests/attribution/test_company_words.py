"""A lone word that names a company, though a person has it for a surname."""

from foretold.attribution.company_words import company_word

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
