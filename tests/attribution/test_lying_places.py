"""Where a thing lies: "lie" with a word of place claims no quotation and reports nothing."""


def test_a_quotation_after_a_thing_lying_somewhere_goes_on_with_the_speaker(contents):
    text = (
        "“Those are some very small towns,” Lee said. The towns also lie in a media dead "
        "zone far from any city. “That’s a tough area.”"
    )
    assert contents(text) == [
        ("said", "“Those are some very small towns,”"),
        ("said", "“That’s a tough area.”"),
    ]


def test_a_lie_told_stays_a_cue(contents):
    assert contents("The mayor lied about the loan.") == [("lied", "the loan")]
