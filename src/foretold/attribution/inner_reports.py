"""Quotations that a report inside a statement gives to a source of its own: the quoted words
hang from a verb of saying in the content that names its own speaker, a subject other than a
pronoun ('the mayor cited a letter in which the union says the plan "cannot work"') or the
agent of a passive ('the log shows a course described by the coastguard as "erratic"'). The
marks quote that source, not the statement's speaker, so they make the statement no
quotation of its speaker: a report holding only them is indirect, not mixed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cues import word_set
from foretold.attribution.misplaced_subjects import NSUBJ_DEPS

# Verbs that give words to their speaker: thinking ("thought", "suspect") or acting
# ("attacked", "offered") verbs do not.
_SAYING_VERBS = word_set("say tell write state claim report describe call label dub brand term")
# How the quotation's clause hangs from such a verb as what it says: a clause, an object, a
# predicate ("called it "X""), or "as" ("described as "X"").
_CONTENT_LINKS = frozenset({"ccomp", "dobj", "oprd", "xcomp", "attr"})
# Pronouns that never stand for the statement's speaker, so they are a source of their own:
# "declined the offer after a tape in which someone says he "has no idea"".
_INDEFINITE_SPEAKERS = word_set("someone somebody anyone anybody everyone everybody nobody another")


def reported_within(doc: Doc, quote: tuple[int, int], span: tuple[int, int], cue: Token) -> bool:
    """The quotation at characters ``quote`` (marks included), inside the statement at
    characters ``span`` whose cue is ``cue``, hangs from another verb of saying in that
    statement that has a speaker of its own."""
    inside = doc.char_span(*quote, alignment_mode="expand")
    if inside is None:
        return False
    top = _word_root(inside)
    start, end = span
    link, node = top, top.head
    while node.i != cue.i and node.head.i != node.i:
        if not start <= node.idx < end:
            return False
        says = link.dep_ in _CONTENT_LINKS or (link.lower_ == "as" and link.dep_ == "prep")
        if says and _own_report(node, cue):
            return True
        link, node = node, node.head
    return False


def _word_root(inside: Span) -> Token:
    """The root of a quotation's words, leaving out its marks and stops, which the parser may
    hang on the sentence's main verb or make the root of what follows a paragraph break
    ('declined the offer after a tape in which the aide says he "has no idea."["]': the
    mark is no part of what "says" reports; the words' root, "has", is)."""
    words = [t for t in inside if not (t.is_punct or t.is_space)]
    if not words:
        return inside.root
    return min(words, key=lambda t: sum(1 for _ in t.ancestors))


def _own_report(verb: Token, cue: Token) -> bool:
    """A verb of saying with its own speaker: a subject that is no pronoun (but for one that
    names no one in particular, "someone") and not the cue's subject, or a "by" agent."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING_VERBS:
        return False
    cue_subjects = {t.lower_ for c in cue.children if c.dep_ in NSUBJ_DEPS for t in c.subtree}
    for child in verb.children:
        if child.dep_ == "agent":
            return any(t.dep_ == "pobj" for t in child.children)
        if child.dep_ in NSUBJ_DEPS and _names_source(child):
            return {t.lower_ for t in child.subtree} != cue_subjects
    subject = _subject_under_relative(verb)
    return subject is not None and {t.lower_ for t in subject.subtree} != cue_subjects


def _names_source(subject: Token) -> bool:
    """A subject that names a source apart from the statement's speaker: a noun ("the union
    says"), or a pronoun that stands for no one in particular ("someone says"); not "he"."""
    return subject.pos_ in {"NOUN", "PROPN"} or subject.lower_ in _INDEFINITE_SPEAKERS


def _subject_under_relative(verb: Token) -> Token | None:
    """The subject of a relative saying verb that the parser hung on the clause's "in which"
    when a comma follows it: "a tape in which [someone], seemingly the aide, says ..." (the
    verb is left with no subject of its own)."""
    if verb.dep_ != "relcl" or any(c.dep_ in NSUBJ_DEPS for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        relatives = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "WDT"]
        for child in prep.children:
            if (
                relatives
                and child.i > relatives[0].i
                and child.dep_ != "pobj"
                and _names_source(child)
            ):
                return child
    return None
