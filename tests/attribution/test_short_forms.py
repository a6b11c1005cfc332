"""Short forms of organisation names and the full names they stand for."""

from foretold.attribution.short_forms import acronym_of


def test_short_forms_join_the_full_name(attributed):
    text = (
        "The Union of Coastal Fishing Towns said quotas were unfair. Later, the UCFT said "
        "talks would resume. The Federal Appeals Court ruled the quota lawful. Then the Court "
        "said appeals were closed."
    )
    speakers = set([s.speaker for s in attributed(text).statements])
    assert "UCFT" not in speakers and "Court" not in speakers
    assert {"Union of Coastal Fishing Towns", "Federal Appeals Court"} <= speakers


def test_bracketed_acronym_is_an_alias(attributed):
    text = (
        "The Northern Rail Safety Board (NRSB) said the line was safe. The NRSB said trains "
        "would run on Monday."
    )
    assert set([s.speaker for s in attributed(text).statements]) == {"Northern Rail Safety Board"}


def test_acronym_and_alias_join_the_organisation_named_in_full(attributed):
    text = (
        "The Catholic Bishops' Conference of the Philippines (CBCP) met on Monday. "
        "The CBCP said the bishop had died."
    )
    assert [s.speaker for s in attributed(text).statements] == [
        "Catholic Bishops' Conference of the Philippines"
    ]
    text = (
        "The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake hit "
        "at night. Phivolcs said the province was seismically active."
    )
    assert [s.speaker for s in attributed(text).statements] == [
        "Philippine Institute of Volcanology and Seismology"
    ] * 2


def test_short_form_before_the_full_name_takes_the_full_name(attributed):
    text = (
        "The Navy's records show the ship sank in 1944. "
        "The United States Navy confirmed the find on Sunday."
    )
    assert [s.speaker for s in attributed(text).statements] == [
        "United States Navy",
        "United States Navy",
    ]


def test_definite_description_joins_the_organisation_named_before(attributed):
    text = (
        "The Federal Appeals Court ruled against the bank on Monday. The unanimous court said "
        "the fees were unlawful. The Ministry of Fisheries opened a review. The ministry said "
        "quotas would stay."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert "Federal Appeals Court" in speakers and "Ministry of Fisheries" in speakers
    assert "unanimous court" not in speakers and "ministry" not in speakers


def test_definite_description_takes_the_organisation_named_before_not_after(attributed):
    text = (
        "The High Court of Ruritania ruled on the levy today. The court found that the levy "
        "was lawful. Last year, the Court of Appeal said the levy was void."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers[0] == "High Court of Ruritania"
    assert "Court of Appeal" in speakers


def test_loose_description_stays_apart(attributed):
    text = "The State Department met on Monday. The state said taxes would rise."
    assert [s.speaker for s in attributed(text).statements] == ["state"]


def test_a_name_without_its_place_and_a_name_by_its_opening_word():
    from foretold.attribution.short_forms import opening_word, without_places

    places = {"Turkish", "Florida"}
    assert without_places("U.S. Air Force", places) == "Air Force"
    assert without_places("Turkish Foreign Ministry", places) == "Foreign Ministry"
    assert without_places("U.S. Navy", places) == "Navy"
    assert without_places("Florida Museum", places) is None
    assert without_places("Air Force", places) is None
    assert opening_word("NBC", "NBC News") and opening_word("Northrop", "Northrop Grumman")
    assert not opening_word("Bank", "Bank of America")


def test_united_opens_a_place_only_with_its_country_word():
    from foretold.attribution.short_forms import without_places

    places = {"United", "States"}
    assert without_places("United States Navy", places) == "Navy"
    assert without_places("United States Postal Service", set()) == "Postal Service"
    assert without_places("United Kingdom Space Agency", set()) == "Space Agency"
    assert without_places("United Nations Security Council", places) is None
    assert without_places("United Auto Workers", set()) is None
    assert without_places("United States", places) is None


def test_united_nations_keeps_no_half_name_as_alias(attributed):
    text = "The United Nations Security Council met on Monday, its chair said."
    people = attributed(text).people
    assert not any(a.startswith("Nations") for p in people for a in p.aliases)


def test_a_name_without_its_closing_organisation_word():
    from foretold.attribution.short_forms import opening_word

    assert opening_word("Liberal National", "Liberal National Party")
    assert not opening_word("Liberal National", "Liberal National Alliance Front")


def test_the_house_is_a_chamber_not_the_white_house(attributed):
    text = (
        "The White House said on Monday that the president would veto the bill. The House "
        "said in a statement that it would not back down."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["White House", "House"]
    text = (
        "The White House said the president would veto the bill. The Velonian House of "
        "Delegates passed it anyway. The House said it would not back down."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers[0] == "White House" and "White House" not in speakers[1:]


def test_a_head_word_of_two_bodies_stands_for_neither(attributed):
    text = (
        "The Velonian Supreme Court upheld the fine. The Court of Appeal had struck it down. "
        "The Court said the fine was lawful."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers[-1] == "Court"


def test_several_bodies():
    from foretold.attribution.short_forms import several_bodies

    assert several_bodies(["Supreme Court", "Court of Appeal"])
    assert not several_bodies(["Supreme Court", "U.S. Supreme Court", "Supreme Court of Velonia"])
    assert not several_bodies(["United States Navy", "U.S. Navy"])


def test_definite_description_passes_over_a_body_named_only_as_an_owner(attributed):
    text = (
        "Ann Hale founded the Harbour Party in 2004 with supporters of a campaign for the "
        "Labour Party's nomination. The party, which describes itself as centrist, backs a "
        "balanced budget."
    )
    statement = next(
        s for s in attributed(text).statements if "centrist" in s.text or "budget" in s.text
    )
    assert statement.speaker == "Harbour Party"


def test_an_acronym_with_an_ampersand_joins_the_company_named_in_full(attributed):
    texts = [
        "The utility Velo Gas and Electric Company (VG&E) began cutting power at midnight. "
        "VG&E said it planned the cuts because of high winds.",
        "Velo Gas and Electric Company cut power on Monday. Residents were angry. Later, VG&E "
        "said it planned the cuts because of high winds.",
    ]
    for text in texts:
        speakers = [s.speaker for s in attributed(text).statements]
        assert speakers == ["Velo Gas and Electric Company"]


def test_an_acronym_may_leave_out_a_closing_legal_form():
    assert acronym_of("VG&E", "Velo Gas and Electric Company")
    assert acronym_of("VGE", "Velo Gas and Electric")
    assert not acronym_of("VGE", "Velo Gas and Electric Authority")


def test_the_embassy_stands_for_the_embassy_named_before(attributed):
    text = "The Ruritanian Embassy in Paris received a letter. The embassy declined the request."
    assert [s.speaker for s in attributed(text).statements] == ["Ruritanian Embassy"]


def test_the_head_word_of_a_name_comes_before_its_phrase_with_on(speaker_of):
    text = (
        "The Velonian Commission on Public Debates cancelled the event. In a statement, the "
        "commission said the event was unsafe."
    )
    assert speaker_of(text, "unsafe") == "Velonian Commission on Public Debates"


def test_the_academy_stands_for_the_academy_named_before(speaker_of):
    text = (
        "The Royal Velonian Academy of Sciences announced the prize on Tuesday. The winners "
        "found a planet. According to the academy, the planet is large."
    )
    assert speaker_of(text, "planet is large") == "Royal Velonian Academy of Sciences"
