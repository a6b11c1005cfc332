"""Words an answer goes on with after a statement inside it."""

from foretold.attribution.answer_tails import goes_on
from foretold.records import Mention, Statement


def _statement(text: str, content: str, mention: str, cue: str) -> Statement:
    start = text.index(content)
    at = text.index(mention, start + len(content))
    return Statement(
        id="s",
        article_id="a",
        text=content,
        start=start,
        end=start + len(content),
        kind="indirect",
        speaker="Ann Lee",
        speaker_mention=Mention(mention, at, at + len(mention)),
        cue=cue,
    )


def test_a_figure_after_a_closing_aside_goes_on():
    text = "My guess would be something like, I'd say, forty."
    statement = _statement(text, "My guess would be something like", "I", "say")
    assert goes_on(text, statement, len(text))


def test_a_closing_aside_alone_does_not_go_on():
    text = "The bridge will need repairs, I'd say."
    statement = _statement(text, "The bridge will need repairs", "I", "say")
    assert not goes_on(text, statement, len(text))
