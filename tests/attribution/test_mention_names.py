"""The words of a mention that carry a name, and whether they read as a person's name."""


def test_title_running_into_a_place_names_the_person_after_it(attributed):
    text = "United States Senator from Vermont Bernie Sanders said the bill was unfair."
    assert [s.speaker for s in attributed(text).statements] == ["Bernie Sanders"]


def test_title_before_a_name_tagged_as_an_organisation_is_a_role(attributed):
    result = attributed("Labour MP Tanya Davies said the plan would fail.")
    assert [s.speaker for s in result.statements] == ["Tanya Davies"]
    davies = next(p for p in result.people if p.name == "Tanya Davies")
    assert davies.kind == "person"
    assert "Labour MP" in davies.roles


def test_second_place_of_an_organisation_name_is_kept(attributed):
    text = "The Supreme Court of England and Wales said the law was unfair."
    assert [s.speaker for s in attributed(text).statements] == [
        "Supreme Court of England and Wales"
    ]


def test_honorific_makes_a_person_whatever_the_tagger_says(attributed):
    result = attributed(
        "Mr Howard and Mr MacFarlane announced the package. Mr MacFarlane said that the "
        "research facility was exciting for Australia.",
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds.get("MacFarlane") == "person"


def test_given_name_joined_to_a_full_name_shares_its_surname(attributed):
    result = attributed(
        "Guests of honour Paul and Nadia Corrigan spoke on Sunday. "
        "Paul said the event was a success."
    )
    success = next(s for s in result.statements if "success" in s.text)
    assert success.speaker == "Paul Corrigan"
    assert {p.name for p in result.people} == {"Paul Corrigan", "Nadia Corrigan"}
