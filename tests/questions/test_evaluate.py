from pathlib import Path

import pytest

from foretold.errors import ForetoldError
from foretold.questions.embedding import load_embedder
from foretold.questions.evaluate import evaluate, read_pairs
from foretold.questions.linking import Linker

DEV = Path(__file__).resolve().parents[1] / "data" / "links_dev.jsonl"


def test_dev_set_has_positives_negated_positives_and_negatives():
    pairs = read_pairs(DEV)
    assert len(pairs) >= 60
    assert any(p.linked and p.negated for p in pairs)
    assert any(p.linked and not p.negated for p in pairs)
    assert sum(not p.linked for p in pairs) >= 20


def test_static_model_links_the_dev_set_above_the_floor(nlp):
    scores = evaluate(read_pairs(DEV), Linker(load_embedder("static"), nlp))
    assert scores.precision >= 0.8
    assert scores.recall >= 0.8
    assert scores.orientation_accuracy >= 0.9


def test_malformed_line_names_file_and_line(tmp_path):
    bad = tmp_path / "pairs.jsonl"
    bad.write_text('{"question": {}}\n', encoding="utf-8")
    with pytest.raises(ForetoldError, match="pairs.jsonl:1"):
        read_pairs(bad)
