"""Recognition in law or diplomacy: "recognize" with a noun phrase for object and a word of
form ("legally", "formally", "officially") or a state, body or union for object grants a
status, and reports no one's view ("the law will legally recognize civil unions", "the
country recognized Kosovo in 2008"). "Recognize that ..." and recognizing a need, a fact or
someone's work ("she recognized the need for reform") stay.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Verbs of recognition.
RECOGNIZING_VERBS = frozenset(["recognize", "recognise"])
# Adverbs of a status granted in form.
FORMAL_ADVERBS = frozenset(
    ["legally", "formally", "officially", "diplomatically", "lawfully", "constitutionally"]
)
# Entity types of a state or a body a government recognizes.
STATE_ENTITIES = frozenset(["GPE", "NORP"])
# Nouns of a status, a bond or a body given legal standing.
STATUS_NOUNS = frozenset(
    [
        *("marriage", "marriages", "union", "unions", "partnership", "partnerships"),
        *("independence", "sovereignty", "state", "statehood", "government", "regime"),
    ]
)


def formal_recognition(cue: Cue) -> bool:
    """ "Recognize" whose only content is a noun phrase, granted a status by law or by a
    state: "to legally recognize [same-sex unions]", "recognized [Kosovo]"."""
    verb = cue.token
    if verb.lemma_.lower() not in RECOGNIZING_VERBS or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp"} for c in children):
        return False
    objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    if len(objects) != 1:
        return False
    thing = objects[0]
    if any(c.dep_ == "advmod" and c.lower_ in FORMAL_ADVERBS for c in children):
        return True
    return thing.ent_type_ in STATE_ENTITIES or thing.lower_ in STATUS_NOUNS
