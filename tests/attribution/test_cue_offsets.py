"""Each statement's cue, found again in the body at the offsets it gives."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.attribution.cue_offsets import stripped_range
from foretold.ingest.article import make_article


def _cues(nlp, body):
    article = make_article(body, language="en")
    result = attribute(nlp(article.text), article)
    return article.text, [(s.cue, s.cue_start, s.cue_end) for s in result.statements]


def test_the_cue_stands_at_its_offsets(nlp):
    text, cues = _cues(
        nlp,
        "According to the ministry, the plant will close. Ann Lee said the town would "
        'recover, and she later said it had. "We will rebuild," the mayor told reporters.',
    )
    assert len(cues) >= 4
    assert all(text[start:end] == cue for cue, start, end in cues)
    assert ("According to", 0, 12) in cues


def test_two_reports_with_one_verb_have_two_cues(nlp):
    text, cues = _cues(nlp, "Ann Lee said the town would recover, and she later said it had.")
    said = sorted(start for cue, start, _ in cues if cue == "said")
    assert said == [text.index("said"), text.rindex("said")]


INTERVIEW = "\n\n".join(
    [
        "Beekeeper Ruth Okafor has kept hives on the hill farm since 2004. She spoke with the "
        "Valley Courier about the last season.",
        "((VC)) How did the season go?",
        "((Ruth Okafor)) The hives came through the winter, and the honey was late.",
        "((VC)) What comes next?",
        "((Ruth Okafor)) We will move half of the hives to the orchards in April.",
    ]
)


def test_an_interview_answer_gives_its_label_as_cue(nlp):
    text, cues = _cues(nlp, INTERVIEW)
    labelled = [(cue, start, end) for cue, start, end in cues if cue.startswith("((")]
    assert labelled
    assert all(text[start:end] == cue for cue, start, end in labelled)


def test_the_white_space_around_a_cue_is_left_out():
    assert stripped_range("a  -- b", 1, 5) == (3, 5)
    assert stripped_range("   ", 0, 3) == (3, 3)
