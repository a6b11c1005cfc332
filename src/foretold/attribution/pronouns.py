"""Pronoun resolution: the person a "he" or "she" refers to, and the speaking body a "they"
continues.

The people an article mentions are kept in text order. A pronoun goes to the nearest preceding
compatible person, preferring speakers and main-clause subjects ("Conley said she believes
...") and never reaching into another quotation; the pronoun's gender then sticks to that
person. A "they" outside quotation marks that opens the sentence of a cue goes to an
organisation or group that spoke in the same or the sentence before ("The company said ...
They added ..."), when no other plural subject comes between.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from foretold.attribution.entities import Entity

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
PERSON_WINDOW = 4000  # characters back that a pronoun may reach


class Antecedents:
    """The person mentions of one article, in text order, that pronouns look back through."""

    def __init__(self, in_quote: list[int]) -> None:
        self._in_quote = in_quote  # the quotation each token is in, or -1
        self._speaker_tokens: set[int] = set()
        self._person_starts: list[int] = []  # char offsets of person mentions, sorted
        self._person_at: list[tuple[Token, Entity]] = []
        self._bodies: list[tuple[Token, Entity]] = []  # organisation and group speakers

    def add(self, head: Token, entity: Entity) -> None:
        """Index a mention of a person by its head token (once per token)."""
        at = bisect_left(self._person_starts, head.idx)
        if at < len(self._person_starts) and self._person_at[at][0].i == head.i:
            return
        self._person_starts.insert(at, head.idx)
        self._person_at.insert(at, (head, entity))

    def note_speaker(self, head: Token, entity: Entity) -> None:
        """A speaker is the likeliest antecedent of the pronouns that follow."""
        if entity.kind == "person" and head.pos_ != "PRON":
            self._speaker_tokens.add(head.i)
            self.add(head, entity)
        elif entity.kind in {"organization", "group"} and head.pos_ != "PRON":
            self._bodies.append((head, entity))

    def resolve_plural(self, token: Token) -> Entity | None:
        """The organisation or group a sentence-opening "they" continues: the last one that
        spoke in the same or the sentence before, with no other plural subject between ("The firm
        said it would appeal. They added ...": the firm; not when "120 of the members backed it"
        comes between), or None."""
        if token.lower_ != "they" or self._in_quote[token.i] >= 0 or not self._bodies:
            return None
        if any(not t.is_punct for t in token.sent[: token.i - token.sent.start]):
            return None  # only a sentence's subject: "... a report in which they said" is not
        head, entity = self._bodies[-1]
        doc = token.doc
        sentence = token.sent
        if head.i >= token.i or self._in_quote[head.i] >= 0:
            return None
        if head.sent != sentence and (
            sentence.start == 0 or head.sent != doc[sentence.start - 1].sent
        ):
            return None
        between = doc[head.i + 1 : token.i]
        if any(t.dep_ in {"nsubj", "nsubjpass"} and _plural(t) for t in between):
            return None
        return entity

    def resolve(self, token: Token, prefer: Entity | None = None) -> Entity | None:
        """The nearest compatible person before a personal pronoun."""
        lower = token.lower_
        if lower in PLURAL_PRONOUNS or lower not in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return None
        gender = "m" if lower in MALE_PRONOUNS else "f"
        if prefer is not None and prefer.kind == "person" and prefer.gender in {None, gender}:
            return _learn(prefer, gender)
        end = bisect_left(self._person_starts, token.idx)
        fallback: Entity | None = None
        for index in range(end - 1, -1, -1):
            if token.idx - self._person_starts[index] > PERSON_WINDOW:
                break
            head, entity = self._person_at[index]
            if entity.gender not in {None, gender} or head.i >= token.i:
                continue
            if self._in_quote[head.i] >= 0 and self._in_quote[head.i] != self._in_quote[token.i]:
                continue
            if head.i in self._speaker_tokens or (
                head.dep_ in {"nsubj", "nsubjpass"} and _main_clause(head.head)
            ):
                return _learn(entity, gender)
            if fallback is None:
                fallback = entity
        return _learn(fallback, gender) if fallback else None


def _learn(entity: Entity, gender: str) -> Entity:
    if entity.gender is None:
        entity.gender = gender
    return entity


def _plural(token: Token) -> bool:
    """A plural noun, pronoun or number, or names joined by "and" ("officials", "they", "120
    of the members", "Acme and Velo")."""
    return (
        token.tag_ in {"NNS", "NNPS"}
        or token.lower_ in PLURAL_PRONOUNS
        or token.pos_ == "NUM"
        or any(c.dep_ == "conj" for c in token.children)
    )


def _main_clause(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
