"""Sourced relatives: "according to X" right after or inside a comma-set relative clause
sources it."""

from foretold.attribution.sourced_relatives import relative_host


def test_according_to_sources_the_relative_clause_before_it(contents):
    text = (
        "Critics attacked the plan, which would cut the school budget by half, "
        "according to the council."
    )
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == ["which would cut the school budget by half"]


def test_according_to_after_a_relative_in_an_unreported_sentence_keeps_the_sentence(contents):
    text = (
        "The engineer was driving to Lyon to visit his sister, who had fallen ill a week "
        "earlier, according to the local paper."
    )
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == [
        "The engineer was driving to Lyon to visit his sister, who had fallen ill a week earlier"
    ]


def test_according_to_after_a_main_clause_keeps_the_sentence(contents):
    text = "The school budget will be cut by half next year, according to the council."
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == ["The school budget will be cut by half next year"]


def test_according_to_inside_a_relative_clause_sources_that_clause(contents):
    text = "Sales rose to 300 units in May, which, according to the Daily Star, is a record."
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == ["is a record"]


def test_according_to_closing_a_relative_clause_without_a_comma_is_left_alone(nlp):
    doc = nlp("She made an offer, which he accepted according to his aide.")
    according = next(t for t in doc if t.lower_ == "according")
    assert relative_host(according) is None
