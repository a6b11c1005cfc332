"""A content range that breaks into a clause set off by dashes."""

from foretold.attribution.dash_asides import drop_broken_dash_aside


def test_a_range_stopping_inside_a_dashed_clause_ends_before_the_dash(nlp):
    doc = nlp("He said he would skip the state - Ohio is costly - and then he left.")
    dash = next(t.i for t in doc if t.text == "-")
    assert drop_broken_dash_aside(doc, 2, dash + 2, 1) == dash


def test_a_dashed_aside_without_a_clause_or_holding_the_cue_is_kept(nlp):
    doc = nlp("He said the plan - tax cuts and tariffs - is weak.")
    dash = next(t.i for t in doc if t.text == "-")
    assert drop_broken_dash_aside(doc, 2, dash + 2, 1) == dash + 2
    doc = nlp("The fund - seen as weak by critics, who say it failed - will close.")
    seen = next(t.i for t in doc if t.text == "seen")
    assert drop_broken_dash_aside(doc, 0, seen + 5, seen) == seen + 5


def test_a_closing_phrase_after_a_dash_spells_out_what_was_said(contents):
    found = contents(
        "According to the police chief, the suspect held licences for the four rifles found "
        "in his car — two bolt-action and two semi-automatic."
    )
    assert (
        "According to",
        "the suspect held licences for the four rifles found in his car — two bolt-action and "
        "two semi-automatic",
    ) in found


def test_a_summing_up_after_a_dash_stays_out(contents):
    found = contents(
        "According to the police chief, the suspect held licences for the four rifles found "
        "in his car — a rare admission."
    )
    assert (
        "According to",
        "the suspect held licences for the four rifles found in his car",
    ) in found


def test_a_name_closing_a_dash_aside_is_no_subject(attributed):
    text = (
        "In the letter - addressed to the city's chief lawyer, Ann Lee - the Ohio senator "
        "asks for an inquiry into whether the mayor broke the law."
    )
    [statement] = attributed(text).statements
    assert statement.speaker_mention.text == "the Ohio senator"


def test_a_name_set_beside_its_subject_stays(attributed):
    text = "The mayor - a former judge, Ann Lee - said the plan would fail."
    [statement] = attributed(text).statements
    assert statement.speaker == "Ann Lee"
