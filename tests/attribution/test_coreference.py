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
