import json

import pytest

from foretold.evaluation.quotes import (
    Counts,
    GoldArticle,
    GoldFileError,
    Scores,
    Unit,
    half_of,
    load_gold,
    match_units,
    quote_kind,
    score_article,
    units_from_statements,
)
from foretold.records import Mention, Statement

TEXT = '"We will win," Clinton told reporters. "We will take the House."'


def _unit(text, part, kind="direct", speaker=None):
    start = text.index(part)
    spk = None
    if speaker:
        at = text.index(speaker)
        spk = ((at, at + len(speaker)),)
    return Unit(((start, start + len(part)),), kind, spk)


def test_half_the_words_of_the_larger_span_match():
    text = "one two three four five six seven eight"
    gold = [_unit(text, "one two three four")]
    assert match_units(text, gold, [_unit(text, "one two three")])  # 3 of 4
    assert not match_units(text, gold, [_unit(text, "four five six seven eight")])  # 1 of 5


def test_matching_is_one_to_one():
    text = "alpha beta gamma delta"
    gold = [_unit(text, "alpha beta gamma delta")]
    predicted = [_unit(text, "alpha beta gamma"), _unit(text, "alpha beta gamma delta")]
    assert [(g, p) for g, p, _ in match_units(text, gold, predicted)] == [(0, 1)]


def test_speaker_overlap_counts_against_the_smaller_span():
    text = "Tatiana Stanovaya, founder of R.Politik, said the end is near."
    gold = [_unit(text, "the end is near", "indirect", "Tatiana Stanovaya, founder of R.Politik")]
    right = [_unit(text, "the end is near", "indirect", "Stanovaya")]
    inside = [_unit(text, "the end is near", "indirect", "R.Politik")]
    assert match_units(text, gold, right)[0][2] is True
    assert match_units(text, gold, inside)[0][2] is True  # all its words lie in the gold span
    nobody = [_unit(text, "the end is near", "indirect")]
    assert match_units(text, gold, nobody)[0][2] is False


def test_gold_fragments_score_against_split_statements():
    first, second = '"We will win,"', '"We will take the House."'
    a, b = TEXT.index(first), TEXT.index(second)
    gold = [Unit(((a, a + len(first)), (b, b + len(second))), "direct", None)]
    mention = Mention("Clinton", TEXT.index("Clinton"), TEXT.index("Clinton") + 7)
    statements = [
        Statement(
            "1", "x", first, a, a + len(first), "direct", "Clinton", None, None, mention, "told"
        ),
        Statement(
            "2", "x", second, b, b + len(second), "direct", "Clinton", None, None, mention, "told"
        ),
    ]
    units = units_from_statements(TEXT, statements)
    assert len(units) == 1
    scores = Scores("test")
    score_article(scores, TEXT, gold, units)
    assert scores.scopes["all"].span() == (1.0, 1.0, 1.0)


def test_two_cues_of_one_word_and_one_speaker_are_two_units():
    text = "Lee said that taxes would rise and said that schools would close."
    mention = Mention("Lee", 0, 3)
    first, second = text.index("said"), text.rindex("said")
    statements = [
        Statement(
            str(n),
            "x",
            part,
            text.index(part),
            text.index(part) + len(part),
            "indirect",
            "Lee",
            None,
            None,
            mention,
            "said",
            cue_start=cue,
            cue_end=cue + 4,
        )
        for n, (part, cue) in enumerate(
            (("taxes would rise", first), ("schools would close", second))
        )
    ]
    assert len(units_from_statements(text, statements)) == 2


def test_kind_heuristic_follows_quote_marks():
    text = 'He said "all of it" and more.'
    at = text.index("all")
    assert quote_kind(text, ((at, at + 10),)) == "direct"
    assert quote_kind(text, ((text.index('"'), len(text)),)) == "mixed"
    assert quote_kind(text, ((text.index("and"), len(text)),)) == "indirect"


def test_empty_counts_score_zero():
    assert Counts().span() == (0.0, 0.0, 0.0)


def test_gold_file_errors_name_the_file(tmp_path):
    with pytest.raises(GoldFileError, match="no such file"):
        load_gold(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    with pytest.raises(GoldFileError, match="bad.jsonl:1"):
        load_gold(bad)
    good = tmp_path / "good.jsonl"
    record = {"id": "a", "text": TEXT, "quotes": []}
    good.write_text(json.dumps(record) + "\n")
    assert load_gold(good)[0].quotes == ()


def test_the_two_halves_split_a_file_by_position_and_cover_it():
    articles = [GoldArticle(str(n), "", ()) for n in range(5)]
    dev, check = half_of(articles, "dev"), half_of(articles, "check")
    assert [a.id for a in dev] == ["1", "3"]
    assert [a.id for a in check] == ["0", "2", "4"]
    assert half_of(articles, None) == articles
    with pytest.raises(GoldFileError, match="--half"):
        half_of(articles, "odd")


def _bare(text, part, number, kind="indirect", cue="question"):
    start = text.index(part)
    return Statement(
        str(number), "x", part, start, start + len(part), kind, None, None, None, None, cue
    )


def test_statements_without_a_mention_split_at_a_new_sentence():
    text = (
        "Voters raised the question of whether taxes would rise. Later the board raised the "
        "question of whether the school would close."
    )
    statements = [
        _bare(text, "whether taxes would rise", 1),
        _bare(text, "whether the school would close", 2),
    ]
    assert len(units_from_statements(text, statements)) == 2


def test_quotations_without_a_mention_stay_one_unit():
    text = '"We will win," the statement said. "We will take the House."'
    statements = [
        _bare(text, '"We will win,"', 1, "direct", "said"),
        _bare(text, '"We will take the House."', 2, "direct", "said"),
    ]
    assert len(units_from_statements(text, statements)) == 1


def test_statements_without_a_mention_in_one_sentence_stay_one_unit():
    text = "Taxes, the report said, would rise and, it said, stay high."
    statements = [_bare(text, "Taxes", 1, cue="said"), _bare(text, "would rise", 2, cue="said")]
    assert len(units_from_statements(text, statements)) == 1


def test_the_command_prints_each_figure_to_three_decimals(shared_data, nlp):
    import re

    from typer.testing import CliRunner

    from foretold.cli.eval import app

    gold = shared_data / "quotes" / "dev.jsonl"
    result = CliRunner().invoke(app, ["quotes", str(gold), "--limit", "2", "--no-baseline", "-q"])
    assert result.exit_code == 0, result.output
    assert "foretold on dev.jsonl (2 articles)" in result.output
    all_row = next(line for line in result.output.splitlines() if "│ all " in line)
    assert len(re.findall(r"\b[01]\.\d{3}\b", all_row)) == 6
