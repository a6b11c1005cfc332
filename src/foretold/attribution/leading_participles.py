"""A report that opens with a participle of saying is that participle's: in '"We are done,"
Lee said, mentioning the tour is "nearly over."' and 'Remarking on the "quiet courage" of the
crew, Lee said ...' the parse hangs the participle's words on "said", but what Lee mentioned
or remarked on is a report of its own, by the same speaker, and the participle is its cue.
The participle must follow a comma or open its sentence, so a gerund that is the object of
another word ("wary of [saying anything]") stays where it is."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import word_set

# Verbs whose participle reports the clause or the topic after it.
SAYING_PARTICIPLES = word_set("mention remark comment note confirm stress acknowledge")

# Prepositions that open the topic of a remark: "remarking [on] the delay".
_TOPIC_PREPOSITIONS = word_set("on upon about")


def split_leading_participles(cues: list[Cue]) -> list[Cue]:
    """The cues with each fragment that opens with a participle of saying handed to a new
    cue on that participle, by the same speaker."""
    out = list(cues)
    for cue in cues:
        kept = []
        for fragment in cue.fragments:
            split = _leading_participle(cue, fragment)
            if split is None:
                kept.append(fragment)
                continue
            participle, rest = split
            out.append(Cue(participle, participle.text, cue.subject, [rest], cue.quoted))
        cue.fragments = kept
    return [cue for cue in out if cue.fragments]


def _leading_participle(
    cue: Cue, fragment: tuple[int, int]
) -> tuple[Token, tuple[int, int]] | None:
    """The participle that opens ``fragment`` and the words it reports, if it is one."""
    doc = cue.token.doc
    span = doc.char_span(*fragment, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    first = span[0]
    if first.tag_ != "VBG" or first.lemma_.lower() not in SAYING_PARTICIPLES or first == cue.token:
        return None
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.text != "," and not first.is_sent_start:
        return None
    nxt = span[1]
    if nxt.lower_ in _TOPIC_PREPOSITIONS or nxt.lower_ == "that":
        nxt = span[2]
    if nxt.is_punct and not nxt.is_quote:
        return None
    return first, (nxt.idx, fragment[1])
