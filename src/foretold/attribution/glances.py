"""A glance for subject: "A look at the budget suggests [the cuts fall on schools]", "a quick
browse through the archive shows [that ...]". The glance is the writer's own, and what the
cue verb says is the writer's reading of what was looked at, not anyone's report. A search, a
review or a study ("a review of the records shows ...") is an inquiry someone made and stays a
source.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

GLANCE_NOUNS = frozenset({"look", "glance", "browse", "peek", "skim"})


def glance_subject(cue: Cue) -> bool:
    """Whether the cue's subject is a noun of a glance: "A close look at the fleet suggests
    [X]" (not "A review of the fleet suggests [X]")."""
    subject = cue.subject
    if subject is None or cue.quoted or subject.pos_ != "NOUN":
        return False
    return subject.lemma_.lower() in GLANCE_NOUNS
