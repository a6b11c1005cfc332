"""The short and the long spelling of a company's closing word name one company."""

from foretold.attribution.company_suffixes import other_suffix_spelling


def test_the_other_spelling_of_a_company_ending():
    assert other_suffix_spelling("Delcorp Motor Co.") == "Delcorp Motor Company"
    assert other_suffix_spelling("Nordel Corporation") == "Nordel Corp"
    assert other_suffix_spelling("Acme Limited") == "Acme Ltd"
    assert other_suffix_spelling("Nordel Group") is None
    assert other_suffix_spelling("Company") is None


def test_both_spellings_of_the_ending_name_one_company(attributed):
    result = attributed(
        "The Delcorp Motor Co. said it would close the plant. Delcorp Motor Company has not "
        "said how many jobs would go."
    )
    companies = [p for p in result.people if p.name.startswith("Delcorp")]
    assert len(companies) == 1
    assert len(companies[0].mentions) == 2
