"""A counted group whose members are named beside it speaks as those members."""

from foretold.attribution.counted_names import counted_apposition


def _subject(doc):
    return next(t for t in doc if t.dep_ == "nsubj")


def test_the_first_of_as_many_names_as_the_group_counts(nlp):
    doc = nlp("Two nurses, Ann Lee, and Maria Cole, said the ward was full.")
    named = counted_apposition(_subject(doc))
    assert named is not None and named.text == "Lee"


def test_no_name_when_the_count_differs_or_is_not_given(nlp):
    for text in (
        "Three nurses, Ann Lee and Maria Cole, said the ward was full.",
        "The nurses, Ann Lee and Maria Cole, said the ward was full.",
    ):
        assert counted_apposition(_subject(nlp(text))) is None


def test_each_named_member_speaks(attributed):
    result = attributed("Two nurses, Ann Lee, and Maria Cole, said the ward was full.")
    speakers = sorted(s.speaker for s in result.statements if s.text == "the ward was full")
    assert speakers == ["Ann Lee", "Maria Cole"]
