"""The subject of a cue verb where the parse put it somewhere else: "'s" read as a passive
"is" before a participle that is the perfect ("he's spoken out against X": he), a name hung
as an apposition inside a fronted phrase ("On Monday, Lee - who ... - said ...": Lee) or as a
modifier of the verb before a comma-set aside ("Lee, speaking to reporters, did not mention
it": Lee) or as the subject of a clause the parse made of the aside ("Lee, a rabbi helping
the group, said ...": Lee), the subject of a passive that a cue with none of its own is
coordinated with or closes as a participle ("Lee was pressed and said that ...": Lee), and the
subject of a list of verb phrases for a verb of the list the parse left unattached ("The
agency delayed the files, admitted it erred, and ...": the agency). A cue coordinated with a
verb whose subject is misplaced in these ways shares it ("In court, Lee, in a grey suit, said
little, offering only a nod": Lee)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import PREPOSITION_VERBS, cue_lemma, word_set

_CLITICS = frozenset({"'s", "\u2019s"})


PERSONS = frozenset({"he", "she", "who"})
# Relations of a verb's own subject: "[she] said", "[it] was reported", "[that it fell] shows".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# The labels of a noun subject, of an active or a passive verb.
NSUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


def clitic_perfect(verb: Token) -> Token | None:
    """The subject of a participle after "'s" that the parse read as a passive "is" where it is
    the perfect "has": a person for subject, no agent and an object, a particle or the verb's
    own preposition after it ("he's spoken out against X", "she's backed Y" give he, she;
    not "she's viewed as honest"), or a saying verb with a clause of its own subject after it
    ("he's said [he will stay]": no person is said a clause with a subject of its own, while a
    listener can be told one, "she's told [she must go]"; a raised "he's said to be ill" has
    no such clause)."""
    if verb.tag_ not in {"VBN", "VBD"} or any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.tag_ == "VBD" and not _said_clause(verb):
        return None
    helpers = [c for c in verb.children if c.dep_ in {"auxpass", "aux"} and c.i < verb.i]
    if len(helpers) != 1 or helpers[0].lower_ not in _CLITICS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or not (subject.lower_ in PERSONS or subject.ent_type_ == "PERSON"):
        return None
    preps = PREPOSITION_VERBS.get(cue_lemma(verb.lemma_, verb.text), "").split()
    if _said_clause(verb) or any(
        c.dep_ in {"dobj", "prt"} or (c.dep_ == "prep" and c.lower_ in preps) for c in verb.rights
    ):
        return subject
    return None


# Verbs whose passive takes no finished clause with a person for subject: "he's said that
# ..." can only be "he has said" (a verb of telling can be passive: "she's told that ...").
_SAYING_LEMMAS = word_set(
    "say claim argue insist state suggest admit acknowledge write add note declare explain "
    "contend maintain concede predict"
)


def _said_clause(verb: Token) -> bool:
    """Whether a saying verb has a clause with a subject of its own after it: "said [he will
    stay]"."""
    return cue_lemma(verb.lemma_, verb.text) in _SAYING_LEMMAS and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in verb.children
    )


_BETWEEN_DEPS = frozenset({"aux", "neg", "advmod", "prep", "punct"})


def fronted_subject(verb: Token) -> Token | None:
    """A named subject the parse hung as an apposition inside a fronted phrase, right before a
    verb with no subject of its own: "On Monday, [Lee] will headline ...", "In court, [Lee],
    in a grey suit, said ..." (only the verb's helpers, phrases and commas between)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
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
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return None if subject.lower_ in {"it", "there", "that", "which"} else subject
        verb = head
    return None


def listed_verb_subject(verb: Token) -> Token | None:
    """The subject of the verb a list of verb phrases opens, for a verb of the list the parse
    left unattached ("dep") after a comma: "The agency delayed the files, [admitted] it erred,
    and apologized" gives the agency."""
    head = verb.head
    if verb.dep_ != "dep" or head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.tag_ != head.tag_ or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def hung_subject(verb: Token) -> Token | None:
    """A name opening the sentence that the parse hung on a verb with no subject as a modifier,
    with a comma-set aside between: "[Lee], speaking to reporters, did not mention it"."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    lefts = [c for c in verb.lefts if not c.is_punct]
    if len(lefts) < 2 or lefts[0].dep_ in {"prep", "dobj", "npadvmod", "advmod", "mark"}:
        return None
    name = lefts[0]
    if name.pos_ != "PROPN" or name.ent_type_ not in {"", "PERSON", "ORG", "NORP"}:
        return None
    doc = verb.doc
    last = max(t.i for t in name.subtree if not t.is_punct)
    if name.left_edge.i != verb.sent.start or doc[last + 1].text != ",":
        return None
    return name


def swallowed_subject(verb: Token) -> Token | None:
    """The subject of a clause the parse made of a comma-set aside, before a verb with no
    subject of its own: "[Lee], a rabbi helping the group, said ..." or "[Lee], director of
    the union, which has backed Cole, also said ...", where the parse read "rabbi" or "has
    backed" as a clause complement of "said" with Lee for its subject. The name opens the
    sentence with a comma right after it, and the aside ends with a comma right before the
    verb (or its adverbs)."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    before = verb.i - 1
    while before > verb.sent.start and doc[before].dep_ in {"advmod", "neg"}:
        before -= 1
    if doc[before].text != ",":
        return None
    for clause in verb.lefts:
        if clause.dep_ != "ccomp" or clause.right_edge.i not in {before - 1, before}:
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in {"PROPN", "NOUN"}:
            continue
        opening = subject.left_edge.i
        while opening > verb.sent.start and doc[opening - 1].is_punct:
            opening -= 1
        if opening == verb.sent.start and doc[subject.i + 1].text == ",":
            return subject
    return None


def lent_misplaced_subject(verb: Token) -> Token | None:
    """The misplaced subject of the verb a cue with none of its own is coordinated with or
    closes as a participle: "In court, Lee, in a grey suit, said little, [offering] only a
    nod" gives Lee."""
    head = verb.head
    if verb.dep_ not in {"conj", "advcl"} or head.i > verb.i or head.pos_ != "VERB":
        return None
    if verb.dep_ == "advcl" and (
        verb.tag_ != "VBG" or any(c.dep_ == "mark" for c in verb.children)
    ):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return fronted_subject(head) or hung_subject(head)
