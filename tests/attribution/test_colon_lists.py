"""A list after a colon naming the members of a noun inside a content range is the writer's."""

from foretold.attribution.colon_lists import drop_colon_list


def test_list_of_places_after_a_colon_is_left_out(nlp):
    doc = nlp("The campaign plans to run an ad next week in six states: Ohio, Iowa and Utah.")
    start = next(t.i for t in doc if t.text == "run")
    colon = next(t.i for t in doc if t.text == ":")
    assert drop_colon_list(doc, start, len(doc) - 1) == colon


def test_list_spelling_out_the_reported_thing_stays(nlp):
    doc = nlp("The union called for three changes: lower fees, longer breaks and a new board.")
    start = next(t.i for t in doc if t.text == "three")
    assert drop_colon_list(doc, start, len(doc) - 1) == len(doc) - 1


def test_range_without_a_colon_is_unchanged(nlp):
    doc = nlp("She said the ad would run in six states next week.")
    assert drop_colon_list(doc, 2, len(doc) - 1) == len(doc) - 1
