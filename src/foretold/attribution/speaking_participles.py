"""A participle clause with no subject that opens a sentence right before a reporting aside
and a quotation tells how the words were said, not what was said: in "Speaking to reporters
in Paris, he said, "We will not give up."" the speaker is the one speaking to reporters, and
the words are the quotation. The parser hangs the participle on the verb of the quotation,
so it would join the content. With no quotation after the aside, the clause may belong to
the reported words ("Facing defeat, the party, he said, would regroup" has the subject
between) and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.marks import is_quote_token
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

# Tags of a participle: "speaking", "asked".
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def speaking_participle_end(head: Token, verb: Token, left: int, aside: int) -> int:
    """Where the words before a reporting aside ``verb`` (starting at ``aside``) that
    interrupts the clause of ``head`` start past a participle clause that tells how the
    words were said: for "[Speaking to reporters], he said, "We will win."" the aside's start
    (nothing is left before it); ``left`` when there is none."""
    if not _quotation_follows(verb):
        return left
    for child in head.lefts:
        if (
            child.dep_ == "advcl"
            and child.tag_ in _PARTICIPLE_TAGS
            and child.left_edge.i == left
            and child.right_edge.i + 1 == aside
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        ):
            return aside
    return left


def _quotation_follows(verb: Token) -> bool:
    """A quote mark opens right after the reporting verb, past a comma or a colon: 'he said,
    ["]We will win."'."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].text in {",", ":"}:
        i += 1
    return i < len(doc) and is_quote_token(doc[i])


def gerund_before_quotation(cue: Token) -> Token | None:
    """A participle of saying after the comma that closes its clause, right before the
    opening mark of a quotation ('Lee shared the news, writing "Feels great to be back."'),
    which the parse took for the subject of the quoted verb: the quotation marks set the
    participle off from the quoted clause, so the participle tells what the clause's subject
    did, and its speaker is that subject. Returns the verb whose subject it borrows."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.dep_ not in {"nsubj", "csubj"} or cue.i < 1:
        return None
    if doc[cue.i - 1].text != "," or cue.i + 1 >= len(doc) or not is_quote_token(doc[cue.i + 1]):
        return None
    root = cue.sent.root
    if root.i >= cue.i or root.pos_ not in {"VERB", "AUX"}:
        return None
    return root
