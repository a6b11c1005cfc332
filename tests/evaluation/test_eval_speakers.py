import json
from pathlib import Path

import pytest

from foretold.evaluation.speakers import (
    ArticleScore,
    GoldError,
    SpeakerScores,
    evaluate,
    find_speaker,
    is_named,
    predicted_names,
    read_gold,
    same,
    score_article,
)

GOLD = Path(__file__).resolve().parents[1] / "data" / "speakers_wikinews.jsonl"
HELDOUT = GOLD.with_name("speakers_heldout.jsonl")
TRUMP = ("Donald Trump", "Trump")
WHO = ("World Health Organization", "WHO")


def test_names_compare_without_case_or_accents_but_keep_their_words():
    assert same("Wanda Vázquez", "WANDA VAZQUEZ")
    assert same("Jaime Perez-Guerra", "Jaime Perez Guerra")
    assert not same("World Health Organization (WHO", "World Health Organization")
    assert not same("", "")


def test_only_names_with_a_capitalised_word_count_as_named():
    assert is_named("Anne Hidalgo")
    assert is_named("eBay chief John Donahoe")
    assert not is_named("the mayor")
    assert not is_named("Iraqi government")
    assert not is_named("Many analysts")
    assert is_named("Bank of America")
    assert not is_named("government of Burundi")
    assert not is_named("")
    assert not is_named(None)


def test_predicted_names_are_distinct_named_speakers_in_order():
    speakers = ["Trump", None, "officials", "WHO", "TRUMP", "Donald Trump"]
    assert predicted_names(speakers) == ["Trump", "WHO", "Donald Trump"]


def test_a_name_finds_the_speaker_it_is_a_variant_of():
    assert find_speaker("who", [TRUMP, WHO]) == 1
    assert find_speaker("United States Senator", [TRUMP, WHO]) is None


def test_scoring_separates_matches_misses_wrong_names_and_duplicates():
    gold = [TRUMP, WHO, ("Anne Hidalgo",)]
    predicted = ["Trump", "Donald Trump", "World Health Organization (WHO", "mayor"]
    score = score_article("a", gold, predicted)
    assert score.matched == (("Trump", "Donald Trump"),)
    assert score.missed == ("World Health Organization", "Anne Hidalgo")
    assert score.wrong == ("World Health Organization (WHO", "mayor")
    assert score.duplicates == (("Donald Trump", "Donald Trump"),)
    assert (score.predicted, score.gold) == (4, 3)


def test_scores_are_micro_averaged_over_articles():
    scores = SpeakerScores(
        articles=[
            score_article("a", [TRUMP], ["Donald Trump"]),
            score_article("b", [WHO, ("Anne Hidalgo",)], ["WHO", "Officials"]),
            score_article("c", [], ["Reuters"]),
        ]
    )
    assert (scores.tp, scores.predicted, scores.gold) == (2, 4, 3)
    assert scores.canonical == 1
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(4 / 7)
    assert scores.misses() == [("b", "Anne Hidalgo")]
    assert scores.wrong() == [("b", "Officials"), ("c", "Reuters")]


def test_empty_scores_are_zero_not_an_error():
    scores = SpeakerScores(articles=[ArticleScore("a")])
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


def test_gold_lines_need_text_and_lists_of_names(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "speakers": ["Trump"]}) + "\n")
    with pytest.raises(GoldError, match="lists of names"):
        read_gold(path)
    path.write_text(json.dumps({"id": "a", "speakers": []}) + "\n")
    with pytest.raises(GoldError, match="text"):
        read_gold(path)
    with pytest.raises(GoldError, match="no such file"):
        read_gold(tmp_path / "none.jsonl")


@pytest.mark.parametrize(("path", "count"), [(GOLD, 40), (HELDOUT, 30)], ids=["dev", "heldout"])
def test_the_gold_file_is_well_formed(path, count):
    golds = read_gold(path)
    assert len(golds) == count
    assert len({g.id for g in golds}) == count
    assert all(g.published is not None and g.url for g in golds)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["license"] == "https://creativecommons.org/licenses/by/2.5/"
        assert row["attribution"] == "Wikinews contributors"


def test_the_heldout_gold_shares_no_article_with_the_dev_gold():
    assert not {g.id for g in read_gold(GOLD)} & {g.id for g in read_gold(HELDOUT)}


def test_the_pipeline_scores_real_gold_articles(nlp):
    golds = read_gold(GOLD, limit=3)
    seen: list[str] = []

    def progress(items, total):
        assert total == 3
        for item in items:
            seen.append(item.id)
            yield item

    scores = evaluate(golds, progress=progress)
    assert seen == [g.id for g in golds]
    assert [a.id for a in scores.articles] == seen
    assert not scores.failures
    assert scores.gold == sum(len(g.speakers) for g in golds)
    assert 0 < scores.tp <= min(scores.predicted, scores.gold)
    assert 0.0 < scores.f1 <= 1.0
    for article in scores.articles:
        assert all(is_named(name) for name in article.wrong)


def test_the_command_prints_the_figures_and_the_errors(nlp):
    from typer.testing import CliRunner

    from foretold.cli.eval import app

    result = CliRunner().invoke(app, ["speakers", str(GOLD), "--limit", "2", "--errors"])
    assert result.exit_code == 0, result.output
    assert "Named speakers on speakers_wikinews.jsonl (2 articles)" in result.output
    assert "F1" in result.output


def test_the_command_names_a_missing_file(tmp_path):
    from typer.testing import CliRunner

    from foretold.cli.eval import app

    result = CliRunner().invoke(app, ["speakers", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1


def test_groups_are_not_named_speakers():
    from foretold.evaluation.speakers import _named_speakers
    from foretold.ingest.article import make_article
    from foretold.records import Extraction, Person, Statement

    article = make_article("Chinese officials said it. Ann Lee denied it.", language="en")
    people = (
        Person(id="officials", name="Chinese officials", kind="group"),
        Person(id="ann-lee", name="Ann Lee", kind="person"),
    )

    def said(speaker: Person) -> Statement:
        return Statement(
            id=speaker.id, article_id=article.id, text="it", start=0, end=2, kind="indirect",
            speaker=speaker.name, speaker_id=speaker.id,
        )  # fmt: skip

    extraction = Extraction(article, people, tuple(said(p) for p in people))
    assert _named_speakers(extraction) == ["Ann Lee"]
