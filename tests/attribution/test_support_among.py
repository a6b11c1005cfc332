"""Support found among a group: the group holds it, and its named target is the content."""

from foretold.attribution.noun_cues import noun_cue


def _support(nlp, text):
    doc = nlp(text)
    found = []
    for token in doc:
        if token.lower_ == "support" and (cue := noun_cue(doc, token)) is not None:
            holder = cue.subject.text if cue.subject is not None else None
            found.append((holder, [text[a:b] for a, b in cue.fragments]))
    return found


def test_support_for_a_named_target_among_a_group(nlp):
    text = "Support for Proposition 9 has been strongest among renters, who make up most of it."
    assert _support(nlp, text) == [("renters", ["Proposition 9"])]


def test_a_named_subject_enjoying_support_among_a_group(nlp):
    text = "Mayor Lee enjoys broad support among teachers."
    assert _support(nlp, text) == [("teachers", ["Mayor Lee"])]


def test_support_for_a_common_noun_among_a_group_is_no_report(nlp):
    text = "Support for the new park is strong among families in the east of the city."
    assert _support(nlp, text) == []


def test_support_without_among_stays_unvoiced(nlp):
    assert _support(nlp, "Support for Proposition 9 has grown since the spring.") == []
