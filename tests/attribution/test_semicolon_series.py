"""A series of verbs after a semicolon goes on from the clause right before it."""

from foretold.attribution.semicolon_series import series_subject


def test_a_verb_after_a_semicolon_takes_the_subject_of_the_clause_it_closes(attributed):
    text = (
        "In Leeds, he won even after a hard week, in which he was booed on stage during a "
        "debate; was criticized by the party leader; and declared that taxes must fall.\n"
    )
    declared = next(s for s in attributed(text).statements if s.cue == "declared")
    assert declared.speaker_mention is not None
    assert declared.speaker_mention.start == text.index("which he") + len("which ")


def test_a_conjunct_without_a_semicolon_keeps_the_main_subject(attributed):
    text = (
        "Lee won the vote after a long count, which he called fair, and said the party "
        "would unite.\n"
    )
    said = next(s for s in attributed(text).statements if s.cue == "said")
    assert said.speaker_mention is not None
    assert said.speaker_mention.start == 0


def test_a_single_semicolon_makes_no_series(nlp):
    doc = nlp(
        "Lee won the seat when Cole was ousted by the party; and said he would serve a full term."
    )
    said = next(t for t in doc if t.text == "said")
    assert series_subject(said) is None
