"""The body or place a group of people belongs to, kept in its mention and name."""

from foretold.attribution.entities import Entity
from foretold.attribution.group_affiliations import affiliated_group, affiliation_end, group_noun


def _only(attributed, text):
    statements = attributed(text).statements
    assert statements, text
    return statements[0]


def test_officials_keep_the_town_they_serve(attributed):
    statement = _only(attributed, "Hospital officials in Velograd said no poison was found.")
    assert statement.speaker == "hospital officials in Velograd"
    assert statement.speaker_mention.text == "Hospital officials in Velograd"


def test_scientists_keep_the_university_they_come_from(attributed):
    text = "Scientists from the University of Velonia said the sharks had left the bay."
    statement = _only(attributed, text)
    assert statement.speaker == "scientists from the University of Velonia"
    assert statement.speaker_mention.text == "Scientists from the University of Velonia"


def test_a_name_in_the_phrase_is_not_the_speaker(attributed):
    text = (
        "Ann Lee urged voters to vote twice. People in the Lee administration and campaign "
        "said her comments were misconstrued."
    )
    statement = next(s for s in attributed(text).statements if "misconstrued" in s.text)
    assert statement.speaker == "people in the Lee administration and campaign"


def test_the_phrase_stops_before_a_relative_clause(attributed):
    text = "Researchers at Velo University who studied the reef said the algae were spreading."
    statement = _only(attributed, text)
    assert statement.speaker == "researchers at Velo University"


def test_the_phrase_keeps_the_region_set_off_after_its_town(attributed):
    text = "According to officials in Dunmore, Ohio, the driver had crashed before."
    statement = _only(attributed, text)
    assert statement.speaker == "officials in Dunmore, Ohio"


def test_a_date_is_no_affiliation(nlp):
    doc = nlp("Officials in March said the bridge was safe.")
    officials = doc[0]
    assert affiliation_end(officials) == officials.i + 1


def test_a_thing_keeps_no_affiliation(nlp):
    doc = nlp("Reports from the capital said the bridge was safe.")
    assert not group_noun(doc[0])
    assert affiliation_end(doc[0]) == 1


def test_a_long_apposition_is_left_out(nlp):
    doc = nlp("Members of the council, a body of nine elected for four years, voted no.")
    members = doc[0]
    assert doc[members.i : affiliation_end(members)].text == "Members of the council"


def test_the_researchers_look_back_to_the_group_named_before(attributed):
    text = (
        "Researchers from Velo University said the reef was dying. "
        "The researchers also said the algae were spreading."
    )
    statement = next(s for s in attributed(text).statements if "algae" in s.text)
    assert statement.speaker_mention.text == "The researchers"
    assert statement.speaker == "researchers from Velo University"


def test_bare_researchers_stay_bare_without_a_group_before(attributed):
    statement = _only(attributed, "The researchers said the algae were spreading.")
    assert statement.speaker == "researchers"


def test_police_keep_no_affiliation(nlp):
    doc = nlp("Police in Dunmore said the road was closed.")
    assert affiliation_end(doc[0]) == 1


def test_a_preposition_may_run_into_another(nlp):
    doc = nlp("Critics from across the country said the law was unfair.")
    critics = doc[0]
    assert doc[critics.i : affiliation_end(critics)].text == "Critics from across the country"


def test_the_definite_plural_takes_the_group_met_last_not_the_one_named_last(nlp):
    text = (
        "Researchers at Velo University found sharks. Researchers at Apex Institute found "
        "eels. Researchers at Velo University found rays. The researchers said they had left."
    )
    doc = nlp(text)
    velo = Entity("researchers at Velo University", "group")
    apex = Entity("researchers at Apex Institute", "group")
    for entity, phrase, start in [
        (velo, "Researchers at Velo University", 0),
        (apex, "Researchers at Apex Institute", text.index("Researchers at Apex")),
        (velo, "Researchers at Velo University", text.rindex("Researchers at Velo")),
    ]:
        entity.add_mention(start, start + len(phrase), phrase)
    the = next(t.i for t in doc if t.text == "The")
    assert affiliated_group(doc[the : the + 2], doc[the + 1], [velo, apex]) is velo


def test_one_official_keeps_the_named_body_they_come_from(attributed):
    statement = _only(attributed, "An official from Velotrans said the line would reopen.")
    assert statement.speaker == "official from Velotrans"
    assert statement.speaker_mention.text == "An official from Velotrans"


def test_a_judge_keeps_the_named_place_they_sit_in(attributed):
    statement = _only(attributed, "A federal judge in Texas ruled the policy was unlawful.")
    assert statement.speaker == "federal judge in Texas"


def test_one_person_keeps_no_common_place(nlp):
    doc = nlp("A spokesman in the office said no.")
    assert affiliation_end(doc[1]) == 2
