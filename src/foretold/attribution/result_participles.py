"""A closing participle clause after a modal content clause is the writer's note on what the
saying led to, not part of what was said: "said [he would back the bill], drawing a sharp
reply from his rivals", "say [they would consider voting for her], putting her ahead of
every rival", and so is a closing "before" or "after" phrase with a participle, the
speaker's next or earlier act: "announced [he would drop the bid], before reversing course
the next day". What has not happened (a modal or a denied possibility: "would", "may",
"cannot") has no result yet, so the participle's event follows from the report itself. (A
participle after a clause of fact can go on with what was said: "said [it raised $20
million, bringing its total to $90 million]", and is kept.)"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.tensed_verbs import has_modal

# Relations of the words the parser can hang on a clause's verb after a closing participle
# that still belong with the participle's phrase ("..., giving cover to lawmakers [nervous
# about it]"); a conjunct or a complement goes on with the clause instead.
_STRAY_MODIFIERS = frozenset({"advmod", "prep", "npadvmod", "punct", "amod"})


def drop_result_participle(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing participle clause after a comma that the parser
    hung on a modal verb of the range: "[he would back the bill], drawing a sharp reply",
    "[he would drop the bid], before reversing course"."""
    for i in range(start + 1, end - 1):
        if doc[i].text != ",":
            continue
        participle = _sequenced_participle(doc[i + 1]) or doc[i + 1]
        verb = doc[i + 1].head
        if (
            participle.tag_ == "VBG"
            and (participle.dep_ == "advcl" or participle.head == doc[i + 1])
            and start <= verb.i < i
            and has_modal(verb)
            and cue_lemma(participle.lemma_, participle.text) not in ALL_VERBS
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children)
            and _closes_range(participle, end)
        ):
            return i
    return end


# Prepositions that order the participle's act before or after the saying: "before reversing".
_SEQUENCE_PREPOSITIONS = frozenset({"before", "after"})


def _sequenced_participle(prep: Token) -> Token | None:
    """The participle of a "before" or "after" phrase: "reversing" of "before reversing
    course"; None for another word."""
    if prep.dep_ != "prep" or prep.lower_ not in _SEQUENCE_PREPOSITIONS:
        return None
    return next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)


def _closes_range(participle: Token, end: int) -> bool:
    """A participle clause (or its "before" or "after" phrase) that runs to the range's end,
    perhaps with modifiers the parser hung on the verb before it."""
    if participle.head.dep_ == "prep":
        participle = participle.head
    verb = participle.head
    if verb.right_edge.i < end - 2:
        return False
    return all(c.dep_ in _STRAY_MODIFIERS for c in verb.rights if participle.i < c.i < end)
