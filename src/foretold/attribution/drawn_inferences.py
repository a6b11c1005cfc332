"""An inference the writer draws from a state of affairs: a closing participle of
suggesting ("suggesting", "indicating", "implying", "signalling") hung on a clause that
reports no words and whose subject is a thing no one speaks for ("A new film is already on
sale, suggesting [the system works]") says what the fact points to, not what anyone said.

Only a main clause counts: inside what someone reported, the inference is part of their
report ("They found [prices rose, indicating demand was high]"). A speaking subject keeps the
report ("The poll put Lee ahead, suggesting [she will win]",
"The mayor stayed away, signalling [she opposes it]"), and so does a host clause that is
itself a report ("The study found the river polluted, suggesting [the plant leaks]").
"""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.cues import ALL_VERBS, SPEAKING_THINGS, cue_lemma
from foretold.attribution.open_questions import NOMINAL_SUBJECT_DEPS
from foretold.attribution.speaker_words import people, person_noun

# Verbs of pointing to a conclusion, used as a closing participle: ", suggesting that ...".
_POINTING_VERBS = frozenset({"suggest", "indicate", "imply", "signal", "signify"})


def drawn_inference(cue: Cue) -> bool:
    """A closing participle of suggesting on a clause with a thing for subject and no cue
    verb: "A film is on sale, [suggesting] the system works" (but "Lee left early,
    suggesting ...", "The poll found ..., suggesting ...")."""
    participle = cue.token
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or cue.quoted:
        return False
    if participle.lemma_.lower() not in _POINTING_VERBS:
        return False
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in participle.children):
        return False
    host = participle.head
    if host.i > participle.i or host.dep_ != "ROOT":
        return False
    if cue_lemma(host.lemma_, host.text) in ALL_VERBS:
        return False
    subject = next((c for c in host.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return not (
        people(subject) or person_noun(subject) or subject.lemma_.lower() in SPEAKING_THINGS
    )
