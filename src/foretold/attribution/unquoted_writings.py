"""A letter, email or statement the article reproduces without quotation marks after a
colon ("Lee's email reads: Team, I am taking leave. I have asked Ann Cole to step in."): the
"I" or "we" of the sentences that follow it in its paragraph, outside quotation marks, is
whoever the text after the colon was credited to, so long as that text speaks in the first
person itself and no one else speaks between.
"""

from __future__ import annotations

import re
from dataclasses import replace

from foretold.attribution.quotes import QuoteSpan
from foretold.records import Mention, Statement

_FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|[Mm](?:e|y)|[Ww]e|[Oo]ur|[Uu]s)\b")


def credit_unquoted_writings(
    text: str, quotes: tuple[QuoteSpan, ...], statements: list[Statement]
) -> list[Statement]:
    """The statements with a speakerless "I" or "we" outside quotation marks given to the
    author of the unquoted first-person text after a colon that opens their paragraph's
    writing (``_writing``)."""
    out = list(statements)
    author: Statement | None = None
    for index in sorted(range(len(out)), key=lambda i: out[i].start):
        statement = out[index]
        mention = statement.speaker_mention
        if author is not None and "\n" in text[author.end : statement.start]:
            author = None
        if statement.speaker is None and author is not None and _first_person(mention, quotes):
            out[index] = replace(
                statement,
                speaker=author.speaker,
                speaker_id=author.speaker_id,
                speaker_role=author.speaker_role,
            )
        elif _writing(text, quotes, statement):
            author = statement
        elif statement.speaker is not None and statement.speaker != (author and author.speaker):
            author = None
    return out


def _first_person(mention: Mention | None, quotes: tuple[QuoteSpan, ...]) -> bool:
    """An "I" or "we" outside quotation marks."""
    if mention is None or mention.text.lower() not in _FIRST_PERSON_SUBJECTS:
        return False
    return not any(q.start <= mention.start < q.end for q in quotes)


def _writing(text: str, quotes: tuple[QuoteSpan, ...], statement: Statement) -> bool:
    """A credited text that opens after a colon, outside quotation marks, and speaks in the
    first person ("reads: Team, at my request ...")."""
    if statement.speaker is None or not text[: statement.start].rstrip().endswith(":"):
        return False
    if any(q.start <= statement.start < q.end for q in quotes):
        return False
    return bool(_FIRST_PERSON_WORDS.search(statement.text))
