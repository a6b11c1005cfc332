"""The royal or pope a bare title stands for."""


def test_the_bare_title_is_the_one_royal_named_with_it(attributed):
    text = (
        "On Friday, the princess, 61, announced her candidacy for the Velo Party. In a letter, "
        "Princess Mariana said she had given up her titles."
    )
    result = attributed(text)
    people = {p.name for p in result.people}
    assert "princess" not in people
    princess = next(p for p in result.people if "the princess" in {m.text for m in p.mentions})
    assert princess.name == "Princess Mariana"


def test_two_royals_with_the_title_leave_it_unresolved(attributed):
    text = (
        "On Friday, the princess, 61, announced her candidacy. Princess Mariana said she had "
        "given up her titles. Princess Sirindra said nothing."
    )
    result = attributed(text)
    for person in result.people:
        if person.name.startswith("Princess"):
            assert "the princess" not in {m.text for m in person.mentions}
