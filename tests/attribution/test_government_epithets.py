""" "The government" standing for the one government an article has named with its place."""

from foretold.attribution.government_epithets import (
    bare_government,
    named_governments,
    only_government,
)


def test_a_government_is_named_with_the_place_before_or_after_it(nlp):
    doc = nlp(
        "The Canadian government raised taxes on Monday. "
        "The government of Portugal cut them on Tuesday."
    )
    assert [name for _, name in named_governments(doc)] == [
        "Canadian government",
        "government of Portugal",
    ]


def test_a_bare_government_names_no_government(nlp):
    assert named_governments(nlp("The government raised taxes on Monday.")) == []


def test_only_the_bare_description_is_an_epithet(nlp):
    doc = nlp("The government said so. The federal government said so. A government did.")
    mentions = [doc[0:2], doc[5:8], doc[11:13]]
    assert [bare_government(m) for m in mentions] == ["government", None, None]


def test_one_government_named_before_is_the_one():
    named = [(0, "Canadian government"), (50, "Canadian government")]
    assert only_government(named, 60) == "Canadian government"
    assert only_government(named, 0) is None


def test_two_governments_named_before_leave_it_open():
    named = [(0, "Canadian government"), (50, "government of Portugal")]
    assert only_government(named, 60) is None
    assert only_government(named, 40) == "Canadian government"


def test_the_government_speaks_for_the_government_named_before(speaker_of):
    text = (
        "On Monday the government of Portugal closed its schools for two weeks. "
        "The government said that 40 new cases had been found."
    )
    assert speaker_of(text, "40 new cases") == "government of Portugal"


def test_the_government_after_two_named_governments_is_neither(speaker_of):
    text = (
        "The Canadian government and the government of Portugal signed a fishing deal. "
        "The government said that the deal would last ten years."
    )
    assert speaker_of(text, "ten years") == "government"


def test_an_administration_is_named_with_its_leader(nlp):
    doc = nlp("The farm bill was drafted by the Obama administration in 2014.")
    assert [name for _, name in named_governments(doc, "administration")] == [
        "Obama administration"
    ]
    assert named_governments(doc) == []


def test_the_bare_administration_is_an_epithet(nlp):
    doc = nlp("The administration said so. The new administration said so.")
    assert [bare_government(m) for m in (doc[0:2], doc[5:8])] == ["administration", None]


def test_the_administration_speaks_for_the_administration_named_before(speaker_of):
    text = (
        "For months the Obama administration has tried to pass the farm bill. "
        "The administration said that the bill would help ten million farmers."
    )
    assert speaker_of(text, "ten million farmers") == "Obama administration"


def test_the_administration_before_any_is_named_stays_as_written(speaker_of):
    text = "The administration said that the bill would help ten million farmers."
    assert speaker_of(text, "ten million farmers") == "administration"
