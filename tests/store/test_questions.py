from datetime import date

import pytest

from foretold.errors import NotFound, StoreError
from foretold.records import Article, Extraction, Forecast

TITLE = "In Biden-Putin Talks, Key Question Is Russia's Intent in Ukraine"
INVASION = "Will Russia launch a military offensive into Ukraine?"


def _forecast(article, fid, proposition, p=0.3, condition=None):
    start = article.text.index(proposition)
    return Forecast(
        fid,
        article.id,
        "Analyst",
        proposition,
        start,
        start + len(proposition),
        proposition,
        p,
        condition=condition,
        said_on=article.published,
    )


def _extraction(article_id="a1", published=date(2021, 12, 6)):
    text = (
        "Hostilities break out. Biden and Putin agree on anything concrete. Russia invades Ukraine."
    )
    article = Article(article_id, text, title=TITLE, published=published)
    forecasts = (
        _forecast(
            article, f"{article_id}-war", "Hostilities break out", 0.2, condition="the talks fail"
        ),
        _forecast(article, f"{article_id}-talks", "Biden and Putin agree on anything concrete"),
        _forecast(article, f"{article_id}-invade", "Russia invades Ukraine", 0.8),
    )
    return Extraction(article, forecasts=forecasts)


def _linked(store, qid):
    return {lf.forecast.id for lf in store.forecasts_of_question(qid)}


def test_creating_a_question_links_the_stored_forecasts_about_it(store):
    store.put_extraction(_extraction())
    question = store.create_question(INVASION, closes=date(2022, 12, 31))
    assert _linked(store, question.id) == {"a1-war", "a1-invade"}


def test_ingesting_links_new_forecasts_to_open_questions(store):
    question = store.create_question(INVASION, closes=date(2022, 12, 31))
    store.put_extraction(_extraction("a2"))
    links = {lk.forecast_id: lk for lk in store.links_of_question(question.id)}
    assert set(links) == {"a2-war", "a2-invade"}
    assert all(lk.by == "machine" and 0.5 <= lk.confidence <= 1 for lk in links.values())


def test_person_decisions_survive_machine_relinking(store):
    store.put_extraction(_extraction())
    question = store.create_question(INVASION, closes=date(2022, 12, 31))
    store.unlink("a1-war", question.id)
    store.link("a1-talks", question.id, negated=True)
    store.relink_question(question.id)
    linked = {lf.forecast.id: lf.link for lf in store.forecasts_of_question(question.id)}
    assert set(linked) == {"a1-talks", "a1-invade"}
    assert linked["a1-talks"].by == "person" and linked["a1-talks"].negated


def test_condition_status_is_recorded_and_shown_with_the_link(store):
    store.put_extraction(_extraction())
    question = store.create_question(INVASION, closes=date(2022, 12, 31))
    store.set_condition("a1-war", met=False)
    (war,) = [lf for lf in store.forecasts_of_question(question.id) if lf.forecast.id == "a1-war"]
    assert war.condition_met is False


def test_condition_of_an_unconditional_forecast_is_refused(store):
    store.put_extraction(_extraction())
    with pytest.raises(StoreError, match="no condition"):
        store.set_condition("a1-invade", met=True)


def test_duplicate_question_is_refused(store):
    store.create_question(INVASION)
    with pytest.raises(StoreError, match="already exists"):
        store.create_question("  Will Russia launch a military offensive into Ukraine? ")


def test_unknown_ids_raise_not_found(store):
    with pytest.raises(NotFound):
        store.get_question("nope")
    question = store.create_question(INVASION)
    with pytest.raises(NotFound):
        store.link("nope", question.id)
