"""Source phrases: the clause "according to X" qualifies."""


def test_according_to_leaves_out_a_closing_clause_of_contrast(contents):
    text = "The council approved the plan, according to the minutes, although few came."
    assert contents(text) == [("according to", "The council approved the plan")]


def test_according_to_takes_the_part_after_a_colon(contents):
    text = "Turnout was low: about a third of voters stayed home, according to county officials."
    assert contents(text) == [("according to", "about a third of voters stayed home")]


def test_according_to_keeps_a_pair_of_dashes_after_the_phrase(contents):
    text = "According to a poll, 40 percent of renters \u2014 and of students \u2014 plan to move."
    found = [t for c, t in contents(text) if c == "According to"]
    assert found == ["40 percent of renters \u2014 and of students \u2014 plan to move"]


def test_according_to_stays_inside_the_brackets_it_sits_in(contents):
    text = (
        "The town grew quickly (the population doubled in ten years, according to census data)"
        " and schools filled up."
    )
    assert contents(text) == [("according to", "the population doubled in ten years")]


def test_according_to_leaves_out_a_part_after_the_phrase_with_no_verb(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.source_phrases import according_content

    words = ["voters", "back", "the", "plan", ",", "according", "to", "a", "poll", "last"]
    words += ["week", "-", "about", "the", "same", "as", "in", "May"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 1, 5, 8, 6, 10, 1, 1, 14, 14, 1, 14, 15, 16],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "prep", "prep", "det", "pobj", "amod"]
        + ["npadvmod", "punct", "advmod", "det", "npadvmod", "prep", "prep", "pobj"],
        pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "ADJ"]
        + ["NOUN", "PUNCT", "ADV", "DET", "ADJ", "ADP", "ADP", "PROPN"],
    )
    ranges, _ = according_content(doc[5])
    assert [doc[a:b].text for a, b in ranges] == ["voters back the plan"]
