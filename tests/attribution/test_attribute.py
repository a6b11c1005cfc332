"""The whole attribution stage on one article: statements are unique records."""

from __future__ import annotations

import pytest

from foretold.attribution import attribute
from foretold.ingest.article import make_article

# Wikinews, "Bernie Sanders endorses Joe Biden in 2020 United States presidential election"
# (CC BY 2.5, Wikinews contributors).
ENDORSEMENT = (
    'In a live-streamed statement, Sanders said to Biden: "Today, I am asking all Americans, '
    "I'm asking every Democrat, I'm asking every Independent, I'm asking a lot of Republicans, "
    "to come together in this campaign to support your candidacy, which I endorse — to make "
    "certain that we defeat somebody who I believe — and I'm speaking just for myself now — is "
    'the most dangerous president in the modern history of this country".'
)


def test_a_quotation_with_two_cues_is_one_statement(nlp):
    article = make_article(ENDORSEMENT, language="en")
    statements = attribute(nlp(article.text), article).statements
    ids = [s.id for s in statements]
    assert len(ids) == len(set(ids))
    quoted = [s for s in statements if s.text.startswith('"Today')]
    assert [(s.cue, s.speaker, s.kind) for s in quoted] == [("said", "Sanders", "direct")]


def test_name_beside_a_role_noun_is_the_speaker(nlp):
    text = (
        "After the vote, a United States Department of State spokesperson, Morgan Ortagus, "
        "indicated the United States was disappointed."
    )
    article = make_article(text, language="en")
    statements = attribute(nlp(article.text), article).statements
    assert [s.speaker for s in statements] == ["Morgan Ortagus"]


def test_an_interviewees_answers_are_statements_and_people(nlp):
    text = "\n\n".join(
        [
            "Engineer Priya Raman designs bridges. She answered questions for the Valley Post.",
            "((VP)) What are you building?",
            "((Priya Raman)) A footbridge over the river.",
            "((VP)) When will it open?",
            "((Priya Raman)) It will probably open in May.",
        ]
    )
    article = make_article(text, language="en")
    attribution = attribute(nlp(article.text), article)
    answers = [s for s in attribution.statements if s.cue == "((Priya Raman))"]
    assert [(s.speaker, s.kind, s.text) for s in answers] == [
        ("Priya Raman", "direct", "A footbridge over the river."),
        ("Priya Raman", "direct", "It will probably open in May."),
    ]
    person = next(p for p in attribution.people if p.name == "Priya Raman")
    assert any(m.start == answers[0].speaker_mention.start for m in person.mentions)


def test_speakers_joined_by_and_each_make_the_statement(nlp):
    article = make_article(
        "Ford and Honda both reported a sharp fall in sales.",
        clean=False,
        source="t",
    )
    statements = attribute(nlp(article.text), article).statements
    assert [s.speaker for s in statements] == ["Ford", "Honda"]
    assert {s.text for s in statements} == {"a sharp fall in sales"}
    assert {s.speaker_mention.text for s in statements} == {"Ford and Honda"}
    assert len({s.id for s in statements}) == 2


def test_speakers_joined_by_nor_are_not_each_a_speaker(nlp):
    article = make_article(
        "Neither Lee nor Cole said the bill would pass.", clean=False, source="t"
    )
    statements = attribute(nlp(article.text), article).statements
    assert [s.speaker for s in statements] == [None]  # no one said it, as "nobody said"
    assert [s.speaker_mention.text for s in statements if s.speaker_mention] == [
        "Neither Lee nor Cole"
    ]


def test_entities_with_one_name_make_one_record_of_the_kind_mentioned_most():
    from foretold.attribution import person_records
    from foretold.attribution.entities import Entity

    as_body = Entity("Ann Lee", "organization", mentions=[(0, 7, "Ann Lee")])
    as_person = Entity(
        "Ann Lee", "person", mentions=[(40, 43, "Lee"), (60, 63, "she")], roles={"founder": None}
    )
    (record,) = person_records([as_body, as_person])
    assert (record.name, record.kind, record.roles) == ("Ann Lee", "person", ("founder",))
    assert [m.text for m in record.mentions] == ["Ann Lee", "Lee", "she"]


def test_a_record_lists_no_possessive_among_its_aliases():
    from foretold.attribution import person_records
    from foretold.attribution.entities import Entity

    lee = Entity(
        "Ann Lee",
        "person",
        aliases={"Lee": None, "she": None, "Ann Lee's": None, "the senator": None},
        mentions=[(0, 7, "Ann Lee")],
    )
    (record,) = person_records([lee])
    assert record.aliases == ("Lee", "she", "the senator")


def test_a_clause_run_into_a_verb_that_reports_nothing_has_no_enclosing_speaker(attributed):
    text = (
        "Starting in 1990, he argued for years that the city needed a park; Mayor Ann Cole "
        "signed the bill in 2001."
    )
    assert [s.speaker for s in attributed(text).statements] == [None]


def test_a_reporting_verb_the_lemmatiser_mangles_still_encloses_a_pronoun(attributed):
    text = 'Pat Cole, who hired Mrs. Lee, hopes she told reporters: "We will win this vote."'
    statement = next(s for s in attributed(text).statements if s.cue == "told")
    assert statement.speaker == "Pat Cole"  # "hopes" lemmatised as "hop" reports all the same


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "On Tuesday, the weekly paper Norvia Hirlap revealed a deal whereby, in March, "
            "the state firm Pelko Gepgyar Kft. (Pelko Works) bought the river shipyard "
            "Dravo Marine. The yard confirmed the sale.",
            "revealed",
            "a deal whereby, in March, the state firm Pelko Gepgyar Kft. (Pelko Works) bought "
            "the river shipyard Dravo Marine",
        ),
        (
            "According to the archaeologists, the ritual burial of cats was common from about "
            "900 b.c.e. to 300 c.e., across the whole delta.",
            "According to",
            "the ritual burial of cats was common from about 900 b.c.e. to 300 c.e., across "
            "the whole delta",
        ),
    ],
)
def test_a_report_runs_past_an_abbreviation_inside_its_sentence(attributed, text, cue, content):
    statements = [s for s in attributed(text).statements if s.cue == cue]
    assert [s.text for s in statements] == [content]


def test_a_real_sentence_end_after_a_report_still_ends_it(attributed):
    text = "The mayor said the bridge would open in May. Residents were pleased."
    statements = [s for s in attributed(text).statements if s.cue == "said"]
    assert [s.text for s in statements] == ["the bridge would open in May"]


def test_a_perfect_participle_of_questioning_is_its_subjects_act(attributed):
    text = (
        "Ann Lee was cast in a show. She took the job, having questioned her abilities for years."
    )
    statements = [s for s in attributed(text).statements if s.cue == "questioned"]
    assert [(s.speaker, s.text) for s in statements] == [("Ann Lee", "her abilities")]
