"""A nickname in quotation marks inside a person's full name."""

from foretold.attribution.nicknames import is_nickname


def _people(attribution):
    return {p.name: list(p.aliases) for p in attribution.people if p.kind == "person"}


def test_a_name_split_at_its_nickname_is_one_person(attributed):
    text = (
        '54-year-old police sergeant Tomas "Tom" Velander was hurt at the station on Friday. '
        "Sergeant Velander said he would recover."
    )
    attribution = attributed(text)
    people = _people(attribution)
    assert list(people) == ["Tomas Velander"]
    assert 'Tom" Velander' not in people["Tomas Velander"]
    assert [s.speaker for s in attribution.statements] == ["Tomas Velander"]


def test_the_nickname_is_no_part_of_the_name(attributed):
    text = (
        'Guitarist Edward Lodewijk "Eddie" Van Halen died on Tuesday. '
        "His son said the family was grieving."
    )
    assert "Edward Lodewijk Van Halen" in _people(attributed(text))


def test_the_nickname_with_the_surname_names_the_same_person(attributed):
    text = (
        'Guitarist Edward Lodewijk "Eddie" Van Halen died on Tuesday. '
        "Eddie Van Halen was 65, his son said."
    )
    people = _people(attributed(text))
    assert "Eddie Van Halen" not in people
    assert "Eddie Van Halen" in people["Edward Lodewijk Van Halen"]


def test_a_quoted_word_after_a_name_is_no_nickname(nlp):
    doc = nlp('Lee said "Yes" on Monday.')
    assert not any(is_nickname(t) for t in doc)
