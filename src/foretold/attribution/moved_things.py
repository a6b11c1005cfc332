"""A verb that moves someone to act, in the passive with a thing for subject and no act to
do: the thing was moved, not addressed ("[the cart] was pushed back by a porter", "[the
date] was pushed back"). Its active counterpart with a bare object is no report either
("pushed [the cart]"); a person moved to act stays ("she was pressed to resign")."""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import HUMAN_SUBJECTS, cue_lemma
from foretold.attribution.speaker_words import people, person_noun

# Verbs that move someone to act, or move a thing.
SHOVING_VERBS = frozenset({"push", "press"})
# Complements that give the act the one moved is to do.
_ACT_DEPS = frozenset({"xcomp", "ccomp", "oprd"})


def moved_thing(cue: Cue) -> bool:
    """A passive of pushing whose subject is no person and which names no act: "as [the cart]
    was being pushed back by a porter" (not "the aide was pushed to resign", nor "it was
    pressed that the vote be held")."""
    verb = cue.token
    if cue_lemma(verb.lemma_, verb.text) not in SHOVING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ in _ACT_DEPS for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ == "it" or subject.pos_ == "PRON":
        return False
    return not (people(subject) or person_noun(subject) or subject.ent_type_ in HUMAN_SUBJECTS)
