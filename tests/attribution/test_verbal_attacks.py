"""Attacks with words launched on a person."""


def test_attack_unleashed_on_a_person_reports_the_person(contents):
    assert contents("The senator unleashed a harsh attack on Ann Lee last night.") == [
        ("unleashed a harsh attack on", "Ann Lee")
    ]
    assert contents("The mayor ratcheted up her attacks on Tom Park on Friday.") == [
        ("ratcheted up her attacks on", "Tom Park")
    ]


def test_attack_launched_on_a_place_is_a_deed(contents):
    assert contents("The rebels launched an attack on the northern base.") == []
