"""Naming acts: "name" or "title" with an object and the name it is given is an act of naming
or appointing, not something said ('he named the operation "Clean Sweep"', "the board named
her chair"); the name is no one's words. Labels that judge ("called it "a sham"", "dubbed
the bill a giveaway") are views, and stay.

A naming participle right after the noun it names ("a lodge called "Pine Rest"", "a
retreat for the mayor called Glen House") is a reduced relative that gives a name, even
when the parse reads it as a finite verb: it has no subject and no auxiliary of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import cue_lemma

# Verbs that give their object a name or a post.
NAMING_ACT_VERBS = frozenset({"name", "title", "rename", "christen"})
# Verbs that, as a participle after a noun, give that noun its name ("a lodge called X").
NAMING_PARTICIPLE_VERBS = frozenset({"call", "name", "dub", "title", "nickname"})
# Children that show the verb has a subject or tense of its own.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def naming_act(cue: Cue) -> bool:
    """A naming verb with an object and the name given after it: 'the army named the mission
    ["Dawn"]', "the club named him [captain]" (not "she named no names", nor "he named the
    firms that paid")."""
    verb = cue.token
    if naming_participle(cue):
        return True
    if cue_lemma(verb.lemma_, verb.text) not in NAMING_ACT_VERBS:
        return False
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "oprd" for c in children)


def naming_participle(cue: Cue) -> bool:
    """A past participle of naming right after a noun, with no subject or auxiliary, and a
    bare proper name after it: "a retreat for the mayor [called] Glen House" (not "the mayor
    called the plan a mistake", nor "critics called it a sham")."""
    verb = cue.token
    if verb.tag_ not in {"VBN", "VBD"} or verb.i == 0:
        return False
    if cue_lemma(verb.lemma_, verb.text) not in NAMING_PARTICIPLE_VERBS:
        return False
    if verb.doc[verb.i - 1].tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
        return False
    children = list(verb.children)
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in children):
        return False
    names = [c for c in children if c.dep_ in {"oprd", "dobj"} and c.i > verb.i]
    return len(names) == 1 and _proper_name(names[0])


def _proper_name(head: Token) -> bool:
    """A bare proper name, with no determiner: "Glen Arden", not "the plan"."""
    return head.tag_ in {"NNP", "NNPS"} and not any(c.dep_ == "det" for c in head.children)
