import pytest

from foretold.attribution.of_affiliations import of_affiliation


def _affiliation(nlp, text: str, word: str) -> str | None:
    """The body the "of" phrase after the name whose head is ``word`` gives."""
    doc = nlp(text)
    return of_affiliation(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        (
            "Ann Lee of the University of Velo said the seeps were known.",
            "Lee",
            "of the University of Velo",
        ),
        ("Bo Ray, of Velo Partners, said prices will fall.", "Ray", "of Velo Partners"),
        (
            "Ann Lee of the provincial council said the roads were shut.",
            "Lee",
            "of the provincial council",
        ),
    ],
)
def test_a_body_after_of_is_the_persons_affiliation(nlp, text, word, role):
    assert _affiliation(nlp, text, word) == role


def test_the_rest_of_a_name_may_stand_between_its_head_and_of(nlp):
    text = "Ann dela Vega of the Velo Command said the group was behind it."
    assert _affiliation(nlp, text, "dela") == "of the Velo Command"


def test_a_description_of_the_body_is_left_out(nlp):
    text = "Bo Ray of Velo Marine, a firm that tracks ships, said the signal stopped."
    assert _affiliation(nlp, text, "Ray") == "of Velo Marine"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ann Lee of Velonia won the race in record time.", "Lee"),
        ("The bill was backed by Senator Bo Ray of Ohio and others.", "Ray"),
        ("Ann Lee of the family said nothing.", "Lee"),
        ("Catherine of Aragon was queen of England.", "Catherine"),
    ],
)
def test_a_place_or_another_noun_after_of_is_no_affiliation(nlp, text, word):
    assert _affiliation(nlp, text, word) is None
