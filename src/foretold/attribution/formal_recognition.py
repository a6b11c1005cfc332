"""Recognition in law or diplomacy: "recognize" with a state or a status for object ("the
law will legally recognize civil unions", "the country recognized Kosovo in 2008"), or with a
word of form ("legally", "formally", "officially") and an organisation for object ("formally
recognized the rebel council"), grants a status and reports no one's view. A word of form
alone is not enough: "Recognize that ...", and recognizing a need, an error, a fact or
someone's work ("she recognized the need for reform", "the ministry officially recognized
the error") stay. An award, a prize or a medal that "recognizes" something honours it ("the
prize, which recognizes excellence in reporting"): what it is given for, no one's view.
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.idle_senses import noun_objects

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

# Nouns of an honour given for something: "the [award] recognizes excellence".
HONOUR_NOUNS = frozenset(
    [
        *("award", "awards", "prize", "prizes", "medal", "medals", "honor", "honors", "honour"),
        *("honours", "trophy", "fellowship", "fellowships", "citation"),
    ]
)


def formal_recognition(cue: Cue) -> bool:
    """Recognition in law, by a state or by an honour (``honour_given``)."""
    return _status_granted(cue) or honour_given(cue)


def honour_given(cue: Cue) -> bool:
    """ "Recognize" with an award, a prize or a medal for subject, or in a relative clause on
    one, which honours what it is given for: "the prize, which [recognizes] excellence in
    reporting" (but "the judges recognized her work")."""
    verb = cue.token
    if verb.lemma_.lower() not in RECOGNIZING_VERBS or cue.quoted:
        return False
    holder = verb.head if verb.dep_ == "relcl" else cue.subject
    return holder is not None and holder.lower_ in HONOUR_NOUNS


def _status_granted(cue: Cue) -> bool:
    """ "Recognize" whose only content is a noun phrase, granted a status by law or by a
    state: "to legally recognize [same-sex unions]", "recognized [Kosovo]", "formally
    recognized [the Free Trade Council]" (but "officially recognized [the error]")."""
    verb = cue.token
    if verb.lemma_.lower() not in RECOGNIZING_VERBS or cue.quoted:
        return False
    objects = noun_objects(verb)
    if len(objects) != 1:
        return False
    thing = objects[0]
    if thing.ent_type_ in STATE_ENTITIES or thing.lower_ in STATUS_NOUNS:
        return True
    formal = any(c.dep_ == "advmod" and c.lower_ in FORMAL_ADVERBS for c in verb.children)
    return formal and thing.ent_type_ == "ORG"
