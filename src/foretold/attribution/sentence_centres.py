"""The person a sentence is about when no person is the subject of its main clause.

A "he" or "she" that opens the next sentence most readily continues the person the sentence
before ranks highest, not someone named further back: the subject of any of its clauses
("This was the first time Lee spoke since he was freed by Cole. He said ...": Lee, not Cole
nor an earlier subject) or, with no person as a subject there, the one person it names ("For
Lee, it makes no difference. He says ...": Lee). That holds only when the main clause of that
sentence has no person or people as its subject (in "Ray said Lee left" Ray is the one to
continue; after "The producers made her a regular", whoever "her" is), the sentence is in
English (not a line quoted in another script), and no "he" or "she" of the pronoun's gender
comes before the person there, for that pronoun continues someone named earlier ("His film
was cut by Cole. He said ...": not Cole). An existential sentence has no subject but brings in
what it names, so it is about the one person it names ("There is one member left, Bo Ray. He
says ...": Ray).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from foretold.attribution.entities import (
    DESCRIBING_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    Entity,
)

_GENDER_PRONOUNS = {
    "m": frozenset({"he", "him", "his", "himself"}),
    "f": frozenset({"she", "her", "hers", "herself"}),
}
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they", "who", "one"})
_PERSON_WORDS = ROLE_NOUNS | PERSON_NOUNS | DESCRIBING_NOUNS | SPOKES_NOUNS


def sentence_before(token: Token) -> Span | None:
    """The sentence before a token's own, passing over sentences of white space only (the
    breaks between paragraphs), or None at the start of the document."""
    doc = token.doc
    start = token.sent.start
    while start > 0:
        sentence = doc[start - 1].sent
        if not sentence.text.isspace():
            return sentence
        start = sentence.start
    return None


def centre_before(
    token: Token,
    people: Sequence[tuple[Token, Entity]],
    in_quote: Sequence[int],
    gender: str,
) -> Entity | None:
    """The person of ``gender`` (or of unknown gender) whom the sentence before the pronoun
    ``token`` is about when no person is its main-clause subject, from ``people``, the
    person mentions before the pronoun in text order; None when there is no such sentence,
    its main-clause subject is a person, it opens inside quotation marks, or no one (or
    more than one person, none of them a subject) fits."""
    sentence = sentence_before(token)
    if sentence is None or in_quote[sentence.root.i] >= 0 or not sentence.root.is_ascii:
        return None  # a line in another language is no part of the English account
    subjects = _main_subjects(sentence.root)
    if not subjects and not _existential(sentence.root):
        return None
    if any(_person_subject(subject) for subject in subjects):
        return None
    fitting = [
        (head, entity)
        for head, entity in people
        if sentence.start <= head.i < sentence.end
        and in_quote[head.i] < 0
        and entity.kind == "person"
        and entity.gender in {None, gender}
    ]
    if not fitting:
        return None
    chosen = next(
        ((h, e) for h, e in fitting if h.dep_ in {"nsubj", "nsubjpass"}),
        fitting[0] if len({id(e) for _, e in fitting}) == 1 else None,
    )
    if chosen is None:
        return None
    head, entity = chosen
    own = _GENDER_PRONOUNS[gender]
    if any(t.lower_ in own and in_quote[t.i] < 0 for t in token.doc[sentence.start : head.i]):
        return None  # "His film was cut by Cole": the "his" continues someone named before
    return entity


def _main_subjects(root: Token) -> list[Token]:
    """The subjects of a sentence's main verb and of the verbs joined to it by "and"."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return [c for verb in verbs for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _existential(root: Token) -> bool:
    """Whether a main verb opens with an existential "there" ("There is one member left")."""
    return any(c.dep_ == "expl" and c.lower_ == "there" for c in root.children)


def _person_subject(subject: Token) -> bool:
    """A subject that names people, whom the sentence is then about: a name, a personal
    pronoun or a noun for people ("Lee", "she", "they", "the senator", "the producers")."""
    if subject.ent_type_ == "PERSON":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSON_PRONOUNS
    return subject.lemma_.lower() in _PERSON_WORDS
