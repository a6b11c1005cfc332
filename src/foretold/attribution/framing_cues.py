"""A report framing a clause whose own verb is a cue word: in "Forty are confirmed dead,
officials told reporters" the clause's passive "are confirmed" is part of what was said, and
"told", outside the clause with a speaker of its own, reports it; of two cues with the same
words, the framing one speaks them."""

from __future__ import annotations

from foretold.attribution.cue import Cue


def frames(outer: Cue, inner: Cue) -> bool:
    """Whether ``outer`` reports the words ``inner`` also claims, ``inner`` being the verb of
    those words and ``outer`` a cue with a subject outside them: "[Forty are confirmed dead],
    officials told reporters" ("told" frames "confirmed"; not "Lee confirmed [the deal], and
    Ann said so")."""
    if outer.subject is None or not inner.fragments:
        return False
    return _within(inner, inner.token.idx) and not _within(outer, outer.token.idx)


def _within(cue: Cue, where: int) -> bool:
    return any(start <= where < end for start, end in cue.fragments)
