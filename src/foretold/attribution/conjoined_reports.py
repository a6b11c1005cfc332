"""A second report joined after a clause that a reporting aside interrupts: "[His chances],
the aides believe, [are slim], and most donors expect him to quit". The aside, set inside
its clause, bounds what it reports to that clause; a clause that follows after a comma and
"and" or "but", with a subject of its own and a reporting verb with content of its own, is
the writer telling what someone else said or thinks, not more of what the aside reports.
The content ends before the comma. A cue before its content may report the whole
coordination ("the paper revealed that A, and the next day the board requested B"), and
stays."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue_conjuncts import JOINERS, own_content
from foretold.attribution.marks import is_quote_token
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Marks that set the second clause off from the content, right before the joining word.
_MARKS = frozenset({",", ";"})


def drop_conjoined_report(doc: Doc, start: int, end: int) -> int:
    """The end of a range after an aside cut before a closing clause, after a comma and "and"
    or "but", with a subject of its own and a reporting verb that has content of its own:
    "[the vote], they say, [will slip], and aides expect a delay"."""
    for i in range(start + 1, end - 2):
        if doc[i].lower_ not in JOINERS or doc[i - 1].text not in _MARKS:
            continue
        verb = _joined_verb(doc[i], start, end)
        if verb is None or any(is_quote_token(t) for t in doc[start:end]):
            continue
        return i - 1
    return end


def _joined_verb(joiner: Token, start: int, end: int) -> Token | None:
    """The verb of the clause the joining word opens, if it has a subject of its own and
    reports content of its own, hung on a word of the range before the joiner, and runs to
    the end of the range."""
    for verb in joiner.head.children:
        if (
            verb.dep_ == "conj"
            and verb.i > joiner.i
            and start <= joiner.head.i < joiner.i
            and verb.right_edge.i >= end - 2
            and any(c.dep_ in SUBJECT_DEPS and c.i > joiner.i for c in verb.children)
            and own_content(verb)
        ):
            return verb
    return None
