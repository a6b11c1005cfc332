from foretold.attribution.agent_titles import agent_title
from foretold.attribution.role_phrases import title_before


def _title(nlp, text: str, word: str) -> str:
    doc = nlp(text)
    return title_before(doc, next(t.i for t in doc if t.text == word))[1]


def test_a_doer_noun_before_a_persons_name_is_her_title(nlp):
    text = "The singer thanked French inventor Ann Lee on Monday."
    assert _title(nlp, text, "Ann") == "French inventor"


def test_a_doer_noun_in_ian_before_a_persons_name_is_his_title(nlp):
    text = "The prize went to English mathematician Bo Ray last year."
    assert _title(nlp, text, "Bo") == "English mathematician"


def test_a_doer_noun_before_a_company_is_no_title(nlp):
    doc = nlp("Shares of retailer Acme fell on Monday.")
    assert not any(agent_title(t) for t in doc)


def test_a_noun_with_a_that_opens_a_clause_on_the_name_is_no_title(nlp):
    doc = nlp(
        "Postmaster General Bo Ray, a Republican fundraiser Trump appointed to the post in May, "
        "made new rules."
    )
    assert not any(agent_title(t) for t in doc)


def test_a_thing_in_er_before_a_name_is_no_title(nlp):
    doc = nlp("She wore a costume based on film character Abe Sapien at the show.")
    assert not any(agent_title(t) for t in doc)
