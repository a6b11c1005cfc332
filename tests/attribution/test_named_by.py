"""A name given by someone in a passive naming verb with a "by" phrase."""


def test_a_label_given_by_critics_is_what_the_critics_say(attributed):
    text = (
        "The mayor has faced criticism for the long inquiry - often labeled as a "
        "\u201cwitch hunt\u201d by his critics - but the council stands by it.\n"
    )
    label = next(s for s in attributed(text).statements if "witch hunt" in s.text)
    assert label.text == "a \u201cwitch hunt\u201d"
    assert label.speaker_mention.text == "his critics"


def test_a_name_set_off_by_commas_is_a_report_of_its_own_inside_another(attributed):
    text = (
        "The town, called the \u201cGem of the Valley\u201d by local farmers, has voted for "
        "the winner since 1960, according to the county paper.\n"
    )
    statements = attributed(text).statements
    name = next(s for s in statements if "Gem of the Valley" in s.text)
    assert name.text == "the \u201cGem of the Valley\u201d"
    assert name.speaker_mention.text == "local farmers"
    assert all("Gem" not in s.text for s in statements if s.cue == "according to")


def test_a_by_phrase_of_measure_names_no_source(attributed):
    text = "The bill was called a failure by any measure.\n"
    assert all(
        s.speaker_mention is None or s.speaker_mention.text != "any measure"
        for s in attributed(text).statements
    )
