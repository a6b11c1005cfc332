"""Whereabouts last known: "last known" tells where a thing or person was last traced, a
record of whereabouts and no one's belief or words ("the ship, [which was last known to be
in the strait], vanished", "the hiker was last known to be heading north"); "known" without
"last" keeps its report ("a man known to be armed"). Likewise "reported missing" files a
notice that someone cannot be found, an event and no one's claim ("the hiker was reported
missing", "his wife reported him missing"); "reported that he was missing" keeps its report.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Adverbs that make "known" the latest trace of a thing: "last known", "last known to be".
_LATEST = frozenset({"last"})
# Words of a state of whereabouts a report files: "reported [missing]".
_UNFOUND = frozenset({"missing"})
# Dependents by which the parser hangs the state on "reported".
_STATE_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp"})


def last_known(cue: Cue) -> bool:
    """ "Known" modified by "last": "[it was last known to be in the strait]"."""
    verb = cue.token
    if cue.quoted or verb.lower_ != "known":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _LATEST for c in verb.children)


def reported_missing(verb: Token) -> bool:
    """ "Report" with "missing" for the state of its object: "[she was reported missing]",
    "[they reported him missing]" (not "reported that he was missing")."""
    if verb.lemma_.lower() != "report":
        return False
    return any(
        c.dep_ in _STATE_DEPS and c.lower_ in _UNFOUND and not _clause_head(c)
        for c in verb.children
    )


def _clause_head(word: Token) -> bool:
    """A word heading a clause of its own, with a linking word or a tense ("that it was
    [missing]"), not a bare state ("reported it [missing]")."""
    return any(c.dep_ in {"mark", "aux", "auxpass"} for c in word.children)
