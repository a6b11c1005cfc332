"""How far back a search for an earlier mention reaches."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from foretold.attribution.sentence_reach import narrated_reach_start, reach_start


def _three_sentences() -> Doc:
    words = ["Ann", "Lee", "won", ".", "Cole", "lost", ".", "The", "latter", "said", "so", "."]
    starts = [True, False, False, False, True, False, False, True, False, False, False, False]
    return Doc(Vocab(), words=words, sent_starts=starts)


def test_reach_opens_at_the_sentence_so_many_before():
    doc = _three_sentences()
    assert reach_start(doc[8], 0) == 7
    assert reach_start(doc[8], 1) == 4
    assert reach_start(doc[8], 2) == 0


def test_reach_stops_at_the_first_sentence():
    doc = _three_sentences()
    assert reach_start(doc[8], 5) == 0
    assert reach_start(doc[1], 1) == 0


def test_narrated_reach_passes_over_sentences_wholly_quoted():
    words = ["A", "woman", "came", ".", "\u201c", "Stop", ".", "Be", "calm", ".", "\u201d"]
    words += ["She", "left", "."]
    starts = [True, False, False, False, True, False, False, True, False, False, False]
    starts += [True, False, False]
    doc = Doc(Vocab(), words=words, sent_starts=starts)
    in_quote = [-1] * 4 + [0] * 7 + [-1] * 3
    assert reach_start(doc[11], 1) == 7
    assert narrated_reach_start(doc[11], 1, in_quote) == 0
