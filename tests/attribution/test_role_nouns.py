"""Who a role phrase refers to: an office holder, a relative or a family."""


def test_bare_title_is_the_office_holder_or_no_name(attributed):
    text = "President Ana Ruiz spoke first. The President said taxes would fall."
    assert [s.speaker for s in attributed(text).statements] == ["Ana Ruiz"]
    text = "Alex Brown was elected on Monday. The Speaker said the House would vote on Friday."
    assert [s.speaker for s in attributed(text).statements] == ["speaker"]


def test_office_after_an_organisation_is_its_holder(attributed):
    result = attributed(
        "Karl Brenner, the president of the national rowing federation, opened the meeting. "
        "The German Rowing Federation President said the team was ready.",
    )
    ready = next(s for s in result.statements if "ready" in s.text)
    assert ready.speaker == "Karl Brenner"


def test_bare_surname_is_not_the_relative_introduced_by_a_kin_noun(attributed):
    text = (
        "Jazz pianist Tom Reedy died on Monday, his daughter Alice Reedy said. Reedy was 80. "
        'His daughter said he died at home. Reedy once said, "I play every day."'
    )
    assert [s.speaker for s in attributed(text).statements] == [
        "Alice Reedy",
        "Alice Reedy",
        "Tom Reedy",
    ]


def test_bare_surname_is_not_a_parent_named_in_a_list(attributed):
    text = (
        "Representative Tom Reedy died on Monday. Tom Reedy was born in Ohio. His parents, "
        "Carl Reedy and Ann Reedy, were farmers. Reedy fell ill in May, and his office said "
        "he died at home."
    )
    office = next(s for s in attributed(text).statements if "died at home" in s.text)
    assert office.speaker == "Tom Reedy's office"


def test_plural_of_a_surname_is_the_family(attributed):
    result = attributed(
        "Judge Mark Turpin sentenced David and Louise Turpin. "
        "The Turpins said they loved their children.",
    )
    family = next(p for p in result.people if p.name == "Turpins")
    assert family.kind == "group"


def test_a_word_of_rank_makes_a_role_another_office(attributed):
    text = "Senate President Ann Lee spoke on Monday. The vice president said the vote was close."
    statement = attributed(text).statements[-1]
    assert statement.speaker != "Ann Lee"


def test_an_office_held_only_under_a_word_of_rank_is_not_held(attributed):
    text = (
        "The bank's vice president Tom Reed said costs would fall. Ministers were angry. "
        "The premier of the province remarked that the plan was a disgrace."
    )
    assert [s.speaker for s in attributed(text).statements][-1] != "Tom Reed"
    text = "Lieutenant Governor Ann Lee spoke first. The governor said the law was void."
    assert [s.speaker for s in attributed(text).statements] != ["Ann Lee"]


def test_an_office_held_under_a_rank_of_the_same_office_is_held(attributed):
    text = "Associate Justice Ann Lee wrote the opinion. The justice said the law was void."
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee"]


def test_a_description_is_not_someone_holding_its_noun_only_under_a_rank(attributed):
    text = (
        "Deputy Minister Ann Kovac said the road would close. "
        "The minister said the bridge would stay open."
    )
    assert [s.speaker for s in attributed(text).statements][-1] != "Ann Kovac"


def test_an_office_held_beside_a_word_of_rank_is_held(attributed):
    text = (
        "Club President and Vice Chair Tom Reed spoke on Monday. "
        "The president said the season would start in May."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Tom Reed"]


def test_other_title_of_the_same_post_is_its_holder(attributed):
    text = (
        "Ruritania's Foreign Secretary Anton Vela said the government would protest. "
        "The foreign minister said the embassy would stay open."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Anton Vela", "Anton Vela"]


def test_other_title_of_another_field_is_not_the_holder(attributed):
    text = (
        "Foreign Minister Anton Vela said the government would protest. "
        "The finance secretary said the embassy would stay open."
    )
    assert [s.speaker for s in attributed(text).statements] == [
        "Anton Vela",
        "finance secretary",
    ]


def test_title_of_an_office_as_a_role_noun_is_its_holder(attributed):
    text = (
        "Regional transport commissioner Maria Olsen announced the ferry would return. "
        'The commissioner said, "We have not yet agreed on a timetable."'
    )
    assert [s.speaker for s in attributed(text).statements] == ["Maria Olsen", "Maria Olsen"]


def test_title_of_an_office_nobody_holds_stays_unresolved(attributed):
    text = (
        "Maria Olsen announced the ferry would return. "
        'The commissioner said, "We have not yet agreed on a timetable."'
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers[-1] != "Maria Olsen"


def test_a_role_of_another_field_is_someone_else(attributed):
    text = (
        "Transport Minister Ann Kovac said two people died. Kovac also said the runway was "
        "closed. The local health minister said the injured were in hospital."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers[:2] == ["Ann Kovac", "Ann Kovac"]
    assert speakers[-1] != "Ann Kovac"


def test_an_office_of_another_country_is_not_the_holder_met_before(attributed):
    result = attributed(
        "President Ana Ruiz of France spoke on Monday. The president of Turkey vowed support."
    )
    ruiz = next(p for p in result.people if p.name == "Ana Ruiz")
    assert "The president" not in ruiz.aliases


def test_a_role_phrase_with_a_name_beside_it_is_that_person(attributed):
    result = attributed(
        "Mayor Tom Reed opened the bridge in 2010. The new mayor, Ann Lee, said she would close it."
    )
    aliases = {p.name: p.aliases for p in result.people}
    assert "The new mayor" not in aliases["Tom Reed"]
    assert "The new mayor" in aliases["Ann Lee"]


def test_a_candidate_for_an_office_does_not_hold_it(attributed):
    result = attributed(
        "Lord Mayor candidate Tom Reed said he would win. Later the mayor said the city was safe."
    )
    reed = next(p for p in result.people if p.name == "Tom Reed")
    assert "the mayor" not in reed.aliases


def test_a_named_office_is_not_a_leader_of_another_kind(attributed):
    text = (
        "Senate Minority Leader Ann Vale said the president's remarks were as near to a "
        "concession as the public would get from the president."
    )
    vale = next(p for p in attributed(text).people if p.name == "Ann Vale")
    assert "the president" not in vale.aliases


def test_the_leader_is_a_president_met_before(attributed):
    text = "President Tom Reed spoke on Monday. Later, the leader said the talks had failed."
    reed = next(p for p in attributed(text).people if p.name == "Tom Reed")
    assert "the leader" in reed.aliases


def test_the_head_as_a_body_part_is_no_one(attributed):
    text = (
        "Former President Tom Reed was attacked on Monday. A man struck him in the head "
        "outside a hotel, police said."
    )
    reed = next(p for p in attributed(text).people if p.name == "Tom Reed")
    assert "the head" not in reed.aliases


def test_the_head_of_something_is_the_leader_met_before(attributed):
    text = (
        "President Tom Reed spoke on Monday. Later, the head of the government said the talks "
        "had failed."
    )
    reed = next(p for p in attributed(text).people if p.name == "Tom Reed")
    assert any(a.startswith("the head") for a in reed.aliases)
