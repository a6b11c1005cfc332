"""A clause before a verb with a thing for its object is a deed beside it."""


def test_clause_before_a_verb_with_a_thing_object_is_not_its_content(attributed):
    found = attributed(
        "To cut costs, the bakery ordered cheaper flour from mills, the cafe ordered fewer cups."
    ).statements
    assert "To cut costs, the bakery ordered cheaper flour from mills" not in [
        s.text for s in found
    ]
    found = attributed(
        "To cut costs, the firm ordered new machines, the rival ordered extra stock."
    ).statements
    assert "To cut costs, the firm ordered new machines" not in [s.text for s in found]


def test_clause_before_a_listener_object_stays_the_content(attributed):
    found = attributed("Rates will rise next year, the bank warned investors.").statements
    assert [(s.speaker, s.text) for s in found] == [("bank", "Rates will rise next year")]
