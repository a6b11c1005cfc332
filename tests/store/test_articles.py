"""Articles in the real SQLite store: found by id or by a prefix that names one article."""

import pytest

from foretold.errors import NotFound
from foretold.ingest.article import make_article
from foretold.records import Extraction


def _put(store, body):
    article = make_article(body, language="en")
    store.put_extraction(Extraction(article=article))
    return article.id


def test_an_article_is_found_by_its_id_and_by_a_unique_prefix(store):
    first = _put(store, "The council met on Tuesday and voted on the budget.")
    second = _put(store, "A storm closed the harbour for two days last week.")
    assert store.get_article(first).id == first
    prefix = next(first[:n] for n in range(1, len(first)) if not second.startswith(first[:n]))
    assert store.get_article(prefix).id == first


def test_a_prefix_shared_by_two_articles_names_neither(store):
    ids = [_put(store, f"Report number {n} on the harbour works, filed late.") for n in range(40)]
    shared = next(a[:1] for a in ids if sum(b.startswith(a[:1]) for b in ids) > 1)
    with pytest.raises(NotFound, match=f"no single article with id '{shared}'"):
        store.get_article(shared)


def test_an_unknown_id_is_not_found(store):
    _put(store, "The council met on Tuesday and voted on the budget.")
    with pytest.raises(NotFound):
        store.get_article("zzzz-not-an-id")
