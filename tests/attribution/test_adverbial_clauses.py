from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _statements(nlp, text):
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


def test_purpose_clause_is_no_content(nlp):
    text = (
        "On Monday, lawyers from ten states filed a combined lawsuit against the state of"
        " emergency President Lee declared last Friday so he could fund a dam on the river."
    )
    assert not any(t.startswith("so ") for _, t in _statements(nlp, text))


def test_reported_clause_stays(nlp):
    text = "The governor declared that the dam would be built by spring."
    assert ("declared", "that the dam would be built by spring") in _statements(nlp, text)


def test_relative_where_after_a_comma_is_no_content(nlp):
    text = "Rioting continued in Harbourton, Maine as well, where a guard was shot and killed."
    assert not any(t.startswith("where ") for _, t in _statements(nlp, text))


def test_relative_where_takes_no_quote_after_it(nlp):
    text = (
        "Protests continued in Leeds as well, where a guard was shot and wounded."
        ' "Calm" was the word.'
    )
    assert not any(cue == "continued" for cue, _ in _statements(nlp, text))


def test_reported_where_question_stays(nlp):
    text = "She asked where the money had gone."
    assert ("asked", "where the money had gone") in _statements(nlp, text)


def test_an_adverbial_clause_before_an_aside_opens_the_clause_it_interrupts(contents):
    text = (
        "After the board approved the new budget last spring, Moss said, most schools in the "
        "district were able to hire teachers."
    )
    assert contents(text) == [
        (
            "said",
            "After the board approved the new budget last spring, Moss said, most schools in "
            "the district were able to hire teachers",
        )
    ]


def test_clause_opening_the_sentence_before_a_reporting_aside_is_its_content(nlp):
    text = "Because the harbour froze early, says the report, the ferries stopped."
    found = [t for c, t in _statements(nlp, text) if c == "says"]
    assert found and found[0].startswith("Because the harbour froze early")
