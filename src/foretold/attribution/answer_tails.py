"""Words an answer goes on with after a statement inside it: in "I think it is in the paper,
but my guess would be, I'd say, 70." the report read from "I'd say" stops before "70", so it
does not stand for the whole answer. The speaker's own pronoun, the cue and the auxiliaries
of a closing aside ("I'd say.", "I think.", "we would argue") add nothing."""

from __future__ import annotations

import re

from foretold.records import Statement

_WORD = re.compile(r"\w+")
# Auxiliaries and contractions a closing aside of the speaker may hold.
_ASIDE_WORDS = frozenset({"d", "ll", "would", "will", "do", "must", "should", "might", "can"})


def goes_on(text: str, statement: Statement, end: int) -> bool:
    """Words of substance follow the statement before ``end`` (the answer's end): more than
    the speaker's pronoun, the cue and the auxiliaries of an aside ("[my guess is], I'd say,
    70." goes on; "[it will fail], I'd say." does not)."""
    mention = statement.speaker_mention
    spare = {
        w.lower() for w in _WORD.findall(f"{mention.text if mention else ''} {statement.cue or ''}")
    }
    tail = {w.lower() for w in _WORD.findall(text[statement.end : end])}
    return bool(tail - spare - _ASIDE_WORDS)
