import pytest
from typer.testing import CliRunner

from foretold.cli import app
from foretold.evaluation.agreement import (
    Agreement,
    AnnotatedArticle,
    add_article,
    evaluate_agreement,
    load_annotated,
    span_f1_interval,
)
from foretold.evaluation.quotes import GoldFileError, Unit

runner = CliRunner()
TEXT = "The mayor said the bridge will reopen in May. Engineers doubt the schedule will hold."


def _unit(part: str, speaker: str | None = None) -> Unit:
    start = TEXT.index(part)
    spoken = None
    if speaker:
        at = TEXT.index(speaker)
        spoken = ((at, at + len(speaker)),)
    return Unit(((start, start + len(part)),), "indirect", spoken)


BRIDGE = _unit("the bridge will reopen in May", "The mayor")
SCHEDULE = _unit("the schedule will hold", "Engineers")


def _ann(*units: tuple[str, str, str]) -> str:
    lines = []
    for n, (source, cue, content) in enumerate(units):
        t = 4 * n
        for offset, (kind, part) in enumerate(
            (("Source", source), ("Cue", cue), ("Content", content))
        ):
            start = TEXT.index(part)
            lines.append(f"T{t + offset + 1}\t{kind} {start} {start + len(part)}\t{part}")
        start = TEXT.index(cue)
        lines.append(f"T{t + 4}\tAttribution {start} {start + len(cue)}\t{cue}")
        lines.append(
            f"E{n + 1}\tAttribution:T{t + 4} Source:T{t + 1} Cue:T{t + 2} Content:T{t + 3}"
        )
    return "\n".join(lines) + "\n"


MAYOR = ("The mayor", "said", "the bridge will reopen in May")
ENGINEERS = ("Engineers", "doubt", "the schedule will hold")


@pytest.fixture
def corpus(tmp_path):
    """Two annotators of one article who disagree on its second report, a third article
    annotated once, and one broken annotation file."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name in ("story", "single", "broken"):
        (tmp_path / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    notes = tmp_path / "attributions"
    (notes / "story_ann1.ann").write_text(_ann(MAYOR, ENGINEERS), encoding="utf-8")
    (notes / "story_ann2.ann").write_text(_ann(MAYOR), encoding="utf-8")
    (notes / "single_ann1.ann").write_text(_ann(MAYOR), encoding="utf-8")
    (notes / "broken_ann1.ann").write_text(_ann(MAYOR), encoding="utf-8")
    (notes / "broken_ann2.ann").write_text("T1\tContent 0 oops\tx\n", encoding="utf-8")
    return tmp_path


def test_only_articles_with_two_readable_annotations_are_loaded(corpus):
    articles, problems = load_annotated(corpus)
    assert [a.id for a in articles] == ["story"]
    assert set(articles[0].annotations) == {"ann1", "ann2"}
    assert len(problems) == 1 and "broken_ann2.ann:1" in problems[0]


def test_a_directory_without_the_layout_is_an_error(tmp_path):
    with pytest.raises(GoldFileError, match="needs text/ and attributions/"):
        load_annotated(tmp_path)


def _agreement(annotations: dict[str, tuple[Unit, ...]], predicted: list[Unit]) -> Agreement:
    agreement = Agreement()
    add_article(agreement, AnnotatedArticle("story", TEXT, annotations), predicted)
    return agreement


def test_annotators_are_scored_against_each_other_in_both_directions():
    agreement = _agreement({"a": (BRIDGE, SCHEDULE), "b": (BRIDGE,)}, [BRIDGE])
    counts = agreement.annotators.scopes["all"]
    # a as gold: b finds 1 of 2; b as gold: a's 2 units hold 1 match.
    assert (counts.gold, counts.predicted, counts.span_hits_gold) == (3, 3, 2)
    assert counts.span() == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_the_system_is_scored_against_each_annotator():
    agreement = _agreement({"a": (BRIDGE, SCHEDULE), "b": (BRIDGE,)}, [BRIDGE])
    system, others = agreement.by_annotator["a"]
    assert system.span() == pytest.approx((1.0, 0.5, 2 / 3))
    assert agreement.by_annotator["b"][0].span() == pytest.approx((1.0, 1.0, 1.0))
    assert others.span()[1] == pytest.approx(0.5)


def test_majority_units_are_those_more_than_half_the_annotators_mark():
    annotations = {"a": (BRIDGE, SCHEDULE), "b": (BRIDGE,), "c": (BRIDGE, SCHEDULE)}
    agreement = _agreement(annotations, [SCHEDULE])
    # BRIDGE by 3 of 3 (three times, once per annotator), SCHEDULE by 2 of 3 (twice).
    assert agreement.majority_units == 5
    assert agreement.majority_found == 2
    assert agreement.majority_precision() == 1.0


def test_a_unit_only_one_of_two_annotators_marks_is_no_majority():
    agreement = _agreement({"a": (BRIDGE, SCHEDULE), "b": (BRIDGE,)}, [SCHEDULE])
    assert agreement.majority_units == 2  # BRIDGE, once per annotator
    assert agreement.majority_found == 0
    assert agreement.majority_precision() == 0.0


def test_the_interval_of_identical_articles_is_their_figure():
    agreement = Agreement()
    for _ in range(5):
        add_article(
            agreement,
            AnnotatedArticle("story", TEXT, {"a": (BRIDGE, SCHEDULE), "b": (BRIDGE,)}),
            [BRIDGE],
        )
    low, high = span_f1_interval(agreement.per_article, 0, draws=50)
    assert low == high == pytest.approx(2 / 3)
    assert span_f1_interval([], 1) == (0.0, 0.0)


def test_the_system_is_run_on_each_article(corpus):
    agreement = evaluate_agreement(corpus)
    assert agreement.articles == 1
    system, _ = agreement.by_annotator["ann2"]
    assert system.span_hits_gold == 1  # the mayor's report, found by the attribution stage


def test_the_command_prints_both_comparisons_and_names_skipped_files(corpus):
    result = runner.invoke(app, ["eval", "agreement", str(corpus), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Attribution agreement on 1 multiply-annotated articles" in result.output
    assert "95% interval over articles" in result.output
    assert "skipped" in result.output and "broken_ann2.ann:1" in result.output


def test_the_command_fails_in_one_line_without_annotated_articles(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    result = runner.invoke(app, ["eval", "agreement", str(tmp_path)])
    assert result.exit_code == 1
    assert "no article has two or more annotation files" in result.output
