"""A bare "this" or "that" for subject points back at the facts just told: the cue verb gives
the writer's reading of them, not anyone's words ("Stream adds features first. That implies
[it runs ahead of the release]", "Deaths rose to 170. That showed [a 93% increase]").

A demonstrative with a noun ("this report shows ...") or another word hung on it ("this
alone shows ..."), a relative "that" ("the study that showed ...") and a cue whose content is
a quotation keep their reports. A source set off inside the sentence ("This, the agency said,
shows ...") reports it through its own cue.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

POINTING_WORDS = frozenset({"this", "that"})


def pointing_subject(cue: Cue) -> bool:
    """Whether a cue verb's subject is a bare demonstrative pronoun, "this" or "that" with
    nothing hung on it: "That implies [X]" (not "That report implies [X]", "the study that
    showed [X]")."""
    subject = cue.subject
    if subject is None or cue.quoted or subject.lower_ not in POINTING_WORDS:
        return False
    if subject.tag_ != "DT" or subject.dep_ != "nsubj":
        return False
    verb = cue.token
    if subject.head.i != verb.i and not (verb.dep_ == "conj" and verb.head.i == subject.head.i):
        return False  # "This renders them eligible and [identifies] them": a shared subject
    return not any(True for _ in subject.children)
