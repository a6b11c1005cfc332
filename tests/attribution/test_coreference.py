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
