"""What a proposition (or a question) is made of: who and where, what happens, and polarity.

``entities`` are normalised keys of the named things it is about ("Russian", "the Kremlin"
and "Russia" share the key ``russia``); ``event`` is the text without those names and
dates ("launch a military offensive into"), which is what two phrasings of one event
share; ``negations`` counts the cues that flip the event ("not", "never", "without",
"fail to", "avoid"), whose parity gives the orientation of a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

NAME_LABELS = {
    "GPE",
    "NORP",
    "ORG",
    "PERSON",
    "LOC",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
}
TIME_LABELS = {"DATE", "TIME"}
NEGATION_WORDS = {"not", "n't", "never", "without", "neither", "nor", "nobody", "nothing"}
NEGATING_VERBS = {"fail", "avoid", "refrain", "abandon", "forgo", "forego"}
QUESTION_WORDS = {"will", "would", "shall", "does", "do", "did", "is", "are", "can", "could"}
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary", "the"}
GENERIC_HEADS = {"states", "kingdom", "republic", "union", "islands", "city", "county", "province"}

# Names that point to the same place or body: demonyms, capitals, seats of power, acronyms.
ALIASES: dict[str, str] = {
    "russian": "russia",
    "russians": "russia",
    "kremlin": "russia",
    "moscow": "russia",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "kiev": "ukraine",
    "kyiv": "ukraine",
    "american": "united states",
    "americans": "united states",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "america": "united states",
    "washington": "united states",
    "white house": "united states",
    "the united states": "united states",
    "british": "united kingdom",
    "britain": "united kingdom",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "great britain": "united kingdom",
    "downing street": "united kingdom",
    "english": "england",
    "chinese": "china",
    "beijing": "china",
    "japanese": "japan",
    "tokyo": "japan",
    "turkish": "turkey",
    "ankara": "turkey",
    "syrian": "syria",
    "damascus": "syria",
    "iranian": "iran",
    "tehran": "iran",
    "iraqi": "iraq",
    "baghdad": "iraq",
    "israeli": "israel",
    "german": "germany",
    "berlin": "germany",
    "french": "france",
    "paris": "france",
    "canadian": "canada",
    "ottawa": "canada",
    "indian": "india",
    "european union": "eu",
    "e.u.": "eu",
    "european": "europe",
    "islamic state": "isis",
    "isil": "isis",
    "daesh": "isis",
    "general motors": "gm",
    "kurdish": "kurds",
    "kurd": "kurds",
    "north atlantic treaty organization": "nato",
    "united nations": "un",
    "u.n.": "un",
}
_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing and every key it may be found under."""

    text: str
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class PropositionParts:
    text: str
    entities: tuple[Entity, ...]
    event: str
    negations: int

    @property
    def keys(self) -> frozenset[str]:
        """Every key of every entity."""
        return frozenset(k for e in self.entities for k in e.keys)


def analyse(doc: Doc) -> PropositionParts:
    """Split a parsed proposition or question into entities, event words and negations."""
    entities: list[Entity] = []
    named: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            entities.append(_entity(ent.text, ent.label_))
        if ent.label_ in NAME_LABELS or ent.label_ in TIME_LABELS:
            named.update(range(ent.start, ent.end))
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.i not in named and _is_name(token):
            run.append(token)
            continue
        if run:
            entities.append(_entity(" ".join(t.text for t in run), "PROPN"))
            named.update(t.i for t in run)
            run = []
    event_tokens = [
        t.text
        for t in doc
        if t.i not in named
        and not (t.i == 0 and t.lower_ in QUESTION_WORDS)
        and not t.is_punct
        and not t.is_space
    ]
    event = " ".join(event_tokens) or doc.text
    return PropositionParts(doc.text, _unique(entities), event, _negations(doc))


def analyse_texts(nlp: Language, texts: Iterable[str]) -> list[PropositionParts]:
    """`analyse` over many short texts, parsed in one batch."""
    return [analyse(doc) for doc in nlp.pipe(texts, batch_size=256)]


def entity_keys(nlp: Language, text: str) -> frozenset[str]:
    """The entity keys of a longer text (an article title, a statement)."""
    return analyse(nlp(text)).keys if text.strip() else frozenset()


def normalise(text: str) -> str:
    lowered = _SPACE.sub(" ", text.casefold().replace("’", "'")).strip()
    lowered = lowered.removesuffix("'s").removesuffix("'")
    lowered = lowered.removeprefix("the ")
    return _EDGE.sub("", lowered) if not lowered.endswith(".") else lowered


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _entity(text: str, label: str) -> Entity:
    """Keys: the whole name, its alias, aliased words in it, and the head word of a
    person's or place's name ("Trump" for "Donald Trump", "syria" for "Northern Syria")."""
    keys: set[str] = set()
    whole = normalise(text)
    if whole:
        keys.add(ALIASES.get(whole, whole))
    words = [normalise(w) for w in text.split()]
    words = [w for w in words if w and w not in TITLE_WORDS]
    keys.update(ALIASES[w] for w in words if w in ALIASES)
    if (
        len(words) > 1
        and label in ("PERSON", "GPE", "LOC", "NORP")
        and words[-1] not in GENERIC_HEADS
    ):
        keys.add(ALIASES.get(words[-1], words[-1]))
    return Entity(text, frozenset(keys))


def _unique(entities: list[Entity]) -> tuple[Entity, ...]:
    seen: dict[frozenset[str], Entity] = {}
    for entity in entities:
        if entity.keys and entity.keys not in seen:
            seen[entity.keys] = entity
    return tuple(seen.values())


def _negations(doc: Doc) -> int:
    return sum(1 for token in doc if _negates(token))


def _negates(token: Token) -> bool:
    lower = token.lower_
    if lower == "no":
        return not _hyphenated(token)
    if token.dep_ == "neg" or lower in NEGATION_WORDS:
        return True
    if token.lemma_.lower() in NEGATING_VERBS and token.pos_ in ("VERB", "AUX"):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return lower == "stop" and following is not None and following.lower_ == "short"


def _hyphenated(token: Token) -> bool:
    """'no' in a compound such as "no-deal" names a thing, it negates nothing."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
