"""Where a statement's cue stands in the body, so that the cue is evidence as the content is:
``text[cue_start:cue_end]`` is the cue as the statement gives it ("said", "according to"), and
two reports by one speaker with the same verb ("she said [A] and later said [B]") stay two."""

from __future__ import annotations

from foretold.attribution.cue import Cue


def cue_offsets(text: str, cue: Cue) -> tuple[int, int]:
    """The body offsets of ``cue``'s words: its text where it starts at the cue token, else the
    token alone (a cue named by a word other than its own: a quotation's sign or a label)."""
    start = cue.token.idx
    if cue.text and text.startswith(cue.text, start):
        return start, start + len(cue.text)
    return start, start + len(cue.token.text)


def stripped_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of ``text[start:end]`` without the white space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
