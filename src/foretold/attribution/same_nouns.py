"""Speakers named again as "the same" noun.

News names a speaker once with a common noun ("One study noted ...", "a police officer
said ...") and comes back to it with "the same" and that noun ("The same study also noted
...", "the same officer added ..."). "The same" says the speaker is the one already named
by that noun, not a new one: the later statement belongs to the earlier speaker.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token


def same_noun(mention: Span, head: Token) -> str | None:
    """The common noun, in lower case, of a mention "the same [noun]" ("The same study" ->
    "study", "the same senior officer" -> "officer"); None for any other mention ("the study",
    "the same", "the same Jane Moss")."""
    if head.pos_ != "NOUN" or mention[0].lower_ != "the":
        return None
    if not any(t.lower_ == "same" and t.head == head for t in mention if t.i < head.i):
        return None
    return head.lower_


def earlier_same(
    noun: str, before: int, mentions: Iterable[tuple[int, tuple[int, int, str]]]
) -> int | None:
    """Which of the speakers met before ``before`` (a character offset) was last named with
    ``noun`` as its last word: the index given with that mention ("One study noted ...
    The same study": the one study), or None when none was."""
    found: tuple[int, int] | None = None
    for index, (start, _end, text) in mentions:
        if start >= before or text.rsplit(" ", 1)[-1].lower() != noun:
            continue
        if found is None or start > found[0]:
            found = (start, index)
    return None if found is None else found[1]
