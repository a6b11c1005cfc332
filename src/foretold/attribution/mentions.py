"""The mention that names a speaker: the named entity or noun phrase around its head token,
without appositions, so that it points at the words that name the speaker; a number or
quantifier keeps the group it is taken from ("One of the users")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.entities import partitive_group


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
            return doc[start : max(end, partitive_end(head))]
        return doc[head.i : partitive_end(head)]


_PARTITIVE_HEADS = frozenset({"one", "two", "three", "some", "many", "several", "most", "few"})


def partitive_end(head: Token) -> int:
    """Where a number or quantifier speaker ends with the group in lower case it is taken from
    ("One of the users said": after "users"); right after the head otherwise, so that an
    unnamed speaker never looks named ("one of the Iranian players": "one")."""
    if head.lower_ not in _PARTITIVE_HEADS:
        return head.i + 1
    group = partitive_group(head)
    if group is None or group.head.i != head.i + 1 or group.tag_ != "NNS":
        return head.i + 1
    return (
        group.i + 1 if all(t.is_lower for t in head.doc[head.i + 1 : group.i + 1]) else head.i + 1
    )
