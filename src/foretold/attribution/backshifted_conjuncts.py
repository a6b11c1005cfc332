"""A conjunct that the parse hung on a simple-past cue, in the tense of the reported clause
and not the cue's, belongs to the reported clause: in "she said [the deal had been signed]
but had not yet taken effect" the writer would go on about the speaker in the simple past
("but did not ..."); a subjectless "had" predicate, in the same backshifted tense as the
reported clause, goes on with what was said, so the report runs on to the end of that
predicate ("said [the deal had been signed but had not yet taken effect]"). So does a
subjectless present-tense verb after a present-tense reported clause: "he noted [paper is
bulky], and, once sold, leaves shelves bare" reports that paper leaves shelves bare (of the
speaker the writer would say "and left"). The joining word may sit between commas that set
off an aside."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import Range
from foretold.attribution.stranded_predicates import predicate_end
from foretold.attribution.tensed_verbs import PRESENT_TAGS

# Words that may join the reported clause and the stranded conjunct.
_JOINERS = frozenset({"and", "but"})


def backshifted_conjunct(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with the last one run on over a subjectless conjunct of the simple-past cue
    right after it, when the conjunct has the tense of the reported clause, pluperfect or
    present: "said [it had rained] but had since cleared" becomes "said [it had rained but
    had since cleared]", "said [the shop is shut] and, for now, sells online" becomes "said
    [the shop is shut and, for now, sells online]" (not "said [it had rained] and left", a
    second act of the speaker)."""
    if not ranges or ranges[-1][0] < verb.i or verb.tag_ != "VBD" or _pluperfect(verb):
        return ranges
    doc = verb.doc
    start, end = ranges[-1]
    left = _conjunct_start(verb, end)
    if left is None:
        return ranges
    conjunct = next((c for c in verb.children if c.dep_ == "conj" and c.left_edge.i == left), None)
    if conjunct is None or any(c.dep_ in SUBJECT_DEPS for c in conjunct.children):
        return ranges
    reported = [c for c in verb.children if c.dep_ == "ccomp" and start <= c.i < end]
    if not any(_same_tense(c, conjunct) for c in reported):
        return ranges
    if not all(doc[i].head in (verb, *reported) for i in range(end, left) if doc[i].is_alpha):
        return ranges
    return [*ranges[:-1], (start, predicate_end(conjunct))]


def _conjunct_start(verb: Token, end: int) -> int | None:
    """Where a conjunct may start after a range ending at end: right after "and" or "but",
    which may stand between commas ("is bulky[, and,] once sold, leaves")."""
    doc = verb.doc
    j = end
    if j < len(doc) and doc[j].text == ",":
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
