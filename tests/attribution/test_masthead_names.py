"""Names of newspapers and bulletins that the tagger labels PERSON."""

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _people(nlp, text):
    article = make_article(text, language="en")
    return attribute(nlp(article.text), article).people


def test_bulletin_and_gazeta_are_publications_not_people(nlp):
    people = _people(
        nlp,
        "Local authorities, according to Maritime Bulletin, have noted other unusual data. "
        "Gazeta Prawna reports only 0.5% of turnover comes from this segment.",
    )
    kinds = {p.name: p.kind for p in people}
    assert kinds["Maritime Bulletin"] == "organization"
    assert kinds["Gazeta Prawna"] == "organization"


def test_a_surname_that_is_also_a_paper_word_stays_a_person(nlp):
    people = _people(nlp, '"The market is waking," said Jim Press, a vice president.')
    assert ("Jim Press", "person") in {(p.name, p.kind) for p in people}


def test_a_description_of_a_chain_is_not_the_paper_that_reported_on_it(nlp):
    article = make_article(
        "Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big for a "
        "single sale. The chain's press release reported 22 sold units in the past year.",
        language="en",
    )
    statements = attribute(nlp(article.text), article).statements
    assert [s.speaker for s in statements if s.cue == "reported"] == ["Tesco"]
