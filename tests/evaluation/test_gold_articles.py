from datetime import date

from foretold.evaluation.gold_articles import article_of
from foretold.evaluation.speakers import GoldSpeakers


def test_a_gold_article_keeps_its_fields_and_id_as_source():
    gold = GoldSpeakers(
        "wn-1", "Lee said no.", (), title="T", url="https://x.test/a", published=date(2021, 12, 6)
    )
    article = article_of(gold)
    assert (article.source, article.title, article.url) == ("wn-1", "T", "https://x.test/a")
    assert article.published == date(2021, 12, 6)


def test_an_unclean_gold_article_is_kept_byte_for_byte():
    gold = GoldSpeakers("a", "Lee  said\n\nno.  ", ())
    assert article_of(gold, clean=False).text == "Lee  said\n\nno.  "
    assert article_of(gold).text != gold.text
