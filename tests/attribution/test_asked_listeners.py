"""What a verb of asking asks for, when its object is the one asked."""

from foretold.attribution.asked_listeners import asked_for


def test_request_after_the_one_asked_is_the_content(contents):
    assert contents("The mayor asked the court for a delay in the case.") == [
        ("asked", "a delay in the case")
    ]
    assert contents("The union pressed the company for higher wages.") == [
        ("pressed", "higher wages")
    ]


def test_topic_after_the_one_asked_is_the_content(contents):
    assert contents("Reporters asked her about the budget on Monday.") == [("asked", "the budget")]


def test_an_object_that_names_no_one_is_kept(nlp):
    doc = nlp("Lee asked questions about the deal.")
    asking = next(t for t in doc if t.lemma_ == "ask")
    assert asked_for(asking, "ask") is None


def test_matter_pressed_on_is_the_content(contents):
    assert contents("The senator pressed the minister on the cost of the new bridge.") == [
        ("pressed", "the cost of the new bridge")
    ]
    assert contents("Lawmakers questioned the police chief on the arrests.") == [
        ("questioned", "the arrests")
    ]


def test_date_after_the_one_pressed_is_no_content(contents):
    assert contents("The senator pressed the minister on Tuesday on the cost of the bridge.") == [
        ("pressed", "the cost of the bridge")
    ]
