"""An absolute "with" clause that reports on its own: "with" followed by a noun and its own
reporting participle, which tells of another's saying that went along with the act, not of
what was said: "The senators attacked the plan, [with Lee calling it a disgrace]". Such a
clause closes an object's content, and its participle is a report by that noun. An absolute
clause whose participle reports nothing goes on with what was said: "polls showed [a tie,
with Lee leading in the cities]".
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.open_questions import NOMINAL_SUBJECT_DEPS

_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def reporting_absolute(prep: Token) -> bool:
    """A "with" phrase after a comma that holds a noun and a reporting participle of its own,
    as the participle's subject ("with [Lee] calling it a disgrace") or as a noun an active
    participle modifies; not a plain "with" phrase ("compared it with [hers]"), one whose
    participle reports nothing ("with [Lee] leading") nor a passive one, whose noun is what was
    spoken of ("with a pattern described by Lee as odd")."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    for child in prep.children:
        if (
            child.dep_ == "pcomp"
            and _reporting(child)
            and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in child.children)
        ):
            return True
        if child.dep_ == "pobj" and any(
            c.dep_ == "acl" and c.i > child.i and c.tag_ == "VBG" and _reporting(c)
            for c in child.children
        ):
            return True
    return False


def _reporting(verb: Token) -> bool:
    """A participle of a reporting verb: "calling", "saying", "warning"."""
    return verb.tag_ in _PARTICIPLE_TAGS and cue_lemma(verb.lemma_, verb.text) in ALL_VERBS
