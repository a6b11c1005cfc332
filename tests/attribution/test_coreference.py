from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _attribute(nlp, text):
    article = make_article(text, language="en")
    return attribute(nlp(article.text), article)


def test_pronoun_speaker_resolves_to_the_previous_speaker(nlp):
    result = _attribute(
        nlp,
        '"The stakes are high," said Tatiana Stanovaya, a political analyst.\n\n'
        '"He is ready," she told AFP. Putin declined to comment.',
    )
    ready = next(s for s in result.statements if "He is ready" in s.text)
    assert ready.speaker == "Tatiana Stanovaya"
    assert ready.speaker_mention.text == "she"


def test_names_titles_and_role_nouns_are_one_person(nlp):
    result = _attribute(
        nlp,
        "Russian President Vladimir Putin met reporters. Mr. Putin said little. "
        "Putin left early, and the Russian leader did not return.",
    )
    putin = next(p for p in result.people if p.name == "Vladimir Putin")
    assert {"Mr. Putin", "Putin", "the Russian leader"} <= set(putin.aliases)
    assert "Russian President" in putin.roles


def test_bare_surname_joins_the_latest_matching_person(nlp):
    result = _attribute(
        nlp, "Anna Smith met John Jones. Later, John Smith arrived. Smith said it was late."
    )
    late = next(s for s in result.statements if "late" in s.text)
    assert late.speaker == "John Smith"


def test_place_tagged_as_a_person_is_not_a_person(nlp):
    result = _attribute(
        nlp, "Putin warned the West and Kiev against crossing red lines. Kiev rejected it."
    )
    assert "Kiev" not in {p.name for p in result.people if p.kind == "person"}


def test_companies_and_institutions_are_organisations(nlp):
    result = _attribute(
        nlp,
        "General Motors said it would cut 4,000 jobs. The Federal Reserve said rates would "
        "stay low. Singapore Airlines said the flight was delayed.",
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds == {
        "General Motors": "organization",
        "Federal Reserve": "organization",
        "Singapore Airlines": "organization",
    }


def test_honorific_makes_a_person_whatever_the_tagger_says(nlp):
    result = _attribute(
        nlp,
        "Mr Howard and Mr MacFarlane announced the package. Mr MacFarlane said that the "
        "research facility was exciting for Australia.",
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds.get("MacFarlane") == "person"


def _speakers(result):
    return {s.text.split()[0]: s.speaker for s in result.statements}


def test_short_forms_join_the_full_name(nlp):
    result = _attribute(
        nlp,
        "The Union of Coastal Fishing Towns said quotas were unfair. Later, the UCFT said "
        "talks would resume. The Federal Appeals Court ruled the quota lawful. Then the Court "
        "said appeals were closed.",
    )
    speakers = {s.speaker for s in result.statements}
    assert "UCFT" not in speakers and "Court" not in speakers
    assert {"Union of Coastal Fishing Towns", "Federal Appeals Court"} <= speakers


def test_bracketed_acronym_is_an_alias(nlp):
    result = _attribute(
        nlp,
        "The Northern Rail Safety Board (NRSB) said the line was safe. The NRSB said trains "
        "would run on Monday.",
    )
    assert {s.speaker for s in result.statements} == {"Northern Rail Safety Board"}


def test_spokesperson_speaks_for_the_organisation(nlp):
    result = _attribute(nlp, "An Interpol spokesperson said the request would not be considered.")
    assert [s.speaker for s in result.statements] == ["Interpol"]


def test_office_after_an_organisation_is_its_holder(nlp):
    result = _attribute(
        nlp,
        "Karl Brenner, the president of the national rowing federation, opened the meeting. "
        "The German Rowing Federation President said the team was ready.",
    )
    ready = next(s for s in result.statements if "ready" in s.text)
    assert ready.speaker == "Karl Brenner"


def test_document_speaks_for_its_holder(nlp):
    result = _attribute(nlp, "Velora Motors' statement said the recall was voluntary.")
    assert [s.speaker for s in result.statements] == ["Velora Motors"]


def test_nationality_adjective_is_not_a_person(nlp):
    result = _attribute(
        nlp, "The ferry left at 9:00 a.m. Tongan time, and Sione Vake said it was full."
    )
    assert "Tongan" not in {p.name for p in result.people if p.kind == "person"}


def test_media_digits_and_the_publisher_are_not_people(nlp):
    from spacy.tokens import Span

    from foretold.attribution.coreference import medium_names

    doc = nlp("Ann Lee wrote on Twitter that COVID-19 had hit the town, Lee told the Courier.")
    words = [t.text for t in doc]
    spans = [(0, 2), (words.index("Twitter"), words.index("Twitter") + 1)]
    spans += [(words.index("Courier"), words.index("Courier") + 1)]
    covid = next(t for t in doc if t.text.startswith("COVID"))
    spans.append((covid.i, covid.i + 1))
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in sorted(spans)]
    people = list(doc.ents)
    assert medium_names(people, publisher="The Courier") >= {"Twitter", "Courier", covid.text}
    assert "Ann Lee" not in medium_names(people, publisher="The Courier")


def _speakers(nlp, text):
    return [s.speaker for s in _attribute(nlp, text).statements]


def test_title_before_a_name_tagged_as_an_organisation_is_a_role(nlp):
    result = _attribute(nlp, "Labour MP Tanya Davies said the plan would fail.")
    assert [s.speaker for s in result.statements] == ["Tanya Davies"]
    davies = next(p for p in result.people if p.name == "Tanya Davies")
    assert davies.kind == "person"
    assert "Labour MP" in davies.roles


def test_title_running_into_a_place_names_the_person_after_it(nlp):
    text = "United States Senator from Vermont Bernie Sanders said the bill was unfair."
    assert _speakers(nlp, text) == ["Bernie Sanders"]


def test_bare_title_is_the_office_holder_or_no_name(nlp):
    text = "President Ana Ruiz spoke first. The President said taxes would fall."
    assert _speakers(nlp, text) == ["Ana Ruiz"]
    text = "Alex Brown was elected on Monday. The Speaker said the House would vote on Friday."
    assert _speakers(nlp, text) == ["speaker"]


def test_acronym_and_alias_join_the_organisation_named_in_full(nlp):
    text = (
        "The Catholic Bishops' Conference of the Philippines (CBCP) met on Monday. "
        "The CBCP said the bishop had died."
    )
    assert _speakers(nlp, text) == ["Catholic Bishops' Conference of the Philippines"]
    text = (
        "The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake hit "
        "at night. Phivolcs said the province was seismically active."
    )
    assert _speakers(nlp, text) == ["Philippine Institute of Volcanology and Seismology"] * 2


def test_short_form_before_the_full_name_takes_the_full_name(nlp):
    text = (
        "The Navy's records show the ship sank in 1944. "
        "The United States Navy confirmed the find on Sunday."
    )
    assert _speakers(nlp, text) == ["United States Navy", "United States Navy"]


def test_second_place_of_an_organisation_name_is_kept(nlp):
    text = "The Supreme Court of England and Wales said the law was unfair."
    assert _speakers(nlp, text) == ["Supreme Court of England and Wales"]


def test_plural_of_a_surname_is_the_family(nlp):
    result = _attribute(
        nlp,
        "Judge Mark Turpin sentenced David and Louise Turpin. "
        "The Turpins said they loved their children.",
    )
    family = next(p for p in result.people if p.name == "Turpins")
    assert family.kind == "group"


def test_descriptor_before_a_one_word_name_makes_it_an_organisation(nlp):
    result = _attribute(nlp, "Irish low cost airline Ryanair said fares would rise.")
    assert [(p.name, p.kind) for p in result.people] == [("Ryanair", "organization")]


def test_product_is_no_speaker(nlp):
    text = "The Ford Taurus, first sold in 1986, pushed rival automakers to follow suit."
    assert _speakers(nlp, text) == [None]


def test_possessive_pronoun_of_a_document_is_its_author(nlp):
    text = "Senator Ann Cole left the meeting early. Her statement said the vote was rigged."
    assert _speakers(nlp, text) == ["Ann Cole"]


def test_bare_surname_is_not_the_relative_introduced_by_a_kin_noun(nlp):
    text = (
        "Jazz pianist Tom Reedy died on Monday, his daughter Alice Reedy said. Reedy was 80. "
        'His daughter said he died at home. Reedy once said, "I play every day."'
    )
    assert _speakers(nlp, text) == ["Alice Reedy", "Alice Reedy", "Tom Reedy"]


def test_surname_tagged_as_a_body_is_a_pronoun_antecedent(nlp):
    text = (
        "President Ivan Dorn rejected the offer of Prime Minister Olek Marchuk to resign. "
        "Marchuk filed his resignation after the leak. He said Dorn was honest."
    )
    assert _speakers(nlp, text)[-1] == "Olek Marchuk"


def test_role_noun_is_a_pronoun_antecedent(nlp):
    text = (
        "Governor Kay Ivey signed the bill on Wednesday. Representative Terri Collins said it "
        'would pass. The governor tweeted her reasoning saying, "Today I signed the bill."'
    )
    assert _speakers(nlp, text) == ["Terri Collins", "Kay Ivey"]


def test_subject_it_speaks_for_the_organisation_or_the_document_holder(nlp):
    result = _attribute(
        nlp,
        "Acme Corp said on Monday that sales fell. It added that the outlook was weak. "
        "Senator Dana Reyes unveiled her new ad on Friday. It claims that the tax failed.",
    )
    weak = next(s for s in result.statements if "outlook" in s.text)
    assert (weak.speaker, weak.speaker_mention.text) == ("Acme Corp", "It")
    failed = next(s for s in result.statements if "tax failed" in s.text)
    assert (failed.speaker, failed.speaker_mention.text) == ("Dana Reyes", "It")
