"""A conjunct that the parse hung on a simple-past cue, in the tense of the reported clause
and not the cue's, belongs to the reported clause: in "she said [the deal had been signed]
but had not yet taken effect" the writer would go on about the speaker in the simple past
("but did not ..."); a subjectless "had" predicate, in the same backshifted tense as the
reported clause, goes on with what was said, so the report runs on to the end of that
predicate ("said [the deal had been signed but had not yet taken effect]"). So does a
subjectless present-tense verb after a present-tense reported clause: "he noted [paper is
bulky], and, once sold, leaves shelves bare" reports that paper leaves shelves bare (of the
speaker the writer would say "and left"). The joining word may sit between commas that set
off an aside.

A conjunct with a subject of its own goes on with a present-tense reported clause when it is
in the present too or has a modal: a writer telling of a past saying goes on in the past ("she
said [the bill is unfair], and the vote failed"), so "she said [the bill is unfair, and
voters will punish it]" and "he said [the plan is sound and he has the votes]" go on with what
was said; not a conjunct whose verb is itself one of reporting ("..., but records show ..."),
the writer's own next report."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.marks import is_quote_token
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.stranded_predicates import predicate_end
from foretold.attribution.tensed_verbs import PRESENT_TAGS, has_modal

# Words that may join the reported clause and the stranded conjunct.
_JOINERS = frozenset({"and", "but"})


def backshifted_conjunct(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with the last one run on over a subjectless conjunct of the simple-past cue
    right after it, when the conjunct has the tense of the reported clause, pluperfect or
    present: "said [it had rained] but had since cleared" becomes "said [it had rained but
    had since cleared]", "said [the shop is shut] and, for now, sells online" becomes "said
    [the shop is shut and, for now, sells online]" (not "said [it had rained] and left", a
    second act of the speaker); so too a conjunct with its own subject in the present or with a
    modal after a present-tense reported clause: "said [it is over], and the nation must act"
    becomes "said [it is over, and the nation must act]"."""
    if not ranges or ranges[-1][0] < verb.i or verb.tag_ != "VBD" or _pluperfect(verb):
        return ranges
    doc = verb.doc
    start, end = ranges[-1]
    left = _conjunct_start(verb, end)
    if left is None:
        return ranges
    conjunct = next((c for c in verb.children if c.dep_ == "conj" and _opens(c, left)), None)
    if conjunct is None:
        return ranges
    reported = [c for c in verb.children if c.dep_ == "ccomp" and start <= c.i < end]
    if any(c.dep_ in SUBJECT_DEPS for c in conjunct.children):
        if not any(_present_tag(c) for c in reported) or not _present_clause(conjunct):
            return ranges
    elif not any(_same_tense(c, conjunct) for c in reported):
        return ranges
    if not all(
        doc[i].head in (verb, conjunct, *reported) for i in range(end, left) if doc[i].is_alpha
    ):
        return ranges
    return [*ranges[:-1], (start, predicate_end(conjunct))]


def _opens(conjunct: Token, left: int) -> bool:
    """The conjunct starts at left, or at the joining word right before it that the parse
    hung on the conjunct ("[and] he is ...")."""
    first = conjunct.left_edge.i
    return first == left or (
        first == left - 1
        and conjunct.doc[first].head == conjunct
        and conjunct.doc[first].dep_ == "cc"
    )


def _conjunct_start(verb: Token, end: int) -> int | None:
    """Where a conjunct may start after a range ending at end: right after "and" or "but",
    which may stand between commas ("is bulky[, and,] once sold, leaves"), also after the
    comma and quote mark that close a quotation ('part of my team[," and] voters ...')."""
    doc = verb.doc
    j = end
    if j < len(doc) and doc[j].text == ",":
        j += 1
        if j < len(doc) and is_quote_token(doc[j]) and not doc[j - 1].whitespace_:
            j += 1
    if j >= len(doc) or doc[j].lower_ not in _JOINERS:
        return None
    j += 1
    if j < len(doc) and doc[j].text == "," and j > end + 1:
        j += 1
    if j >= len(doc) or doc[j].sent != verb.sent:
        return None
    return j


def _same_tense(reported: Token, conjunct: Token) -> bool:
    """Both pluperfect ("had [left]", "had [gone]"), or both in the same present tense
    ("[is] shut", "[sells]")."""
    if _pluperfect(reported) and _pluperfect(conjunct):
        return True
    return conjunct.tag_ in PRESENT_TAGS and _present_tag(reported) == conjunct.tag_


def _present_clause(verb: Token) -> bool:
    """A clause in the present or with a modal, whose verb is no verb of reporting: "the
    nation [has] to act", "voters [will] punish it" (not "records [show] ...")."""
    return (bool(_present_tag(verb)) or has_modal(verb)) and cue_lemma(
        verb.lemma_, verb.text
    ) not in ALL_VERBS


def _present_tag(verb: Token) -> str | None:
    """The present-tense tag a verb carries itself or through an auxiliary: "[is]", "[has]
    gone", "[are] going"; None for any other tense."""
    if verb.tag_ in PRESENT_TAGS:
        return verb.tag_
    return next(
        (c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS),
        None,
    )


def _pluperfect(verb: Token) -> bool:
    """A past participle with the auxiliary "had": "had [been]", "had [left]"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" and c.i < verb.i for c in verb.children
    )
