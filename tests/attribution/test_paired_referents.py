"""What "the former" and "the latter" stand for."""


def test_the_latter_and_the_former_are_the_two_just_joined(attributed):
    text = (
        "Inquiries were opened by the Federal Aviation Administration and the National "
        "Transportation Safety Board. The latter said it would not send a team. "
        "The former said it had no comment."
    )
    assert [s.speaker for s in attributed(text).statements] == [
        "National Transportation Safety Board",
        "Federal Aviation Administration",
    ]


def test_the_latter_with_no_pair_names_no_one(attributed):
    text = (
        "Police, firefighters and medics arrived within minutes. "
        "The latter said two people were hurt."
    )
    assert [s.speaker for s in attributed(text).statements] == [None]


def test_the_former_before_a_noun_is_a_description(attributed):
    text = "Ann Lee and Tom Cole met on Monday. The former minister said the talks went well."
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee"]
