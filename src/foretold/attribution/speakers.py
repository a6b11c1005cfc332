"""The speaker of a cue: its subject in the parse, and the mention that names it.

The subject is the cue's ``nsubj``; a cue without one borrows it from the verb it is
coordinated with ("Sanders has cast ... and accused her"), the verb it elaborates ("tweeted,
saying ...") or the noun a relative clause modifies ("Conley, who said ..."). Passive cues take
their ``by`` agent. The mention is the named entity or noun phrase around that subject, without
appositions, so it points at the words that name the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cues import ALL_VERBS

_RELATIVE = {"who", "which", "that", "whom"}
_BORROWING_DEPS = {"conj", "advcl", "xcomp", "pcomp", "acl"}
_EXPLETIVES = {"it", "there"}


def subject_of(cue: Token, depth: int = 0) -> Token | None:
    """The token heading the speaker of a cue, or None."""
    subjects = [
        c
        for c in cue.children
        if c.dep_ in {"nsubj", "csubj"} and c.ent_type_ not in {"DATE", "TIME"}
    ]
    if subjects:
        named = [s for s in subjects if s.pos_ == "PROPN"]
        subject = named[-1] if named else subjects[-1]
        if subject.lower_ in _EXPLETIVES:
            return None
        return subject
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if (
        depth < 3
        and cue.dep_ == "acl"
        and cue.head.dep_ == "dobj"
        and cue.head.head.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in cue.head.head.children)
    ):  # "issued a statement saying ...": whoever issued it
        return subject_of(cue.head.head, depth + 1)
    if (
        depth < 3
        and cue.tag_ == "VBG"
        and cue.lemma_.lower() == "add"
        and cue.dep_ == "advcl"
        and cue.i > 0
        and cue.doc[cue.i - 1].text == ","
        and cue.head.dep_ == "ccomp"
        and cue.head.head.lemma_.lower() in ALL_VERBS
    ):  # "told them that X, adding ...": the one who told, not X
        return subject_of(cue.head.head, depth + 1)
    if (
        depth < 3
        and cue.dep_ == "conj"
        and cue.head.dep_ == "ccomp"
        and cue.head.head.lemma_.lower() in ALL_VERBS
    ):  # "said X, and urged Y": the subject of "said"
        return subject_of(cue.head.head, depth + 1)
    if (
        depth < 3
        and cue.dep_ in _BORROWING_DEPS
        and cue.head != cue
        and cue.head.pos_
        in {
            "VERB",
            "AUX",
        }
    ):
        return subject_of(cue.head, depth + 1)
    if (
        depth < 3
        and cue.dep_ == "pcomp"
        and cue.head.pos_ == "ADP"
        and cue.head.head.pos_ in {"VERB", "AUX"}
    ):  # "dismissed the charge by pointing out ...": whoever dismissed it
        return subject_of(cue.head.head, depth + 1)
    if cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN"}:
        return cue.head
    return adjacent_name(cue) if depth == 0 else None


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def adjacent_name(cue: Token) -> Token | None:
    """A name right before a verb the parser left without a subject ("Saturday at the
    convention Sen. Elizabeth Warren (D-MA) said ..."): the name is the speaker."""
    if any(c.dep_ in {"nsubjpass", "auxpass", "expl"} for c in cue.children):
        return None
    i = cue.i - 1
    doc = cue.doc
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i >= 0 and doc[i].text == ")":  # skip a bracketed affiliation: "(D-MA)"
        while i >= 0 and doc[i].text != "(" and cue.i - i < 12:
            i -= 1
        i -= 1
    if i < 0 or doc[i].sent != cue.sent:
        return None
    token = doc[i]
    if token.pos_ == "PROPN" and token.ent_type_ in _NAMED:
        return token
    return None


# Verbs whose subject holds the claim, warning or call they take as object.
_HOLDER_VERBS = frozenset(
    {
        "express", "voice", "make", "issue", "raise", "repeat", "reiterate", "renew", "share",
        "deliver", "offer", "lodge", "level", "air", "file", "send", "post", "publish",
        "release", "register", "announce", "give", "have", "escalate", "step",
    }
)  # fmt: skip


def noun_holder(noun: Token) -> Token | None:
    """Whose claim, warning or call a cue noun is: its possessor ("Trump's claim"), its ``by``
    phrase ("allegations by aides"), or the subject of the verb that makes it ("Rubio voiced
    concerns about ...", "she issued a warning that ...")."""
    head = noun.head
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and noun.dep_ == "dobj" and head.pos_ == "VERB":
                return subject_of(head) or child  # "Trump stepped up his attacks on ..."
            return child
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _HOLDER_VERBS:
        return subject_of(head)
    return None


class MentionIndex:
    """Maps a head token to the mention that names it: an entity or a noun chunk."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.chunks = list(doc.noun_chunks)
        self._chunks: dict[int, tuple[int, int]] = {}
        for chunk in self.chunks:
            self._chunks[chunk.root.i] = (chunk.start, chunk.end)

    def mention(self, head: Token) -> Span:
        doc = self.doc
        if head.ent_iob_ != "O" and head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
            start = head.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            end = head.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            chunk = self._chunks.get(head.i)
            if (
                chunk
                and chunk[0] < start
                and all(
                    doc[i].pos_ in {"DET", "ADJ", "PROPN", "NOUN", "NUM"}
                    for i in range(chunk[0], start)
                )
            ):
                start = chunk[0]
            return doc[start:end]
        chunk = self._chunks.get(head.i)
        if chunk:
            start, end = chunk
            while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
                start += 1
            for i in range(head.i - 1, start - 1, -1):  # a chunk never spans a line break
                if "\n" in doc[i].text_with_ws:
                    start = i + 1
                    break
            return doc[start:end]
        return doc[head.i : head.i + 1]
