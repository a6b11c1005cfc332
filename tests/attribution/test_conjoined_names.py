def _organisations(attributed, text):
    return [p.name for p in attributed(text).people if p.kind == "organization"]


def test_a_party_named_for_two_things_is_one_name(attributed):
    text = (
        "The Oak and Thistle Party ticket of scholar Ann Lee secured a spot on the ballot in "
        "Vermont. The party said it would campaign in four states."
    )
    names = _organisations(attributed, text)
    assert "Oak and Thistle Party" in names
    assert "Thistle Party" not in names


def test_two_parties_sharing_a_plural_stay_apart(attributed):
    text = "The Labour and Green parties said they would vote against the budget."
    assert not any("Labour and" in name for name in _organisations(attributed, text))


def test_a_name_run_into_the_and_before_a_second_name_stops_before_it(attributed):
    text = (
        "The Center for Marine Diversity and Center for Soil Health requested that the bees "
        "be given protections."
    )
    found = attributed(text)
    assert [s.speaker for s in found.statements] == ["Center for Marine Diversity"]
    assert not any(name.endswith(" and") for name in _organisations(attributed, text))


def test_a_name_with_a_single_word_after_its_and_stays_whole(attributed):
    text = "Operation Fast and Furious said the guns were lost."
    assert [s.speaker for s in attributed(text).statements] == ["Operation Fast and Furious"]
