"""Names with no one to give them: a naming verb or "known as" a name, as a participle
after its noun or in a passive with no agent gives the thing a name, the writer's account and
no one's words ("a tool called a spade", "the feature is called Sync", "a storm known as
Ida", "the island of Rapa Nui, also called Easter Island", "the mass of water, called a
plume, was large", "out on licence, also called parole"), and so does a name in quotation
marks right after the verb or its "as" ('a lake known as "the Mirror"'), and an agentless
passive whose name holds no quotation mark, whatever its sentence quotes elsewhere ('the film
is called Dawn after a poem that says to walk "until day"'); but a passive of a
label verb with its auxiliary and a name in quotation marks reports a label someone gave
('the law was labeled "a disaster"', ``quoted_names``). With an agent
someone names it ("the plan was called a sham by critics"); "call" for or on someone is a
demand ("the strike was called for"); "known for", "known to" and "known as" with a
description tell of a repute, a view widely held ("she is known for her wit", "the town,
known as the capital of jazz"), unless an adverb makes the "as" phrase another name for the
thing ("the levy, also known as the window tax", "the code, commonly known as civil law").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.named_by import NAMING_VERBS

# Verbs that name a thing in a participle or a passive.
NAME_GIVING_VERBS = NAMING_VERBS | {"name", "know", "title"}
# Verbs that give a label, which in a passive with quotation marks is someone's ("the files
# were designated as "Secret"", "the law was labeled "a disaster""); "called" and "known as"
# a quoted name stay the writer's naming ('the storm was called "the big blow"').
LABEL_VERBS = (NAME_GIVING_VERBS - {"call", "know"}) | {"designate"}
# Prepositions that turn "call" into a demand or an appeal: "called for a vote", "called on
# [X] to resign".
APPEAL_PREPOSITIONS = frozenset(["for", "on", "upon"])


def given_name(cue: Cue) -> bool:
    """A naming verb or "known as" as a participle after its noun, in an agentless passive,
    or set off by commas after its noun: "a tool [called a spade]", "[it is called Sync]",
    "the mass, [called a plume], was large"."""
    verb = cue.token
    lemma = cue_lemma(verb.lemma_, verb.text)
    if lemma not in NAME_GIVING_VERBS or (
        cue.quoted and not _quoted_name(verb) and not _unquoted_passive_name(verb)
    ):
        return False
    if cue.quoted and lemma in LABEL_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # 'the law was labeled "a disaster"': a label someone gave
    children = list(verb.children)
    if any(c.dep_ in {"agent", "ccomp"} for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in APPEAL_PREPOSITIONS for c in children):
        return False
    if any(_appeal_clause(verb, c) for c in children):
        return False
    if lemma == "know" and not any(_as_name(c) for c in children) and not _alias(children):
        return False
    if _appositive_name(verb, children):
        return True
    if verb.tag_ == "VBN":
        if any(c.dep_ == "auxpass" for c in children) or verb.dep_ in {"acl", "relcl"}:
            return True
        return verb.dep_ != "conj" and not any(c.dep_ == "aux" for c in children)
    return _set_off_after_noun(verb, cue.subject)


def _appeal_clause(verb: Token, child: Token) -> bool:
    """A "for" clause after a naming verb, which makes it a demand: "called again [for the
    mayor to resign]", where the parse took "for" for the clause's marker."""
    if child.dep_ not in {"advcl", "ccomp", "xcomp"} or child.i < verb.i:
        return False
    first = child.left_edge
    return first.dep_ == "mark" and first.lower_ in APPEAL_PREPOSITIONS and first.head == child


def _quoted_name(verb: Token) -> bool:
    """The quotation a naming verb holds is the name itself, right after the verb or its "as",
    with no subject naming it and no "by" for an agent anywhere in the phrase outside a clause
    of its own: 'a plan dubbed "Clean Slate"', 'a lake known as "the Mirror"', 'a plan dubbed
    "Clean Slate" to meet costs set by the state' (not 'Lee called it "a sham"', nor 'the
    plan, labeled a "sham" by critics')."""
    doc = verb.doc
    if any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if any(_naming_agent(t, verb) for t in verb.subtree if t.i > verb.i):
        return False
    after = verb.i + 1
    while after < len(doc) and (doc[after].pos_ == "DET" or doc[after].lower_ == "as"):
        after += 1
    return after < len(doc) and doc[after].is_quote


def _naming_agent(token: Token, verb: Token) -> bool:
    """A "by" after a naming verb that may name who gave the name: one not hung on another
    verb ("labeled a "sham" [by] critics", not "to meet costs set [by] the state")."""
    if token.lower_ != "by":
        return False
    return token.head == verb or token.head.pos_ not in {"VERB", "AUX"}


def _unquoted_passive_name(verb: Token) -> bool:
    """An agentless passive naming verb whose name holds no quotation mark: the quotation in
    its content is someone's words elsewhere in the sentence, not the name ('the song is called
    Quiet Hours after a verse where it states that grief is "a weight upon me"')."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    names = [c for c in verb.children if c.dep_ == "oprd"]
    return len(names) == 1 and not any(t.is_quote for t in names[0].subtree)


def _appositive_name(verb: Token, children: list[Token]) -> bool:
    """A naming verb with no subject of its own, set off by a comma right after a noun, whose
    only complement is the name: "the island of Nui, [also called Easter Island]", "out on
    licence, [also called parole]" (not "Lee, who lost, called it a sham", nor "he met Lee,
    calling him a friend")."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    if len([c for c in children if c.dep_ in {"oprd", "dobj"}]) != 1:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "ccomp"} for c in children):
        return False
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ == "ADV":
        before -= 1
    if before < 1 or verb.doc[before].text != ",":
        return False
    return verb.doc[before - 1].pos_ in {"NOUN", "PROPN"}


# Adverbs that make "known as" give another name, not a repute: "[also] known as the window
# tax", "[commonly] known as civil law", "[better] known as the Duke".
_ALIAS_ADVERBS = frozenset({"also", "commonly", "better", "otherwise", "formerly", "popularly"})


def _alias(children: list[Token]) -> bool:
    """ "Known as" with an adverb that makes its phrase another name of the thing: "[also]
    known as the window tax" (not "widely known as the capital of jazz")."""
    return any(c.dep_ == "advmod" and c.lower_ in _ALIAS_ADVERBS for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in children
    )


def _as_name(child: Token) -> bool:
    """An "as" phrase holding a proper name: "known [as Hurricane Ida]" (not "known as the
    capital of jazz", a repute)."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "as"
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in child.children)
    )


def _set_off_after_noun(verb: Token, subject: Token | None) -> bool:
    """A naming verb the parse took for a predicate, set off by commas right after a plain
    noun phrase that has a predicate of its own after the name: "[the mass of water], called
    a plume, [was] large", "[the mass of microbe-rich water], called a plume, [was] large" (a
    hyphen inside a word is no break; not "the mayor, who lost, called it a sham", whose
    subject holds its own commas)."""
    if subject is None or subject.i > verb.i:
        return False
    phrase = list(subject.subtree)
    if phrase[-1].text == ",":  # the parse may hang the comma after it on the noun
        phrase = phrase[:-1]
    if any(t.is_punct and t.tag_ != "HYPH" for t in phrase):
        return False
    between = verb.doc[phrase[-1].i + 1 : verb.i]
    if not between or between[0].text != "," or any(t.pos_ != "ADV" for t in between[1:]):
        return False
    return any(c.dep_ == "conj" and c.pos_ in {"AUX", "VERB"} for c in verb.children)
