"""A topic a cue names right before a colon that opens the quotation it introduces.

In "Lee spoke about [the strike]: "We will not give in."" or "Ray disagreed with [the
findings]: "..."", the quotation is what was said; the prepositional object before the colon
only says what it was about, so it is no content of its own. An object the cue takes
directly stays ("Ray denied [the charge]: "..."": a denial of it).
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

QUOTE_OPENERS = ('"', "“", "‘", "'")


def drop_quoted_topics(cues: list[Cue], text: str) -> list[Cue]:
    """The cues, each without a prepositional topic that a colon and its quotation follow."""
    for cue in cues:
        if cue.quoted and len(cue.fragments) > 1 and _topic_before_quote(cue, text):
            cue.fragments = cue.fragments[1:]
    return cues


def _topic_before_quote(cue: Cue, text: str) -> bool:
    """Whether a cue's first fragment is the object of a preposition of its verb and runs up
    to a colon after which its next fragment opens a quotation."""
    (_, end), (start, _) = cue.fragments[0], cue.fragments[1]
    if text[end:start].strip() != ":" or not text[start:].startswith(QUOTE_OPENERS):
        return False
    doc = cue.token.doc
    topic = doc.char_span(*cue.fragments[0], alignment_mode="expand")
    if topic is None:
        return False
    head = topic.root
    return (
        head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.i == cue.token.i
        and head.left_edge.i >= topic.start
        and head.right_edge.i < topic.end
    )
