"""A that-clause parted from its cue noun by an aside set off by commas."""


def test_the_clause_after_the_aside_is_what_the_noun_holds(contents):
    text = (
        "The city went ahead with the bridge despite warnings, even from its own engineers, "
        "that the deck was unsafe."
    )
    found = contents(text)
    assert ("warnings", "that the deck was unsafe") in found
    assert not any("engineers" in words for _, words in found)


def test_a_reporting_verb_keeps_its_own_clause_after_an_aside(contents):
    text = "The mayor said, in a letter to the board, that the bridge was unsafe."
    assert contents(text) == [("said", "that the bridge was unsafe")]


def test_the_concession_with_its_parted_clause_leaves_the_outer_content(contents):
    text = (
        "The mayor decided to open the bridge despite warnings, even from her own engineers, "
        "that the deck was unsafe."
    )
    assert contents(text) == [
        ("decided", "to open the bridge"),
        ("warnings", "that the deck was unsafe"),
    ]
