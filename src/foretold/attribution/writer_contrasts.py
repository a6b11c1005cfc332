"""A closing clause that sets what happened against the report is the writer's: after a comma
or a dash, "even as" with a clause of its own tells of something going on at the same time
that cuts against what was said ("pledged [to fight on] -- even as his rival closed in on the
nomination"), and "except that" corrects it with the facts ("thought [it would cause
inflation] - except that inflation has fallen since"). The speaker's own hedges stay: "vowed
[to fight on, even if he loses]"."""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.marks import DASHES, is_quote_token
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

_MARKS = DASHES | {","}
# Two-word openers of the writer's contrast: "[even as] turnout fell", "[except that] it fell".
_OPENERS = frozenset({("even", "as"), ("except", "that")})


def drop_writer_contrast(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing "even as" or "except that" clause with a subject
    of its own after a comma or a dash: "[it will pass] - even as support slips"."""
    for i in range(start + 1, end - 3):
        if doc[i].text not in _MARKS or (doc[i + 1].lower_, doc[i + 2].lower_) not in _OPENERS:
            continue
        verb = doc[i + 2].head
        if (
            verb.i > i + 2
            and verb.right_edge.i >= end - 2
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and not any(is_quote_token(t) for t in doc[i + 1 : end])
        ):
            return i
    return end
