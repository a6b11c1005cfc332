"""A clause set off by dashes that a content range breaks into: in "said he would skip the
state - Ohio is costly - and then went" a range that ends after "Ohio" has taken the opening
dash and the first words of the writer's aside, whose tensed verb and closing dash lie beyond
it; the range ends before the opening dash. A range after its cue that stops before a dash
takes in a closing phrase with no verb after it, which spells out a word of what was said
("[it had four rifles - two of them semi-automatic]").

A name that closes an aside set off by dashes before a clause is no subject of that clause:
in "In the letter - sent to the city's lawyer, Ann Lee - the senator asks ..." the parse may
take Ann Lee for the subject of "asks" and the senator for a phrase set beside her; the one
after the closing dash asks (``subject_after_aside``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.marks import DASHES, is_quote_token
from foretold.attribution.tensed_verbs import TENSE_TAGS


def _aside_dash(doc: Doc, i: int) -> bool:
    """A dash that opens or closes an aside: a long dash, or a hyphen with spaces on both
    sides, not the hyphen of "export-led"."""
    token = doc[i]
    if token.text not in DASHES:
        return False
    return token.text != "-" or (i > 0 and bool(doc[i - 1].whitespace_) and bool(token.whitespace_))


def drop_broken_dash_aside(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a range that stops partway into a clause set off by dashes, before the
    opening dash: in "said he would skip the state - Ohio is costly - and then went" a range
    that ends after "Ohio" breaks into the writer's aside, whose tensed verb and closing dash
    lie beyond it; an aside without a clause of its own ("his plan -- tax cuts and tariffs --
    failed") and one that holds the cue at token ``anchor`` ("the plan - seen as costly by
    critics, who ... -") are left alone."""
    dashes = [i for i in range(start + 1, end) if _aside_dash(doc, i)]
    if len(dashes) != 1 or any(is_quote_token(t) for t in doc[dashes[0] + 1 : end]):
        return end
    sent_end = doc[end - 1].sent.end
    closing = next((i for i in range(end, sent_end) if _aside_dash(doc, i)), None)
    if closing is None or not any(t.tag_ in TENSE_TAGS for t in doc[end:closing]):
        return end
    if dashes[0] < anchor < closing:
        return end
    return dashes[0]


# Words that open a noun phrase in which the writer may sum up or judge what was said ("- a
# move critics called rash", "- the first such ruling"), which stays out.
_SUMMING_WORDS = frozenset({"a", "an", "the", "this", "that", "which", "who"})


def dash_elaboration_end(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a range after the cue that stops before a dash, taking in the phrase after
    the dash when it closes the sentence with no verb, quotation mark or opening determiner:
    the phrase spells out a word of what was said ("said [he held licences for four rifles -
    two bolt-action and two semi-automatic]"), not a clause of the writer's ("- and then
    left") nor a summing-up ("- a rare rebuke")."""
    if anchor >= start or end + 1 >= len(doc) or not _aside_dash(doc, end):
        return end
    sent_end = doc[end - 1].sent.end
    if doc[end].sent.end != sent_end:
        return end
    last = sent_end
    while last > end + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    tail = doc[end + 1 : last]
    if len(tail) == 0 or tail[0].lower_ in _SUMMING_WORDS or tail[0].is_punct:
        return end
    if any(t.pos_ in {"VERB", "AUX"} or is_quote_token(t) or _aside_dash(doc, t.i) for t in tail):
        return end
    return last


def subject_after_aside(subject: Token) -> Token | None:
    """The phrase the parse set beside a subject right after a dash that closes an aside the
    subject ends ("- addressed to the city's lawyer, Ann Lee - [the senator] asks": the
    senator), when a dash opening that aside comes before it in the sentence; None otherwise."""
    doc = subject.doc
    after = subject.i + 1
    if after >= len(doc) or not _aside_dash(doc, after):
        return None
    beside = next((c for c in subject.children if c.dep_ == "appos" and c.i > after), None)
    if beside is None or beside.left_edge.i != after + 1:
        return None
    opening = [i for i in range(subject.sent.start, subject.left_edge.i) if _aside_dash(doc, i)]
    return beside if opening else None
