"""No sentence break after an abbreviation's period that runs on into the same sentence."""

import pytest

from foretold.abbreviation_periods import abbreviation_periods, runs_on


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "The state firm Ostro Gepgyar Kft. (Ostro Works) bought the river yard in March.",
        "Cats were buried there from about 900 b.c.e. to 300 c.e. across the whole delta.",
        "Sales rose about 5 pct. in the quarter, the firm said.",
        "The case was handled by Det. Supt. Karen Wylie of the county police.",
        "Cmdr. Rhys Tann said the ship was safe.",
        "A statement from Pres. Ilse Brandt was read aloud.",
        "The vaccine is approx. two years away, experts said.",
        "The flight left at 9:45 a.m. local time with 150 passengers.",
    ],
)
def test_an_abbreviation_inside_a_sentence_ends_no_sentence(nlp, text):
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The mill was sold to Dorra Inc. The workers kept their jobs.", 2),
        ("He moved to Jackson, MS. The town welcomed him.", 2),
        ("They asked him again. He said no. The talks ended there.", 3),
    ],
)
def test_a_real_sentence_end_after_an_abbreviation_is_kept(nlp, text, count):
    assert len(_sentences(nlp, text)) == count


def test_the_words_up_to_the_next_stop_start_no_sentence(nlp):
    doc = nlp.make_doc("Insp. Dana Moor spoke in the U.S. Officials left.")
    abbreviation_periods(doc)
    marked = [t.text for t in doc if t.is_sent_start is False]
    assert marked == ["Dana", "Moor", "spoke", "in", "the", "U.S."]


def test_a_line_break_after_an_abbreviation_is_left_alone(nlp):
    doc = nlp.make_doc("The talks were led by Supt.\n\nthe harbour opened.")
    abbreviation_periods(doc)
    assert all(t.is_sent_start is not False for t in doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sgt. Ian Cole", True),
        ("Acme Inc. chief", True),
        ("Kft. (Ostro", True),
        ("Amco Pty. Ltd.", True),
        ("No. 5", True),
        ("vs. Leeds", True),
        ("Judge T. Ellis", True),
        ("Acme Inc. Shares", False),
        ("Jackson, MS. The", False),
        ("U.S. Officials", False),
        ("No. The", False),
    ],
)
def test_which_word_runs_on_after_an_abbreviation(nlp, text, expected):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text.endswith(".") and t.i < len(doc) - 1)
    abbreviation = doc[i - 1] if doc[i].text == "." else doc[i]
    assert runs_on(abbreviation, doc[i + 1]) is expected
