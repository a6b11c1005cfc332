from foretold.attribution.based_modifiers import based_modifier_words


def _words(nlp, text: str, first: str, last: str) -> list[str]:
    """The words of the "<place>-based" adjectives in the mention from ``first`` to ``last``."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i > start) + 1
    return [doc[i].text for i in sorted(based_modifier_words(doc[start:end]))]


def test_a_place_based_adjective_is_found(nlp):
    text = "Velo Motors cut jobs. The Detroit-based company said demand had fallen."
    assert _words(nlp, text, "The", "company") == ["Detroit", "-", "based"]


def test_an_adjective_in_lower_case_is_no_place(nlp):
    text = "Velo Motors cut jobs. The big company said demand had fallen."
    assert _words(nlp, text, "The", "company") == []


def test_a_place_based_description_joins_the_company_named_before(attributed):
    text = "Velo Motors cut 300 jobs on Monday. The Detroit-based company said demand had fallen."
    assert [s.speaker for s in attributed(text).statements] == ["Velo Motors"]


def test_a_place_based_court_joins_the_court_named_before(attributed):
    text = (
        "The Velo Court of Justice ruled on Thursday against the firm. The Luxembourg-based "
        "court said the post must go."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Velo Court of Justice", "Velo Court of Justice"]
