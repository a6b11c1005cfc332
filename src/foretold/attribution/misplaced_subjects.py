"""The subject of a cue verb where the parse put it somewhere else: "'s" read as a passive
"is" before a participle that is the perfect ("he's spoken out against X": he), a name hung
as an apposition inside a fronted phrase ("On Monday, Lee - who ... - said ...": Lee), and the
subject of a passive that a cue with none of its own is coordinated with or closes as a
participle ("Lee was pressed and said that ...": Lee)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import PREPOSITION_VERBS, cue_lemma

_CLITICS = frozenset({"'s", "\u2019s"})


PERSONS = frozenset({"he", "she", "who"})


def clitic_perfect(verb: Token) -> Token | None:
    """The subject of a participle after "'s" that the parse read as a passive "is" where it is
    the perfect "has": a person for subject, no agent and an object, a particle or the verb's
    own preposition after it ("he's spoken out against X", "she's backed Y" give he, she;
    not "she's viewed as honest")."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    helpers = [c for c in verb.children if c.dep_ in {"auxpass", "aux"} and c.i < verb.i]
    if len(helpers) != 1 or helpers[0].lower_ not in _CLITICS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or not (subject.lower_ in PERSONS or subject.ent_type_ == "PERSON"):
        return None
    preps = PREPOSITION_VERBS.get(cue_lemma(verb.lemma_, verb.text), "").split()
    if any(
        c.dep_ in {"dobj", "prt"} or (c.dep_ == "prep" and c.lower_ in preps) for c in verb.rights
    ):
        return subject
    return None


_BETWEEN_DEPS = frozenset({"aux", "neg", "advmod", "prep", "punct"})


def fronted_subject(verb: Token) -> Token | None:
    """A named subject the parse hung as an apposition inside a fronted phrase, right before a
    verb with no subject of its own: "On Monday, [Lee] will headline ...", "In court, [Lee],
    in a grey suit, said ..." (only the verb's helpers, phrases and commas between)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    fronted = [c for c in verb.lefts if c.dep_ == "prep"]
    if not fronted:
        return None
    doc = verb.doc
    between = {
        t.i for c in verb.lefts if c.dep_ in _BETWEEN_DEPS and c != fronted[0] for t in c.subtree
    }
    for name in reversed(list(fronted[0].subtree)):
        if name.dep_ != "appos" or name.ent_type_ not in {"PERSON", "ORG"}:
            continue
        if name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
            continue
        if all(i in between for i in range(name.right_edge.i + 1, verb.i)):
            return name
    return None


def passive_conjunct_subject(verb: Token) -> Token | None:
    """The subject of a passive verb that a cue with no subject of its own is coordinated
    with or closes as a participle: "Lee was pressed for an answer and said that ...", "The
    suit was filed on Monday, alleging that ..." give Lee and the suit."""
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    for _ in range(3):
        head = verb.head
        joined = verb.dep_ == "conj" or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and not any(c.dep_ == "mark" for c in verb.children)
        )
        if not joined or head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return None if subject.lower_ in {"it", "there", "that", "which", "who"} else subject
        verb = head
    return None
