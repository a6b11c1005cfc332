"""A verb written with a prefix and a hyphen ("counter-sued", "re-filed") is split by the
tokenizer, and the parser may hang the prefix on the cue's object as one more noun of a list,
leaving the rest of the verb as a second act of the speaker: in "She denied the report and
counter-sued the paper" the object would run on into "and counter-sued". The whole verb is
the second act, so the object ends before the "and": "denied [the report]"."""

from __future__ import annotations

from spacy.tokens import Doc


def prefixed_verb_end(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a range before the conjunction and the hyphened verb that the cue at the
    anchor is joined to, when the range takes in its prefix: "[the report] and counter-sued"."""
    for i in range(start + 2, min(len(doc), end + 2)):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.i != anchor:
            continue
        if doc[i - 1].text != "-" or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
            continue
        first = i - 2
        if first >= end:
            return end
        while first > start and (doc[first - 1].dep_ == "cc" or doc[first - 1].text == ","):
            first -= 1
        return first if first > start else end
    return end
