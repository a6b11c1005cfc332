"""A "that" clause has a finite verb; when the parse gives one a bare gerund with a subject
and no auxiliary, the clause's verb is a base form it took for the subject's last noun, as in a
demand in the subjunctive ("they asked that the council cease referring to the march as a
riot": "cease" read as a noun after "council"). The gerund then reports nothing of that
subject: the council is asked to stop, not said to refer.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

_AUXILIARIES = frozenset({"aux", "auxpass"})


def misread_subjunctive(cue: Cue) -> bool:
    """The cue is a gerund marked by "that" with a subject and no auxiliary ("that the council
    cease [referring] to it as a riot"; not "that the council is referring to it")."""
    verb = cue.token
    if verb.tag_ != "VBG":
        return False
    children = list(verb.children)
    if any(c.dep_ in _AUXILIARIES for c in children):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    return marked and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children)
