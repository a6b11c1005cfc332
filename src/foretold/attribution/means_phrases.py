"""A "by" phrase of means that the parse hung on someone else's clause inside a cue's content.

In "Lee pressured them to stop by threatening their funding" and "Lee defended his ban on
migrants entering by citing a poll" the gerund after "by" has no subject of its own, and the
verb the parse hung the phrase on has a doer of its own other than the subject of the sentence
(the ones told to act, "them to stop"; the subject of a clause inside a noun, "migrants
entering"): "by" names how the subject of the sentence did what it did (Lee threatened, Lee
cited the poll), so the gerund's report is that subject's own and not a part of the cue's
content ("pressured [them to stop]", "defended [his ban on migrants entering]"). A verb of
saying or thinking reports its clause whole, "by" phrase and all ("said [they won by
cheating]"), as does a cue asking for an act by another ("called for [the city to respond
by admitting ...]"), and a phrase on a verb whose doer is the subject stays with it ("sought
[to settle it by paying]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import CLAUSE_VERBS, cue_lemma
from foretold.attribution.misplaced_subjects import NSUBJ_DEPS


def means_phrase(cue: Cue, outer: Cue) -> tuple[int, int] | None:
    """The characters of the "by" phrase whose gerund is the cue, when it tells how the
    subject of the outer cue acted and the parse hung it on another doer's clause inside the
    outer cue's content; None otherwise."""
    token = cue.token
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or _subject(token) is not None:
        return None
    by = token.head
    if by.lower_ != "by" or by.dep_ != "prep":
        return None
    verb = outer.token
    if verb.pos_ != "VERB" or cue_lemma(verb.lemma_, verb.text) in CLAUSE_VERBS:
        return None
    doer = _subject(verb)
    host = by.head
    if doer is None or verb not in host.ancestors:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in host.children):
        return None  # 'called for [the city to respond by admitting ...]': the act asked for
    other = _doer(host)
    if other is None or other.i == doer.i or other.lower_ == doer.lower_:
        return None
    last = max(token.right_edge, by.right_edge, key=lambda t: t.i)
    return by.idx, last.idx + len(last.text)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in NSUBJ_DEPS), None)


def _doer(verb: Token) -> Token | None:
    """Who does what a verb tells: its subject, the object of the verb whose infinitive it is
    ("pressured [them] to stop"), or the doer of that verb ("sought to settle": whoever
    sought)."""
    if (subject := _subject(verb)) is not None:
        return subject
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    above = verb.head
    told = next((c for c in above.children if c.dep_ == "dobj"), None)
    return told if told is not None else _doer(above)
