"""Questions in the writer's own voice: an unquoted cue in a sentence that asks, with a modal
before its subject and a question mark at the end, reports nothing but asks what someone
should or might do or think ("Why should voters back the mayor?", "In which states should
fans expect to see the band?", "Would you consider a run?"). A sentence holding quotation
marks is left alone: the question may be someone's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import QUOTE_CHARS, Cue

# Dependencies of a modal that can stand before the subject in a question.
AUX_DEPS = frozenset(["aux", "auxpass"])
# Dependencies of a noun phrase that is the subject of its verb, active or passive.
NOMINAL_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])


def open_question(cue: Cue) -> bool:
    """An unquoted cue asked about in a question: "Why should voters [consider] the plan?"
    (but "She asked why voters should consider it." and "'Why should I care?' he asked")."""
    if cue.quoted:
        return False
    sent = cue.token.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    if any(t.text in QUOTE_CHARS or t.text in {"``", "''"} for t in sent):
        return False
    return _inverted(cue.token)


def _inverted(verb: Token) -> bool:
    """A verb, or the verb it hangs on as an infinitive, with a modal before its subject:
    "[should] voters consider", "[would] she expect to win"."""
    while True:
        children = list(verb.children)
        auxes = [c.i for c in children if c.dep_ in AUX_DEPS and c.tag_ == "MD"]
        subjects = [c.i for c in children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if auxes and subjects:
            return min(auxes) < min(subjects)
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        verb = verb.head
