"""A gerund listed after a noun phrase that the parser coordinated with a verb before the
range: in "called for [tax cuts and cutting red tape]" the parse joins "cutting" to
"called", but verbs joined by "and" share their form, and a gerund cannot go on with a
finite "called"; it is the next item of the list the noun phrase opens, so it goes on with
what was asked for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

_JOINERS = frozenset({"and", "or"})
_NAMING = frozenset({"NOUN", "PROPN"})


def listed_gerund_end(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of a noun-phrase range that takes in a gerund the parser joined
    with "and" or "or" to a verb of another form before the range: "called for [tax cuts
    and cutting red tape]", "proposals for [mass deportations and stripping citizenship from
    children]"; not a gerund that shares the form of that verb ("is calling for tax cuts and
    cutting staff") nor one with a subject or auxiliary of its own."""
    if end <= start or end + 1 >= len(doc) or doc[end].lower_ not in _JOINERS:
        return end
    gerund = doc[end + 1]
    host = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "conj" or host.i >= start or host.tag_ == "VBG":
        return end
    if doc[end].head != host or not _noun_range(doc, start, end):
        return end
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in gerund.children):
        return end
    return _last_word(gerund) + 1


def _noun_range(doc: Doc, start: int, end: int) -> bool:
    """Whether the range is one noun phrase: its head, the one token whose head lies outside
    it, is a noun ending the range's last phrase."""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    return len(heads) == 1 and heads[0].pos_ in _NAMING and doc[end - 1].pos_ in _NAMING


def _last_word(token: Token) -> int:
    """The index of the last token of a phrase without its closing punctuation."""
    last = token.right_edge.i
    while last > token.i and token.doc[last].is_punct:
        last -= 1
    return last
