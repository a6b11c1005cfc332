"""The to-infinitive a promise-like verb introduces, as a token range.

- "vowed [to make it very difficult]", with the person asked right before it: "urged [the
  council to delay the vote]", "called on [the council to act]", and with the thing asked
  for right before it, whose purpose it gives: "pushed for [new laws to protect renters]",
  "called for [calm to prevent more violence]", and one after the person and an aside set
  off by commas that the parser hung on a verb above the cue: "a crowd urging [her, loudly
  and often, to resign]";
- an infinitive with no comma before it wins over a clause the parser hung on the cue after it
  or before it ("told [them to stop], which they were assured was safe"), but one after a
  comma is a purpose, not content ('"We won," she said, to rally them');
- an infinitive whose object a relative clause headed by the cue has moved before the speaker
  keeps the words standing for that object, not the speaker and cue between: "a deal [that] he
  does not want [to break]", "the law, which Lee hopes [to repeal], ...";
- left out after it: a closing participle clause (", citing ..."), a finite verb with no
  subject the parser coordinated with it ("urged [them to unite] and tried to ..."), and with
  no object, the time, medium, occasion or reason of the saying ("declined [to comment] for
  this story").
The closing material shared with other contents (time and cause clauses, conditions) is cut in
``content_ends``.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import (
    appositive_cut,
    child_is_joiner,
    occasion_cut,
    when_or_where,
    with_conditions,
)
from foretold.attribution.cues import INFINITIVE_VERBS
from foretold.attribution.lifted_infinitives import lifted_infinitive
from foretold.attribution.misread_main_verbs import misread_main_verb_cut
from foretold.attribution.ranges import FRAME_NOUNS, Range, finish, frame_phrase
from foretold.attribution.relative_gaps import relative_opening, splits_relative_report
from foretold.attribution.tagged_entities import DATE_ENTS


def infinitive_content(verb: Token) -> list[Range] | None:
    """The first to-infinitive after a promise-like verb, with the person it is asked of:
    "vowed [to act]", "urged [the council to delay the vote]", also one right after the person
    (``lifted_infinitive``) or after the person and an aside (``stranded_infinitive``) that the
    parser hung on a verb above; None when it has none."""
    stranded = stranded_infinitive(verb)
    for child in [*verb.children, *lifted_infinitive(verb), *stranded]:
        if (
            child.dep_ in {"xcomp", "advcl"}
            and child.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            start = _addressee_start(verb, child) if child not in stranded else verb.i + 1
            end = _participle_cut(child, _bare_infinitive_end(child))
            end = _finite_conjunct_cut(child, misread_main_verb_cut(verb, child, end))
            for obj in (c for c in child.rights if c.dep_ == "dobj"):
                end = appositive_cut(obj, end)
            end = with_conditions(verb, occasion_cut(child, end))
            if (gapped := gapped_object(verb, child, start)) is not None:
                opening = min(t.i for t in child.subtree if t.i > verb.i)
                return finish(verb.doc, [gapped, (opening, end)], verb.i)
            return finish(verb.doc, [(start, end)], verb.i)
    return None


# Words an aside between the person asked and the infinitive may hold: "urging him, [both
# personally and publicly], to bow out", "asked her, [in a letter], to resign".
_ASIDE_POS = frozenset({"ADV", "CCONJ", "ADP", "DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"})


def stranded_infinitive(verb: Token) -> list[Token]:
    """The to-infinitive after a verb's object and an aside set off by commas, which the parser
    hung on a verb above the cue: in "a chorus of voters urging [her, loudly and often, to
    resign]" the verb of urging has no infinitive of its own, and the one after its object
    and the aside is what is urged, not a purpose of the verb above; the aside holds no verb
    of its own. Empty when there is none."""
    doc = verb.doc
    obj = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or any(c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i for c in verb.children):
        return []
    comma = obj.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    close = next((t.i for t in doc[comma + 1 : comma + 9] if t.text == ","), None)
    if close is None or close == comma + 1 or close + 2 >= len(doc):
        return []
    if any(t.pos_ not in _ASIDE_POS for t in doc[comma + 1 : close]):
        return []
    to = doc[close + 1]
    infinitive = to.head
    if (
        to.lower_ != "to"
        or to.dep_ != "aux"
        or infinitive.dep_ not in {"advcl", "xcomp"}
        or infinitive.left_edge != to
        or not infinitive.head.is_ancestor(verb)
    ):
        return []
    return [infinitive]


def gapped_object(verb: Token, infinitive: Token, start: int) -> Range | None:
    """The words that stand for the infinitive's object when a relative clause headed by the
    cue has moved it before the speaker: "[a deal that] he does not want [to break]" (the noun
    with its "that"), "the law, [which] Lee hopes [to repeal], ..." (the pronoun, which a later
    step drops when it stands alone); the speaker and the cue between them are not what was
    said. None when the infinitive opens after the cue."""
    if start >= verb.i:
        return None
    pronoun = verb.doc[start]
    if (
        pronoun.head != infinitive
        or pronoun.dep_ != "dobj"
        or not splits_relative_report(pronoun, verb)
    ):
        return None
    noun = verb.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
    if pronoun.lower_ == "that" and noun.pos_ in {"NOUN", "PROPN"}:
        return noun.left_edge.i, pronoun.i + 1  # the noun with its "that": "[a deal that]"
    return relative_opening(pronoun)


def perfect_infinitive(verb: Token) -> list[Range] | None:
    """The perfect to-infinitive of a clause verb with a subject of its own, which reports a
    past event as a claim: "she claims [to have seen the device]" (not a participle: "known
    to have lived there"). A verb of claiming makes any to-infinitive a claim, also on a
    participle that describes the claimant: "he claimed [to represent the city]", "a man
    claiming [to be a doctor]" (not the passive "was claimed to be", nor a participle hung on
    the verb, whose claimant is unsure: "he set up a meeting between Lee, claiming to ...,
    and Park", but one set off right after the subject is the subject's: "Lee, claiming to
    ..., met Park"); None when it has none."""
    infinitive = _to_infinitive(verb)
    if infinitive is None or infinitive.dep_ != "xcomp" or verb.tag_ == "VBN":
        return None  # "[X] was projected to have won", "known to have lived there"
    has_subject = any(c.dep_ == "nsubj" for c in verb.children)
    claimed = verb.lemma_.lower() in _CLAIMING_VERBS and not any(
        c.dep_ == "dobj" for c in verb.children
    )  # an object makes the infinitive its own: "claimed the deal to sell it would ..."
    if claimed and (
        (verb.tag_ == "VBG" and (verb.dep_ == "acl" or _set_off_after_subject(verb))) or has_subject
    ):
        return infinitive_content(verb)
    if not has_subject:
        return None
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in infinitive.children):
        return None
    return infinitive_content(verb)


def _set_off_after_subject(participle: Token) -> bool:
    """A participle hung on the verb, set off by a comma right after the verb's subject:
    "Lee, [claiming to represent the city], met the builders"."""
    if participle.dep_ != "advcl" or participle.i > participle.head.i:
        return False
    subject = next((c for c in participle.head.children if c.dep_ == "nsubj"), None)
    comma = participle.left_edge.i - 1
    return (
        subject is not None
        and comma > 0
        and participle.doc[comma].text == ","
        and subject.right_edge.i == comma - 1
    )


# Verbs of claiming, whose to-infinitive says what is claimed: "claims [to be a doctor]".
_CLAIMING_VERBS = frozenset({"claim"})


def _to_infinitive(verb: Token) -> Token | None:
    """The first to-infinitive after a verb: "vowed [to act]"."""
    return next(
        (
            child
            for child in verb.rights
            if child.dep_ in {"xcomp", "advcl"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ),
        None,
    )


def infinitive_first(verb: Token, lemma: str) -> bool:
    """A verb of both kinds whose to-infinitive comes before any clause the parser hung on it
    after it: "told [them not to drink it], which they were assured was safe", "[X began],
    when ..., she decided [not to run]" (a verb takes one complement, and the nearer one is
    its own)."""
    if lemma not in INFINITIVE_VERBS or (infinitive := _to_infinitive(verb)) is None:
        return False
    if verb.doc[infinitive.left_edge.i - 1].text == ",":
        return False  # '"We won," she said, to rally them': a purpose, not content
    return all(c.i > infinitive.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)


def _addressee_start(verb: Token, infinitive: Token) -> int:
    """The start of an infinitive's content, which takes in the person it is asked of right
    before it: "urged [the council to act]", "called on [the council to act]", also when the
    parser split it into two objects: "urged [the nations top banks to act]", or the thing
    asked for, which the infinitive gives a purpose: "pushed for [new laws to protect
    renters]"; a time or a tally between them is the vote's, not who is asked: "voted on
    Monday [to disband it]", "voted 70 to 20 [to send it back]"."""
    start = infinitive.left_edge.i
    for child in sorted(verb.children, key=lambda c: -c.i):  # "[the nation's top banks]"
        if not verb.i < child.i < start or _time_or_tally(child):
            continue
        if child.dep_ == "prep" and child.lower_ == "on":
            start = child.i + 1
        elif child.dep_ == "prep" and child.lower_ == "for" and child.right_edge.i + 1 == start:
            start = child.i + 1  # "pushed for [new laws to protect renters]"
        elif child.dep_ in {"dobj", "dative"} and child.right_edge.i + 1 == start:
            start = child.left_edge.i
    return start


# Entity types of a time: "voted [Tuesday]"; and of a count: "voted [70] to 20".
_TIME_AND_COUNT_ENTS = DATE_ENTS | {"CARDINAL"}


def _time_or_tally(child: Token) -> bool:
    """A child of the cue that gives the time of the act or the count of votes, not who is
    asked: "voted [on Monday]", "voted [Tuesday]", "voted [70 to 20]"."""
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objects) and objects[0].ent_type_ in DATE_ENTS
    return child.ent_type_ in _TIME_AND_COUNT_ENTS or child.like_num


def _participle_cut(head: Token, end: int) -> int:
    """The end (exclusive) of a clause's range before a closing participle clause with no
    subject after a comma: "agreed [to pay the fine], avoiding a trial" (the participle is the
    writer's account, not part of what was agreed)."""
    doc = head.doc
    for i in range(head.i + 1, end - 1):
        if doc[i].text != ",":
            continue
        clause = doc[i + 1]
        while i < clause.head.i < end and clause.head != clause:
            clause = clause.head  # the head of the phrase after the comma
        if (
            clause.dep_ == "advcl"
            and clause.tag_ == "VBG"
            and clause.head.i < i
            and clause.right_edge.i >= end - 1
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            return i
    return end


def _finite_conjunct_cut(verb: Token, end: int) -> int:
    """The end (exclusive) of an infinitive's range before a finite verb with no subject
    that the parser coordinated with it but which goes with the cue: "urged them [to unite]
    and tried to ..." (an infinitive cannot share a past or present tense)."""
    for child in verb.rights:
        if (
            child.dep_ == "conj"
            and child.tag_ in {"VBD", "VBZ"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            first = child.left_edge.i
            while first > verb.i and child_is_joiner(verb.doc[first - 1]):
                first -= 1
            return min(end, first)
    return end


_OWN_OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prt"}


_FRAME_DEPS = {"prep", "advmod", "npadvmod", "advcl"}


def _bare_infinitive_end(verb: Token) -> int:
    """The end (exclusive) of an infinitive with no object before a phrase that frames the
    saying rather than the act: "refused [to answer] on several occasions", "declined [to
    comment] for this story", "decided [to act] because of ..."."""
    end = verb.right_edge.i + 1
    if any(c.dep_ in _OWN_OBJECT_DEPS for c in verb.children):
        return end
    for child in verb.rights:
        if child.dep_ in _FRAME_DEPS and (
            child.lower_ == "because" or when_or_where(child) or frame_phrase(child, _CAUSE_NOUNS)
        ):
            return child.left_edge.i
    return end


_CAUSE_NOUNS = FRAME_NOUNS | {"part", "reason"}
