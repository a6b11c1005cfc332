"""An object the parse joined to the next clause's subject stays the verb's object alone."""


def test_a_singular_auxiliary_splits_the_joined_subject(contents):
    text = "Lee has demonized Main Street and Mr. Park has disparaged immigrants."
    assert contents(text) == [("disparaged", "immigrants")]


def test_a_plural_auxiliary_leaves_the_clause(contents):
    text = "The mayor said the police and the firefighters have worked all night."
    assert ("said", "the police and the firefighters have worked all night") in contents(text)
