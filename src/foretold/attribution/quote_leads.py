"""Quotations that go on with the statement before across a little narration.

- A short verbless phrase of time or place that opens the sentence of a quotation running to
  that sentence's end ('Lee spoke of the early days. During the tour, "I slept on floors."')
  only sets the scene: the quotation starts its sentence as far as continuing goes.
- Narration that only finishes the sentence of a quotation ('"I asked for a chair" to rest
  on, since the stage was high. "I stood all day."') stands between it and the next
  quotation in place of an attribution: the next quotation goes on with the same statement.
"""

from __future__ import annotations

from spacy.tokens import Doc

from foretold.attribution.cue import SENTENCE_END
from foretold.attribution.cues import KNOWN_LEMMAS

_LEAD_WORDS = 6  # the longest scene-setting phrase before a quotation
_TAIL_WORDS = 25  # the longest narration finishing a quotation's sentence
_CLOSING_MARKS = "\"'\u201d\u2019"


def lead_start(doc: Doc, first: int, last: int) -> int | None:
    """The character offset of a short phrase without a verb, closed by a comma, that opens
    the sentence of the quotation on tokens ``first`` to ``last`` (exclusive) when the
    quotation runs to the sentence's end ('During the tour, "I slept on floors."'); else
    None."""
    if first < 2:
        return None
    sentence = doc[first].sent
    lead = doc[sentence.start : first]
    if not 2 <= len(lead) <= _LEAD_WORDS or lead[-1].text != ",":
        return None
    if lead[0].pos_ not in {"ADP", "ADV"} or any(t.pos_ in {"VERB", "AUX"} for t in lead):
        return None
    if any(t.is_quote for t in lead):
        return None
    rest = doc[last : sentence.end]
    if any(not t.is_punct and not t.is_space for t in rest):
        return None
    return lead[0].idx


def finishes_sentence(doc: Doc, text: str, cue_tokens: set[int], end: int, start: int) -> bool:
    """Whether the narration between a quotation ending at character ``end`` and the next
    starting at ``start`` only finishes the first quotation's sentence: the first stops short
    of a sentence end, the narration closes one and holds no other, no line break and no cue
    or verb of saying ('"I asked for a chair" to rest on, since the stage was high. "I
    stood all day."', but not '"I won" wrote Lee. "Q."')."""
    between = text[end:start]
    if "\n" in between or not between.strip():
        return False
    inside = text[:end].rstrip(_CLOSING_MARKS)
    if not inside or inside[-1] in SENTENCE_END:
        return False
    narration = between.strip()
    if narration[-1] not in SENTENCE_END or len(narration.split()) > _TAIL_WORDS:
        return False
    if any(ch in SENTENCE_END for ch in narration[:-1]):
        return False
    tokens = doc.char_span(end, start, alignment_mode="expand")
    return tokens is not None and not any(
        t.i in cue_tokens or t.pos_ == "VERB" and t.lemma_.lower() in KNOWN_LEMMAS for t in tokens
    )
