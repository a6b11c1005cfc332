from foretold.attribution import attribute
from foretold.attribution.courtesy_turns import courtesy_only
from foretold.ingest.article import make_article

CLOSING = "\n\n".join(
    [
        "Marine biologist Helen Ashdown studies seabirds on the northern coast. She spoke "
        "with the Harbour Gazette about her survey.",
        "((HG)) How did the survey begin?",
        "((Helen Ashdown)) We began counting the colonies in 1998 with two volunteers.",
        "((HG)) What comes next?",
        "((Helen Ashdown)) The colonies will probably shrink again next winter.",
        "((HG)) Thank you for your time.",
        "((Helen Ashdown)) Thank you. Bye, and have a good day.",
    ]
)


def test_turns_of_thanks_and_farewell_are_courtesies():
    assert courtesy_only("Thank you.")
    assert courtesy_only("You are welcome.")
    assert courtesy_only("Thank you. B-bye. Have a good day.")
    assert courtesy_only("Okay, thanks so much for having me. It was a pleasure.")


def test_a_turn_with_anything_more_is_no_courtesy():
    assert not courtesy_only("Thank you. We began counting in 1998.")
    assert not courtesy_only("Thanks to the new law, the colonies grew.")
    assert not courtesy_only("Yes.")


def test_a_closing_courtesy_is_no_answer(nlp):
    article = make_article(CLOSING, language="en")
    statements = attribute(nlp(article.text), article).statements
    answers = [s.text for s in statements if s.kind == "direct"]
    assert answers == [
        "We began counting the colonies in 1998 with two volunteers.",
        "The colonies will probably shrink again next winter.",
    ]


def test_thanks_after_an_answer_word_stay_an_answer():
    assert not courtesy_only("Yes, thank you.")
