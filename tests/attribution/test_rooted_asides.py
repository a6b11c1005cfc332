"""A reporting aside the parser made the root still reports the clause around it."""


def test_an_aside_between_a_fronted_subject_and_its_predicate(attributed):
    text = (
        "Many of the older farms in the valley, the survey pointed out, have no running water "
        "that meets the standard."
    )
    statements = [s for s in attributed(text).statements if s.cue == "pointed"]
    assert [(s.text, s.speaker) for s in statements] == [
        (
            "Many of the older farms in the valley, the survey pointed out, have no running "
            "water that meets the standard",
            "survey",
        )
    ]


def test_a_plain_aside_is_unchanged(attributed):
    statements = attributed("The new rules, the union noted, would hurt many workers.").statements
    assert [s.text for s in statements] == [
        "The new rules, the union noted, would hurt many workers"
    ]
