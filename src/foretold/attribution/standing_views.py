"""Standing views told as background: a relative clause in the simple present on a name or a
noun, with a verb of standing for a cause or a side, describes what the body or the people
stand for, not something they said ("the Unity Party, which advocates the island becoming a
state"; "the Velo League, which champions lower fares"; "farmers, who favor the canal";
"delegates who back the governor"). A clause that reports a finite clause ("which advocates
that the island should become a state") or carries a quotation stays a report, as does any
other tense ("which advocated ... on Monday")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.speaker_backgrounds import RELATIVE_SUBJECTS
from foretold.attribution.tensed_verbs import FINITE_TAGS, PRESENT_TAGS

# Verbs that name a cause or a side someone stands for: "advocates", "champions", "backs".
ADVOCACY_VERBS = frozenset({"advocate", "champion", "favor", "favour", "back"})


def standing_view(cue: Cue, content: list[Token]) -> bool:
    """A stance verb in the simple present heading a relative clause on a proper or common
    noun, with the relative pronoun for subject and unquoted content that has no finite verb
    of its own: "the Unity Party, which [advocates] the island becoming a state", "riders
    who [favor] the new line"."""
    verb = cue.token
    subject = cue.subject
    if cue.quoted or subject is None or subject.lower_ not in RELATIVE_SUBJECTS:
        return False
    if verb.dep_ != "relcl" or verb.tag_ not in PRESENT_TAGS or subject.head != verb:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.lemma_.lower() not in ADVOCACY_VERBS or verb.head.pos_ not in {"PROPN", "NOUN"}:
        return False
    return not any(t.tag_ in FINITE_TAGS and t != verb for t in content)
