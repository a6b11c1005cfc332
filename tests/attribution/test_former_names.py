"""Earlier names of organisations, which stay aliases."""


def test_a_name_founded_as_is_an_alias(attributed):
    text = (
        "The Velo Liberty Party was founded in 1991 as the Ruritan Farmers Party. It changed "
        "its name in 1999. The party advocates lower taxes and open trade."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Velo Liberty Party"]


def test_a_formerly_known_name_is_an_alias(attributed):
    text = (
        "The Marden Rail Group, formerly known as Marden Coaches Ltd, said fares would rise. "
        "Marden Coaches Ltd said in 2003 that it would buy new trains."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Marden Rail Group", "Marden Rail Group"]


def test_former_names_by_their_wording(nlp):
    from foretold.attribution.former_names import former_names

    cases = {
        "Velo Bank, formerly Harlow Savings Bank, said rates would rise.": {1: 0},
        "Velo Bank, previously known as the Harlow Savings Bank, said rates would rise.": {1: 0},
        "The Marden Rail Group was renamed from Marden Coaches Ltd in 2004.": {1: 0},
        "The Harlow Savings Bank changed its name to Velo Bank in 2001.": {0: 1},
        "Velo Bank bought the Harlow Savings Bank in 2001.": {},
    }
    for text, expected in cases.items():
        doc = nlp(text)
        names = [ent for ent in doc.ents if ent.label_ == "ORG"]
        assert len(names) == 2, text
        assert former_names(names) == expected, text
