"""The entities of one article and what each speaker mention refers to."""

from spacy.tokens import Span

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def test_names_titles_and_role_nouns_are_one_person(attributed):
    result = attributed(
        "Russian President Vladimir Putin met reporters. Mr. Putin said little. "
        "Putin left early, and the Russian leader did not return.",
    )
    putin = next(p for p in result.people if p.name == "Vladimir Putin")
    assert {"Mr. Putin", "Putin", "the Russian leader"} <= set(putin.aliases)
    assert "Russian President" in putin.roles


def test_bare_surname_joins_the_latest_matching_person(attributed):
    result = attributed(
        "Anna Smith met John Jones. Later, John Smith arrived. Smith said it was late."
    )
    late = next(s for s in result.statements if "late" in s.text)
    assert late.speaker == "John Smith"


def test_companies_and_institutions_are_organisations(attributed):
    result = attributed(
        "General Motors said it would cut 4,000 jobs. The Federal Reserve said rates would "
        "stay low. Singapore Airlines said the flight was delayed.",
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds == {
        "General Motors": "organization",
        "Federal Reserve": "organization",
        "Singapore Airlines": "organization",
    }


def test_spokesperson_speaks_for_the_organisation(attributed):
    result = attributed("An Interpol spokesperson said the request would not be considered.")
    assert [s.speaker for s in result.statements] == ["Interpol"]


def test_document_speaks_for_its_holder(attributed):
    result = attributed("Velora Motors' statement said the recall was voluntary.")
    assert [s.speaker for s in result.statements] == ["Velora Motors"]


def test_product_is_no_speaker(attributed):
    text = "The Ford Taurus, first sold in 1986, showed that a family sedan could sell well."
    assert [s.speaker for s in attributed(text).statements] == [None]


def test_subject_it_speaks_for_the_organisation_or_the_document_holder(attributed):
    result = attributed(
        "Acme Corp said on Monday that sales fell. It added that the outlook was weak. "
        "Senator Dana Reyes unveiled her new ad on Friday. It claims that the tax failed.",
    )
    weak = next(s for s in result.statements if "outlook" in s.text)
    assert (weak.speaker, weak.speaker_mention.text) == ("Acme Corp", "It")
    failed = next(s for s in result.statements if "tax failed" in s.text)
    assert (failed.speaker, failed.speaker_mention.text) == ("Dana Reyes", "It")


def test_relative_who_below_a_borrowing_cue_is_the_noun_it_hangs_on(attributed):
    text = (
        "Police detained six people, including teacher Mark Hollis, who had tried to warn "
        "residents about the flood."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Mark Hollis"]


def test_common_nouns_for_one_person_are_people(attributed):
    text = "According to his wife, the man was innocent. The insider said costs had risen."
    kinds = {p.name: p.kind for p in attributed(text).people}
    assert kinds["his wife"] == "person" and kinds["insider"] == "person"


def test_one_of_a_group_keeps_the_group_in_its_name(attributed):
    statements = attributed("One of the users said the site was slow.").statements
    assert [(s.speaker, s.speaker_mention.text) for s in statements] == [
        ("one of the users", "One of the users")
    ]
    people = attributed("One of the users said the site was slow.").people
    assert [p.kind for p in people] == ["person"]


def test_untagged_name_ending_in_an_organisation_word_is_an_organisation(attributed):
    result = attributed(
        "The road was closed on Monday. The Civil Defence Ministry said the bridge was unsafe."
    )
    assert {p.name: p.kind for p in result.people} == {"Civil Defence Ministry": "organization"}


def test_markup_before_an_organisation_name_is_left_out(attributed):
    result = attributed("150px Velora Motors said sales rose.")
    assert [p.name for p in result.people] == ["Velora Motors"]
    assert result.statements[0].speaker == "Velora Motors"


def test_a_lone_title_after_the_is_no_name(attributed):
    text = "King Harald V opened the bridge. Later the King said it was beautiful."
    names = [p.name for p in attributed(text).people if p.kind == "person"]
    assert "King" not in names


def test_no_one_speaks_for_a_negated_phrase(attributed):
    result = attributed("No group claimed the attack, police said.")
    assert "No group" not in {p.name for p in result.people}


def test_a_shortened_long_name_is_the_same_person(attributed):
    text = (
        "Senator Tomas Rivera Solano said the vote was illegal. Rivera Solano added that the"
        " court would decide. Pedro R. Quintana Ortiz was sworn in. Pedro Quintana said he"
        " would serve."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Tomas Rivera Solano", "Tomas Rivera Solano", "Pedro R. Quintana Ortiz"]


def test_a_place_before_a_name_is_no_role(attributed):
    result = attributed(
        "On Monday, United States Senator from Vermont Bernie Sanders won the vote."
    )
    sanders = next(p for p in result.people if p.name == "Bernie Sanders")
    assert "Vermont" not in sanders.roles


def test_definite_description_takes_the_one_organisation_named_just_before(attributed):
    texts = [
        "Velo Motors cut 500 jobs on Monday. The firm said the cuts were needed.",
        "Velo Motors sued Brenta Corp on Friday. The firm said the suit was baseless.",
        "The Department of Labor fined Halden Foods. The company said it would appeal.",
        "Sales fell, according to Norwick Partners, a research firm, and Velo Motors. "
        "The firm said demand was weak.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Velo Motors", "firm", "Halden Foods", "Norwick Partners"]


def test_a_definite_description_takes_the_nearest_sentence_naming_a_company(attributed):
    texts = [
        "Halden Foods lost a case to Norwick Partners in March. Velo Motors cut 500 jobs on "
        "Monday. The firm said the cuts were needed.",
        "Velo Motors sold its truck unit to Brenta Corp on Monday. The company said the sale "
        "would close in May.",
        "Velo Motors sold its truck unit to Brenta Corp on Monday. Analysts were surprised by "
        "the price. The company said the sale would close in May.",
        "The Harbor Gazette reported the deal on Friday. The trade publication said the deal "
        "was worth five million dollars.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Velo Motors", "Velo Motors", "company", "Harbor Gazette"]


def test_a_description_of_a_standing_is_the_person_before_it(attributed):
    text = (
        "Ann Lee endorsed Tom Cole on Sunday. The former three-term governor said Cole would win."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee", "Ann Lee"]


def test_a_description_with_a_place_may_be_someone_new(attributed):
    text = "Ann Lee endorsed Tom Cole on Sunday. The governor of Ohio said Cole would lose."
    assert [s.speaker for s in attributed(text).statements][-1] != "Ann Lee"


def test_a_description_of_a_standing_many_share_may_follow_proper_nouns(attributed):
    text = (
        '"The ice is thinning fast," said study co-author Mara Quist. '
        'The Boulder professor added, "We do not yet know how fast."'
    )
    assert [s.speaker for s in attributed(text).statements] == ["Mara Quist", "Mara Quist"]
    text = "Talia Brenn starred in three films. The British actor said she would take a break."
    assert [s.speaker for s in attributed(text).statements] == ["Talia Brenn"]


def test_an_office_after_proper_nouns_may_be_someone_new(attributed):
    text = "Dr Omar Hale said the drug was safe. The Ohio governor said the state would buy it."
    assert [s.speaker for s in attributed(text).statements][-1] != "Omar Hale"


def test_a_description_of_another_office_is_not_the_office_holder(attributed):
    text = "Sen. Ann Lee endorsed Tom Cole on Sunday. The former secretary said Cole would lose."
    assert [s.speaker for s in attributed(text).statements][-1] != "Ann Lee"


def test_a_spokesperson_for_an_organisation_speaks_for_it(attributed):
    text = "Velo Bank cut 300 jobs. A spokeswoman for Velo Bank said the cuts were needed."
    assert [s.speaker for s in attributed(text).statements] == ["Velo Bank"]


def test_a_spokesperson_for_a_person_stays_the_spokesperson(attributed):
    text = "Ann Lee lost. A spokesman for Lee said she would not concede."
    assert [s.speaker for s in attributed(text).statements][-1] == "spokesman"


def test_a_generational_suffix_keeps_the_surname(attributed):
    result = attributed(
        "Robert Smith Jr. spoke at the rally. Later, Smith said the vote would be close."
    )
    close = next(s for s in result.statements if "close" in s.text)
    assert close.speaker == "Robert Smith Jr."


def test_a_surname_particle_the_tagger_cut_off_joins_the_name(attributed):
    result = attributed(
        "Commission President Ursula von der Leyen said the deal was close. "
        "Von der Leyen added that talks would resume on Monday."
    )
    assert [s.speaker for s in result.statements] == ["Ursula von der Leyen"] * 2


def test_a_national_arm_does_not_rename_the_company(attributed):
    result = attributed(
        "Velmart said on Monday it would sell its stores in Poland. Velmart said the sale "
        "would close in May.\n\nIn recent years, Velmart Polska has cut its staff by half."
    )
    speakers = [s.speaker for s in result.statements if "sale" in s.text]
    assert speakers == ["Velmart"]


def test_first_of_two_surnames_is_the_person_named_in_full():
    from foretold.attribution.coreference import inner_surname

    assert inner_surname("ruiz", "Carmen Ruiz Delgado")
    assert not inner_surname("ruiz", "Carmen Ruiz")
    assert not inner_surname("carmen", "Carmen Ruiz Delgado")


def test_one_name_left_untagged_is_an_antecedent(nlp):
    text = (
        "The singer Tariq was jailed on Friday. Abdul Qasem was acquitted. Qasem denied "
        "any part in it, and he left. Tariq appeared at a news conference. He said his "
        "confession was forced."
    )
    article = make_article(text, language="en")
    doc = nlp(article.text)
    words = [t.text for t in doc]
    qasem = words.index("Abdul")
    doc.ents = [
        Span(doc, 2, 3, label="PERSON"),
        Span(doc, qasem, qasem + 2, label="PERSON"),
        Span(doc, qasem + 5, qasem + 6, label="PERSON"),
    ]
    forced = next(s for s in attribute(doc, article).statements if "forced" in s.text)
    assert forced.speaker == "Tariq"


def test_relative_with_a_longer_name_is_another_person(attributed):
    result = attributed(
        "Heiress Rosa Lind died on Monday. At ten, Lind was the subject of a custody fight "
        "between her mother, Rosa Hale Lind, and her aunt. Lind later took acting lessons. "
        "She said acting saved her."
    )
    saved = next(s for s in result.statements if "saved" in s.text)
    assert saved.speaker == "Rosa Lind"


def test_relative_named_shorter_is_the_same_person(attributed):
    result = attributed(
        "His successor, Omar bin Tariq Al Sadr, attended the prayers. The council named "
        "Qasim's cousin, Omar, as the new ruler. Omar said he would keep the old policies."
    )
    kept = next(s for s in result.statements if "policies" in s.text)
    assert kept.speaker == "Omar bin Tariq Al Sadr"


def test_role_set_before_a_name_links_the_bare_title_to_that_person(attributed):
    result = attributed(
        "The gala drew 300 guests, including the Prime Minister of Ruritania, Mr. Tomas Vela, "
        "at the new hall. In his speech, the Prime Minister praised the builders. He also "
        "said the hall was a symbol of pride."
    )
    assert [s.speaker for s in result.statements] == ["Tomas Vela", "Tomas Vela"]


def test_surname_read_as_a_place_takes_a_full_name_read_as_a_body(nlp):
    text = (
        "The paper ran an interview with Oskar Brandl, the commissioner for defence. "
        "Brandl said the bid won. He said he expects no turmoil."
    )
    doc = nlp(text)
    words = [t.text for t in doc]
    first = words.index("Oskar")
    later = words.index("Brandl", first + 2)
    kept = [e for e in doc.ents if e.end <= first or first + 2 <= e.start < later]
    doc.ents = [*kept, Span(doc, first, first + 2, "ORG"), Span(doc, later, later + 1, "GPE")]
    statements = attribute(doc, make_article(text, language="en")).statements
    assert [s.speaker for s in statements] == ["Oskar Brandl", "Oskar Brandl"]


def test_surname_tagged_a_place_is_the_person_named_before(attributed):
    result = attributed(
        "The paper printed an interview with Zoltán Várkuti, the state commissioner.\n\n"
        "While not naming the other bidders, Várkuti said the bid won. "
        "He said he expects no dispute."
    )
    assert [s.speaker for s in result.statements] == ["Zoltán Várkuti", "Zoltán Várkuti"]


def test_surname_tagged_a_place_after_a_full_name_tagged_an_organisation(attributed):
    result = attributed(
        "The daily printed an interview with Gáspár Várkuti, the Hungarian Government"
        " commissioner responsible for ports.\n\n"
        "While not naming the rival offers, Várkuti said the bid won. "
        "He said he expects no dispute."
    )
    assert [s.speaker for s in result.statements] == ["Gáspár Várkuti", "Gáspár Várkuti"]


def _person(result, name: str):
    return next(p for p in result.people if p.name == name)


def test_a_title_the_tagger_joined_to_a_name_is_a_role(attributed):
    result = attributed(
        "On Monday, Crown Prince Amir bin Khalid met Taoiseach Liam Corcoran in Dublin."
    )
    assert _person(result, "Amir bin Khalid").roles == ("Crown Prince",)
    assert _person(result, "Liam Corcoran").roles == ("Taoiseach",)


def test_an_occupation_in_lower_case_before_a_name_is_a_role(attributed):
    result = attributed(
        '"We fought hard," said Velby assistant coach Tomas Arvold. Later, study co-author '
        "Lena Marsh spoke to the press."
    )
    assert _person(result, "Tomas Arvold").roles == ("Velby assistant coach",)
    assert _person(result, "Lena Marsh").roles == ("co-author",)


def test_a_spelled_out_title_in_brackets_stays_in_the_role(attributed):
    result = attributed(
        "Speakers included Green MP (Member of Parliament) Dora Kelling, who urged calm."
    )
    assert _person(result, "Dora Kelling").roles == ("Green MP (Member of Parliament)",)


def test_a_site_in_brackets_after_a_photo_credit_is_no_role(attributed):
    result = attributed("Marchers on the bridge. Image: Peter Oldfield (flickr).")
    assert _person(result, "Peter Oldfield").roles == ()


def test_a_surname_after_a_missed_full_stop_is_the_person(attributed):
    result = attributed(
        "Acme chief executive Ann Wells unveiled the phone. Sales were strongest in the "
        "U.S. Wells also noted that the phone sold two million units."
    )
    noted = next(s for s in result.statements if "two million" in s.text)
    assert noted.speaker == "Ann Wells"  # the tagger read "the U.S. Wells" as one name
    assert not [p for p in result.people if "U.S." in p.name]


def test_a_lone_place_name_is_no_person_of_that_name_said_before(attributed):
    result = attributed(
        "Georgia Smith, a lawyer for the firm, said the law was unfair. Georgia said on "
        "Tuesday that it would appeal the ruling."
    )
    appeal = next(s for s in result.statements if "appeal" in s.text)
    assert appeal.speaker == "Georgia"  # the state, not the lawyer named after it


def test_lone_name_read_as_a_place_after_a_title_is_a_person(nlp):
    text = "Crowds gathered downtown. President Dragović said foreign agents were involved."
    article = make_article(text, language="en")
    doc = nlp(article.text)
    at = next(t.i for t in doc if t.text == "Dragović")
    doc.ents = [Span(doc, at, at + 1, label="GPE")]
    found = attribute(doc, article).statements
    assert [(s.speaker, s.speaker_role) for s in found] == [("Dragović", "President")]


def test_the_newspaper_stands_for_the_one_paper_named_before(attributed):
    text = (
        "Crowds gathered downtown. The Valley Herald reported two men were arrested.\n\n"
        "The newspaper further reported a third man escaped."
    )
    found = attributed(text).statements
    assert [s.speaker for s in found] == ["Valley Herald", "Valley Herald"]


def test_a_surname_spelt_without_accents_is_the_same_person(attributed):
    result = attributed(
        "Prime Minister Tomáš Dvořák visited the plant on Tuesday. Later, Dvorak said the "
        "factory would stay open."
    )
    assert result.statements[0].speaker == "Tomáš Dvořák"


def test_a_surname_read_as_a_place_and_a_common_noun_is_the_person(nlp):
    from foretold.attribution.coreference import Coreference

    doc = nlp("Businessman Don Carrow of Ohio spoke. Carrow, a former chief, said he would run.")
    given = next(t.i for t in doc if t.text == "Don")
    lone = max(t.i for t in doc if t.text == "Carrow")
    doc.ents = [Span(doc, given, given + 2, label="PERSON"), Span(doc, lone, lone + 1, "GPE")]
    doc[lone].tag_, doc[lone].pos_ = "NN", "NOUN"
    entity = Coreference(doc).entity_for(doc[lone : lone + 1], doc[lone])
    assert entity is not None and entity.name == "Don Carrow"


def test_a_regnal_title_stays_with_the_one_word_name_it_is_said_by(attributed):
    result = attributed(
        "King Harald visited the flooded town on Monday. "
        "Harald said the army would stay until spring."
    )
    assert [s.speaker for s in result.statements] == ["King Harald"]


def test_an_untagged_given_name_joins_the_tagged_surname_it_is_said_by(nlp):
    text = (
        "Council spokesperson Asa Lind said the road would reopen in May. "
        "Lind said crews were working at night."
    )
    article = make_article(text, language="en")
    doc = nlp(article.text)
    lind = next(t.i for t in doc if t.text == "Lind")
    doc.ents = [Span(doc, lind, lind + 1, label="PERSON")]  # "Asa" left out by the tagger
    statements = attribute(doc, article).statements
    assert [s.speaker for s in statements] == ["Asa Lind", "Asa Lind"]


def test_a_surname_read_as_a_body_skips_a_relative_who_shares_it(nlp):
    text = (
        "Governor Mark Vallin toured the dam with his nephew Eric Vallin. Judge Tom Reyes "
        "praised the repairs. As the crowd left, Vallin tweeted about delaying the vote due "
        "to his concerns about possible fraud."
    )
    doc = nlp(text)
    words = [t.text for t in doc]
    mark, eric, tom = (words.index(given) for given in ("Mark", "Eric", "Tom"))
    lone = words.index("Vallin", eric + 2)
    doc.ents = [
        *(Span(doc, given, given + 2, label="PERSON") for given in (mark, eric, tom)),
        Span(doc, lone, lone + 1, label="ORG"),
    ]
    statements = attribute(doc, make_article(text, language="en")).statements
    concerns = next(s for s in statements if s.cue == "concerns")
    assert concerns.speaker == "Mark Vallin"


def test_a_title_alone_is_no_name_for_another_title(attributed):
    result = attributed(
        "The Health Minister for the Velda Region reported 21 cases on Tuesday. On Thursday "
        "the local health secretary reported one more case in the village."
    )
    assert [s.speaker for s in result.statements] == [
        "Health Minister for the Velda Region",
        "local health secretary",
    ]


def test_a_bare_quantifier_with_no_antecedent_is_a_group(attributed):
    result = attributed(
        "Some say the bridge will never reopen. Many believe the toll was too high."
    )
    assert [s.speaker for s in result.statements] == ["some", "many"]


def test_a_quantifier_taking_part_of_a_named_group_is_a_group(attributed):
    result = attributed(
        "Crowds filled the square on Sunday. Some of the marchers we met said they came to "
        '"stand up for the river".'
    )
    (statement,) = result.statements
    assert statement.speaker == "Some of the marchers"


def test_a_description_of_another_field_is_not_the_minister_met_before(attributed):
    result = attributed(
        "Ann Lee, the aviation minister, opened the airport on Monday. The health minister "
        "said cases had risen."
    )
    assert [s.speaker for s in result.statements] == ["health minister"]


def test_body_owned_by_a_person_speaks_for_itself(attributed):
    result = attributed("Senator Mara Quill's campaign said the advert was false.")
    (statement,) = result.statements
    assert statement.speaker == "Senator Mara Quill's campaign"


def test_named_apposition_still_names_the_speaker(attributed):
    result = attributed("The senator, Mara Quill, said the bill would pass.")
    (statement,) = result.statements
    assert statement.speaker == "Mara Quill"


def _speaker_kinds(result) -> list[tuple[str | None, str | None]]:
    kinds = {p.id: p.kind for p in result.people}
    return [(s.speaker, kinds.get(s.speaker_id)) for s in result.statements]


def test_a_name_given_as_a_relative_is_a_person(attributed):
    result = attributed(
        "The singer Jon Varga died on Monday. According to his wife, Amanda, Varga had "
        "been ill for months."
    )
    assert _speaker_kinds(result) == [("Amanda", "person")]


def test_words_for_one_person_are_people(attributed):
    result = attributed(
        "The studio closed. An acquaintance said the owner had left. The interviewer asked "
        "whether the plan would work. The commissioner stated the loan was repaid."
    )
    assert {kind for _, kind in _speaker_kinds(result)} == {"person"}


def test_a_couple_speaks_as_a_group(attributed):
    result = attributed("Ann and Bo Reed ran the stall. The couple said sales were good.")
    assert _speaker_kinds(result) == [("couple", "group")]


def test_a_description_looks_back_through_an_earlier_description(attributed):
    texts = [
        "Dawn Air said on Monday it had bought twenty Airbus jets. The airline, the largest "
        "in Velonia, signed the deal in Paris. The company said the planes would serve new "
        "routes.",
        "Velo Toys Inc. hosted a panel on its new figures. The company's new helmet is its "
        "most complex yet.\n\nAsked about waste, the company noted that it had changed its "
        "packaging.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Dawn Air", "Velo Toys Inc."]


def test_a_name_that_only_modifies_a_noun_is_no_object(attributed):
    text = "Dawn Air bought twenty Airbus jets on Monday. The company said the jets were cheap."
    assert attributed(text).statements[-1].speaker == "Dawn Air"


def test_its_names_the_body_that_is_the_subject_before_it(attributed):
    texts = [
        "The Velo Safety Board was absent. It is unable to operate during the shutdown; "
        "however, its website notes that its centre is still open.",
        "The Velo Party chose a new leader on Monday. Its campaign said the vote was fair.",
        "The vote was close on Monday. Its result said it all.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Velo Safety Board", "Velo Party's campaign", "its result"]


def test_a_possessive_joins_the_body_met_under_its_owner_name(attributed):
    text = (
        "President Donald Trump visited Ohio on Monday. The Trump campaign criticized Biden "
        "for skipping the debate. Later, Trump attacked Bo Ray as a liar and his campaign "
        "called for a recount."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Trump campaign", "Donald Trump", "Trump campaign"]


def test_a_name_modifying_a_common_noun_is_not_the_speaker(attributed):
    result = attributed(
        "President Ann Keller signed the order on Monday. The Keller administration also "
        "announced new loans for farmers. The Moss campaign said the order was unlawful."
    )
    loans = next(s for s in result.statements if "loans" in s.text)
    unlawful = next(s for s in result.statements if "unlawful" in s.text)
    assert loans.speaker == "Keller administration"
    assert unlawful.speaker == "Moss campaign"


def test_a_description_opening_a_pair_with_both_stands_for_the_body_before(attributed):
    text = (
        "Velo Motors cut 500 jobs last year. Both the firm and the union said the talks had failed."
    )
    assert [s.speaker for s in attributed(text).statements][-1] == "Velo Motors"


def test_surname_taken_for_a_common_noun_is_an_antecedent(nlp):
    text = (
        "Rival Ann Cole spoke in Ohio. Governor Bo Stark had said the race was close. "
        "Cole praised the volunteers. Stark stirred controversy at a rally in Iowa. "
        "He suggested voters cast two ballots."
    )
    article = make_article(text, language="en")
    doc = nlp(article.text)
    words = [t.text for t in doc]
    stark = words.index("Stark", words.index("Cole", 3) + 1)
    doc[stark].pos_ = "NOUN"
    doc.ents = [e for e in doc.ents if not (e.start <= stark < e.end)]
    ballots = next(s for s in attribute(doc, article).statements if "ballots" in s.text)
    assert ballots.speaker == "Bo Stark"


def test_a_common_noun_with_a_determiner_is_no_surname(nlp):
    from foretold.attribution.coreference import _bare_common_surname

    doc = nlp("The stark rose. Stark went home.")
    doc[1].pos_ = doc[4].pos_ = "NOUN"
    assert [t.dep_ for t in (doc[0], doc[4])] == ["det", "nsubj"]
    assert not _bare_common_surname(doc[1])
    assert _bare_common_surname(doc[4])


def test_a_copular_clause_about_a_named_person_gives_the_speaker_a_role(attributed):
    result = attributed(
        "Wikinews spoke to Ann Lestrade about the release. Lestrade is the community manager "
        'of the project. "It is ready," Lestrade said.'
    )
    ready = next(s for s in result.statements if "ready" in s.text)
    assert ready.speaker == "Ann Lestrade"
    assert ready.speaker_role == "the community manager of the project"


def test_an_occupation_spelled_with_a_ligature_is_a_role(attributed):
    result = attributed("A study by archæologist Dr. Ann Lestrade found the bones were worked.")
    assert _person(result, "Ann Lestrade").roles == ("archæologist",)


def test_a_description_by_a_chain_maker_or_broadcaster_noun_is_the_body_before_it(attributed):
    texts = [
        "Brenta Foods opened forty shops in Velonia last year. The chain said that sales "
        "had doubled.",
        "The Velo Guild sued computer maker Dawn Systems over its logo. The young maker "
        "said that the logo was its own.",
        "Radio Velo lost its licence on Monday. The broadcaster said that it would appeal.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Brenta Foods", "Dawn Systems", "Radio Velo"]


def test_a_which_clause_borrowed_by_a_cue_stands_for_the_organisation(speaker_of):
    text = (
        "Weak demand has led Velo Inc., which makes and sells trucks to issue a warning "
        "that profits would drop."
    )
    assert speaker_of(text, "profits would drop") == "Velo Inc."


_AGE_EPITHET = (
    "Ann Lee posted the clip on Thursday.\n\n"
    "\u201cWhat if the mayor had a plan?\u201d the 43-year-old asked in the video\u2019s "
    "description.\n"
)


def test_an_age_epithet_is_the_person_just_spoken_of(attributed):
    result = attributed(_AGE_EPITHET)
    asked = [s for s in result.statements if s.cue == "asked"]
    assert [s.speaker for s in asked] == ["Ann Lee"]
    assert asked[0].speaker_mention is not None
    assert asked[0].speaker_mention.text == "the 43-year-old"
