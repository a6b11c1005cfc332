"""A bare verb that the parse hung on a tensed cue as its conjunct belongs to the reported
clause: a past or "-s" verb goes on in its own tense ("issued a ruling and left", "says it
and leaves"), never in the bare form, so a subjectless bare verb after the content goes on
with a bare verb of that content, a subjunctive or an infinitive ("recommended [that the
city reopen the bridge, widen the road and add a lane]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Tags of a tensed cue that a bare conjunct cannot share: past and third person present.
_TENSED_CUE_TAGS = frozenset({"VBD", "VBZ"})
# Words that may stand between the content and the bare conjunct.
_LINKS = frozenset({",", "and", "or"})


def bare_conjunct_end(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a content range after a tensed cue, run on over a subjectless bare verb the
    parse joined to the cue right after the range, when the range has a bare verb of its own:
    "issued [a call that the firm reopen the plant], rehire staff" becomes "issued [a call
    that the firm reopen the plant, rehire staff]" (not "said [it would] and left")."""
    cue = doc[anchor]
    if cue.tag_ not in _TENSED_CUE_TAGS or anchor >= start or end >= len(doc):
        return end
    j = end
    while j < len(doc) and doc[j].lower_ in _LINKS and j - end < 2:
        j += 1
    if j >= len(doc):
        return end
    verb = doc[j]
    if not _bare_conjunct(verb, cue):
        return end
    if not any(_bare_verb(t) for t in doc[start:end]):
        return end
    last = verb.right_edge
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return last.i + 1


def _bare_conjunct(verb: Token, cue: Token) -> bool:
    """A bare verb joined to the cue with no subject or auxiliary of its own."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == cue.i
        and verb.tag_ == "VB"
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children)
    )


def _bare_verb(token: Token) -> bool:
    """A full verb in the bare form: "that the city [reopen] it", "to [reopen] it"."""
    return token.tag_ == "VB" and token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass"}
