"""A pronoun that picks out people by an active participle hung on it holds its words."""

from foretold.attribution.participle_pronouns import picked_by_participle


def _statement(attributed, text: str, cue: str):
    return next(s for s in attributed(text).statements if s.cue == cue)


def test_those_describing_themselves_hold_the_description(attributed):
    text = "Among those describing themselves as moderate, the mayor leads by nine points."
    statement = _statement(attributed, text, "describing")
    assert statement.text == "themselves as moderate"
    assert statement.speaker_mention is not None
    assert statement.speaker_mention.text.lower().startswith("those")


def test_anyone_questioning_the_count_holds_the_question(attributed):
    statement = _statement(
        attributed, "Anyone questioning the count can ask for a recount.", "questioning"
    )
    assert statement.text == "the count"


def test_a_preposition_joined_to_the_description_is_left_out(attributed):
    text = (
        "The mayor leads by five points among those describing themselves as liberal "
        "and by two points over Cole among independents."
    )
    assert _statement(attributed, text, "describing").text == "themselves as liberal"


def test_a_passive_participle_picks_out_no_holder(nlp):
    doc = nlp("Those asked about the plan were unsure.")
    assert not picked_by_participle(next(t for t in doc if t.text == "asked"))


def test_those_addressed_by_a_verb_hold_their_own_participle(attributed):
    text = "The mayor warned those supporting Cole that the vote would fail."
    statements = attributed(text).statements
    supporting = [s for s in statements if s.cue == "supporting"]
    assert all(s.speaker != "mayor" for s in supporting)
    assert [s.speaker_mention.text for s in supporting] == ["those"]
    warned = next(s for s in statements if s.cue == "warned")
    assert (warned.speaker, warned.text) == ("mayor", "that the vote would fail")
