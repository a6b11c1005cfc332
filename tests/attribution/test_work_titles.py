"""Titles of works and products are no one."""

from foretold.attribution import attribute
from foretold.attribution.work_titles import work_titles
from foretold.ingest.article import make_article


def _people(nlp, text):
    article = make_article(text, language="en")
    return {p.name for p in attribute(nlp(article.text), article).people}


def test_a_title_after_a_noun_for_a_work_is_a_work(nlp):
    doc = nlp(
        "Critics praised the documentary Mister Velo. Web browser Dorna crashed. "
        "It shipped its operating system, Snow Dorn, in June."
    )
    assert work_titles(doc) == {"Mister Velo", "Dorna", "Snow Dorn"}


def test_a_person_after_a_noun_for_a_person_is_no_work(nlp):
    doc = nlp("Film director Ann Velo and his client, Tom Dorn, met on Friday.")
    assert work_titles(doc) == frozenset()


def test_a_film_title_makes_no_person(nlp):
    names = _people(
        nlp, "Friday evening, mockumentary Mister Velo had its world premiere in Paris."
    )
    assert not any("Velo" in n for n in names)
