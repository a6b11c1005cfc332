from datetime import date

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _said_on(nlp, text: str) -> list[date | None]:
    article = make_article(text, language="en", published=date(2021, 3, 12))
    return [s.said_on for s in attribute(nlp(article.text), article).statements]


def test_dateline_gives_no_day_of_saying(nlp):
    text = "Friday, March 12, 2021 The harbour master said the port would reopen."
    assert _said_on(nlp, text) == [None]


def test_day_in_the_sentence_wins_over_the_dateline(nlp):
    text = "Friday, March 12, 2021 The harbour master said on Tuesday the port would reopen."
    assert _said_on(nlp, text) == [date(2021, 3, 9)]


def test_opening_date_of_the_sentence_stays(nlp):
    text = "Friday, March 12, 2021, the harbour master said the port would reopen."
    assert _said_on(nlp, text) == [date(2021, 3, 12)]
