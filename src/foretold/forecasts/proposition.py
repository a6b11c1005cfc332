"""The predicted event as a short, positive, self-contained sentence.

"Many analysts doubt that Putin would carry through with an invasion" gives
"Putin carries through with an invasion": modals, negation, estimative words, conditions and
time phrases are removed (they live in other fields), pronouns are replaced by the name they
stand for, and the verb is put in the simple present.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.forecasts.lexicon import cue

_DROP_DEPS = frozenset({"aux", "auxpass", "neg", "mark", "punct", "cc", "preconj", "prep_if"})
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"}
_QUOTE_CHARS = "\"'“”‘’"


def _third_person(verb: Token, plural: bool) -> str:
    lemma = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    if lemma == "be":
        return "are" if plural else "is"
    if lemma == "have":
        return "have" if plural else "has"
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _is_plural(subject: Token | None) -> bool:
    if subject is None:
        return False
    if subject.lower_ in {"they", "we", "i", "you"} or subject.tag_ in {"NNS", "NNPS"}:
        return True
    return any(c.dep_ == "conj" for c in subject.children)


def _resolve(token: Token) -> str | None:
    """A named antecedent for a third-person pronoun, if a close one is clear.

    People ("he", "she") resolve to the nearest preceding person named within the last
    three sentences. "It" and "they" resolve only to an organisation or place that was the
    grammatical subject of the same or the previous sentence: a news agency named as the
    one "told" ("she told AFP") is not what "it" refers to later.
    """
    personal = token.lower_ in {"he", "she", "him", "her", "his"}
    sentences = list(token.doc.sents)
    here = next(i for i, sent in enumerate(sentences) if sent.start <= token.i < sent.end)
    window = sentences[max(0, here - (3 if personal else 1))].start
    for ent in reversed(token.doc.ents):
        if ent.end > token.i or ent.start < window:
            continue
        if personal and ent.label_ == "PERSON":
            return ent.text
        if (
            not personal
            and ent.label_ in {"ORG", "GPE", "NORP"}
            and ent.root.dep_ in {"nsubj", "nsubjpass"}
        ):
            return ent.text
    return None


def build_proposition(
    target: Token,
    subject: Token | None,
    exclude: set[int],
    text_override: str | None = None,
) -> str:
    """A positive present-tense statement of the clause headed by ``target``."""
    if text_override:
        return _tidy(text_override)
    doc = target.doc
    keep: list[Token] = []
    skip: set[int] = set(exclude)
    for child in target.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless", "as", "because", "when"}
            for m in child.children
        ):
            skip.update(t.i for t in child.subtree)
        if child.dep_ in {"advmod"} and (
            cue(child.lower_) or child.lower_ in {"then", "still", "now"}
        ):
            skip.update(t.i for t in child.subtree)
        if child.dep_ in {"nsubj", "nsubjpass"} and subject is not None and child.i != subject.i:
            skip.update(t.i for t in child.subtree)
        if child.dep_ in {"prep"} and child.lower_ == "according":
            skip.update(t.i for t in child.subtree)
        if child.dep_ in {"conj", "parataxis"} and child.i > target.i:
            skip.update(t.i for t in child.subtree)
    for token in target.subtree:
        if token.dep_ == "relcl" and token.i not in skip:
            first = min(t.i for t in token.subtree)
            if first > 0 and (doc[first - 1].is_punct or doc[first].lower_ == "which"):
                skip.update(t.i for t in token.subtree)
    subject_tokens: list[Token] = []
    if subject is not None and subject.i not in {t.i for t in target.subtree}:
        subject_tokens = list(subject.subtree)
    plural = _is_plural(subject)
    for token in [*subject_tokens, *target.subtree]:
        if token.i in skip or (token.dep_ in _DROP_DEPS and token.head == target):
            continue
        if token.dep_ == "aux" and token.lower_ == "to" and token.head == target:
            continue

        if token.text in _QUOTE_CHARS or token.text in {"—", "–", "(", ")"}:
            continue
        keep.append(token)
    keep.sort(key=lambda t: t.i)
    words: list[str] = []
    for token in keep:
        if token.i == target.i:
            passive = any(c.dep_ == "auxpass" for c in target.children)
            if passive:
                words.append(("are " if plural else "is ") + token.text)
            else:
                words.append(_third_person(token, plural))
        elif token.lower_ in _PRONOUNS and token.dep_ in {"nsubj", "nsubjpass", "poss", "dobj"}:
            name = _resolve(token)
            if name and token.dep_ == "poss":
                words.append(name + "'s")
            else:
                words.append(name or token.text)
        else:
            words.append(token.text)
    text = ""
    for index, (token, word) in enumerate(zip(keep, words, strict=True)):
        # Tokens that touch in the text touch here too ("U.S.", "Putin's"); a space
        # replaces whatever was left out between two kept tokens ("non-stop, the").
        touching = (
            index > 0 and keep[index - 1].i == token.i - 1 and not keep[index - 1].whitespace_
        )
        text += word if index == 0 or touching else " " + word
    return _tidy(text)


def _tidy(text: str) -> str:
    text = text.strip().strip(_QUOTE_CHARS + " ,.;:—-")
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else text
