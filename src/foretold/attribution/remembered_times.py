"""A verb of memory reports a past that the speaker calls up: a "when" clause with its own
subject that the parse hung on the cue after what is remembered dates the remembered past,
not the remembering ("she recalled [what it was like to be a child when the army seized the
town]"), unless it tells of an act of saying, the occasion of the remembering ("she recalled
the crash when she testified")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.cues import ALL_VERBS, cue_lemma

# Verbs that call up a past: "recall", "remember", "reminisce".
_MEMORY_VERBS = frozenset({"recall", "remember", "reminisce"})


def remembered_time_clause(child: Token, verb: Token) -> bool:
    """A "when" clause with its own subject and no verb of saying, hung on a verb of memory
    after it: "recalled the fear [when the army seized the town]"."""
    if verb.lemma_ not in _MEMORY_VERBS or child.dep_ != "advcl" or child.i < verb.i:
        return False
    first = child.left_edge
    return (
        first.lower_ == "when"
        and first.head == child
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
    )


def remembered_time_end(verb: Token, end: int) -> int:
    """The end (exclusive) of what a verb of memory calls up, taking in a "when" clause that
    dates it and opens right after it: "recalled [the fear when the army seized the town]"."""
    for child in verb.rights:
        if child.left_edge.i == end and remembered_time_clause(child, verb):
            return max(end, clause_end(child) + 1)
    return end
