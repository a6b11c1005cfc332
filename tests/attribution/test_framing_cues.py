"""A report framing a clause whose own verb is a cue word speaks that clause."""


def _speakers(attributed, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.cue, s.text, s.speaker) for s in attributed(text).statements]


def test_trailing_report_speaks_a_clause_with_a_passive_cue(attributed):
    text = "Forty miners are confirmed dead, officials told local radio on Tuesday."
    found = _speakers(attributed, text)
    assert ("told", "Forty miners are confirmed dead", "officials") in found
    assert not any(cue == "confirmed" for cue, _, _ in found)


def test_found_dead_clause_goes_to_the_framing_report(attributed):
    text = "The missing climber was found dead near the summit, rescuers said on Sunday."
    found = _speakers(attributed, text)
    assert any(
        cue == "said" and speaker == "rescuers" and "found dead" in words
        for cue, words, speaker in found
    )


def test_clause_cue_with_its_own_speaker_keeps_its_words(attributed):
    text = "The mayor confirmed that the bridge would close. Residents were upset."
    found = _speakers(attributed, text)
    assert [(cue, words) for cue, words, _ in found] == [
        ("confirmed", "that the bridge would close")
    ]
