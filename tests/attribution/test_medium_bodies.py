"""A site or company that also acts: a body, not a person."""

from foretold.attribution.medium_bodies import body_word

SITE = (
    "Ann Brede shared the claim with her Qovex followers. Qovex removed the post on Tuesday, "
    'and Qovex said, "It broke our rules."'
)
COMPANY = (
    "The court ruled against Drelfi Ireland Limited on Monday. Drelfi released a statement "
    'which read, "We will appeal."'
)


def test_a_name_used_as_a_medium_names_a_body(nlp):
    assert body_word(nlp("Ann Brede wrote on Qovex that the vote was rigged."), "Qovex")


def test_a_name_opening_a_company_names_a_body(nlp):
    assert body_word(nlp(COMPANY), "Drelfi")


def test_a_word_of_a_persons_full_name_is_no_body(nlp):
    doc = nlp("A report on Brede was published. Ann Brede said it was unfair.")
    assert not body_word(doc, "Brede")


def test_a_site_that_acts_is_an_organisation(attributed):
    kinds = {p.name: p.kind for p in attributed(SITE).people}
    assert kinds["Qovex"] == "organization"


def test_a_company_that_speaks_by_its_opening_word_is_an_organisation(attributed):
    kinds = {p.name: p.kind for p in attributed(COMPANY).people}
    assert kinds["Drelfi"] == "organization"
