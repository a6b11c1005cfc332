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
        ("Tom Reed of the state said the talks stalled.", "Reed"),
        ("Tom Reed of the house said the talks stalled.", "Reed"),
    ],
)
def test_a_place_or_another_noun_after_of_is_no_affiliation(nlp, text, word):
    assert _affiliation(nlp, text, word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed of Velo Road said he heard shots.",
        "Tom Reed of 12 Velo Road said he heard shots.",
    ],
)
def test_a_street_or_an_address_after_of_is_where_one_lives(nlp, text):
    assert _affiliation(nlp, text, "Reed") is None


def test_a_person_after_of_is_someone_else(nlp):
    text = "Tom Reed of Velo Partners' Ann Lee said the talks stalled."
    assert _affiliation(nlp, text, "Reed") is None


def test_a_name_opening_a_word_for_a_thing_makes_it_a_body(nlp):
    text = "Ann Lee of the Velo press said the roads were shut."
    assert _affiliation(nlp, text, "Lee") == "of the Velo press"
