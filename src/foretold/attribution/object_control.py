"""Who carries out an infinitive hung on a verb after its object: the object when the verb
brings someone to act or keeps someone from acting ("the ruling led the board to declare
...", "urged lawmakers to reject ...", "barred the firm from writing about ..."), but a
thing or a body named as the object of any other verb is what the subject acts on, and the
infinitive says why the subject acted: in "Lee co-founded the Green Party to oppose the dam"
or "customers called the help line to complain" Lee opposes and the customers complain, not
the party or the line. A person or a group for object is left to the parse ("asked me to
prove it"), since people are the usual doers of such infinitives.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import INFINITIVE_VERBS, cue_lemma, word_set
from foretold.attribution.speaker_words import people, person_noun

# Verbs that bring their object to do what an infinitive after it says, or keep it from it.
OBJECT_CONTROL_VERBS = INFINITIVE_VERBS | word_set(
    """
    lead leave keep get make let have help enable allow permit require oblige obligate force
    compel cause prompt drive spur move motivate inspire induce incite provoke tempt entice
    invite persuade convince remind teach train instruct direct command mandate authorize
    authorise empower commission task appoint elect choose select pick nominate assign send
    hire pay bribe beg implore lobby petition dare need want expect trust prepare
    prevent stop bar ban block forbid prohibit discourage deter talk
    """
)


def controls_object(verb: Token, obj: Token) -> bool:
    """Whether the object of a verb carries out the infinitive after it: a person or a group
    always may ("asked me to prove it", "kept his wife from writing"), anything else only for
    a verb that brings its object to act ("required both houses to confirm ...", not
    "founded the party to oppose ...")."""
    if obj.pos_ in {"PRON", "PROPN"} and obj.ent_type_ in {"", "PERSON", "NORP"}:
        return True
    if people(obj) or person_noun(obj):
        return True
    return cue_lemma(verb.lemma_, verb.text) in OBJECT_CONTROL_VERBS
