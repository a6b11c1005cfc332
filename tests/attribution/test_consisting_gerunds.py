"""What a thing consists in, not a report: a cue gerund after "consist in/of"."""


def test_gerunds_a_plan_consists_in_are_no_reports(cue_words):
    text = (
        "The ministers agreed on a rescue plan, which would consist in supporting small "
        "farms and by guaranteeing their loans."
    )
    words = cue_words(text)
    assert "supporting" not in words
    assert "guaranteeing" not in words


def test_gerund_a_deal_consists_in_is_no_report(cue_words):
    text = "The deal consists in backing the rebels and supplying them with arms."
    assert "backing" not in cue_words(text)


def test_union_supporting_a_plan_stays(cue_words):
    text = "The farmers' union is supporting the rescue plan for small farms."
    assert "supporting" in cue_words(text)
