"""Naming acts: "name" or "title" with an object and the name it is given is an act of naming
or appointing, not something said ('he named the operation "Clean Sweep"', "the board named
her chair"); the name is no one's words. Labels that judge ("called it "a sham"", "dubbed
the bill a giveaway") are views, and stay.

A naming participle right after the noun it names ("a lodge called "Pine Rest"", "a
retreat for the mayor called Glen House") is a reduced relative that gives a name, even
when the parse reads it as a finite verb: it has no subject and no auxiliary of its own.

A passive of naming with no one named as its namer ('the storms were nicknamed "the Twins"',
'the day is referred to as "Moving Day"') gives the name a thing goes by; the quoted name is
a title, no one's words ("referred to as" only with the name in quotation marks). ("Known as"
stays: it tells what a thing is known as, a view held by people unnamed.)
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.own_clauses import is_passive

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
    if naming_participle(cue) or common_name(cue):
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


def common_name(cue: Cue) -> bool:
    """A passive participle of naming with no agent, followed by the name: 'the storms were
    [nicknamed] "the Twins"', 'Lee, [nicknamed] the "iron lady"', 'the day is [referred] to
    as "Moving Day"' (not 'the plan was nicknamed "the Grab" by critics', nor 'he referred to
    the plan as "a grab"', nor "the day is referred to as the big day", a description that may
    be someone's)."""
    verb = cue.token
    if verb.tag_ != "VBN" or not (is_passive(verb) or _no_auxiliary(verb)):
        return False
    lemma = cue_lemma(verb.lemma_, verb.text)
    if lemma not in {"refer", "nickname"}:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    doc = verb.doc
    after = doc[verb.i + 1 : verb.i + 5]
    words = [t.lower_ for t in after]
    if lemma == "refer":  # a quoted name: "the big day" alone may be anyone's description
        return words[:2] == ["to", "as"] and any(t.is_quote for t in after[2:])
    return not words or words[0] != "by"


def _no_auxiliary(verb: Token) -> bool:
    """A past participle with no auxiliary is a passive one, whatever the parse calls it:
    "Lee, [nicknamed] the "iron lady", ran the mill" (not "critics have [nicknamed] her")."""
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
