def _speakers(attributed, text):
    return [(s.speaker, s.cue) for s in attributed(text).statements]


def test_gerund_after_a_subjunctive_reports_nothing(attributed):
    text = (
        "Their demands include an inquiry into the arrests, that the council cease referring "
        'to the march as "a riot," and the release of all detainees.'
    )
    people = [p.name for p in attributed(text).people]
    assert not any("cease" in name for name in people)
    assert not any(cue == "referring" for _, cue in _speakers(attributed, text))


def test_gerund_with_its_auxiliary_still_reports(attributed):
    text = (
        "Their list of demands includes an inquiry, that the council is referring to the march as "
        '"a riot," and the release of all detainees.'
    )
    assert ("council", "referring") in _speakers(attributed, text)
