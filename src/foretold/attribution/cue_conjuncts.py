"""A second act of the speaker coordinated with the cue verb, which the parser hung inside the
content: "warning [that the group could strike] and implying that ...", "touting [her record]
and attacking him". The conjunct has the cue's verb form, not the form of the word it hangs
on, and no subject of its own, so it goes with the cue and the content ends before it. So
does, after a participle cue that hangs on a tensed verb, a conjunct in that verb's form that is
itself a reporting verb with content of its own: the writer goes on with the main clause ("went
on a rant, saying [that the board "was asleep"] and called for them to cut fees"). So does,
after a tensed cue, a conjunct in the cue's tense hung on a to-infinitive of the content: an
infinitive is never coordinated with a tensed verb ("denied [plans to sell the farm] but
admitted talks"), unless a verb of the content before it has that tense and can take it
("said [the firm asked to leave and agreed to pay]"). So does a conjunct in the cue's tense
hung on a clause whose subject is an expletive "there", which can do nothing ("said [there was
no plan] and urged a vote"), a reporting conjunct in the tense of the cue's clause hung on a
verb of the content with a modal, which no tensed verb shares ("insists [that he will stay]
and refuses to leave"), or on a bare verb joined to one, which shares its modal ("says [he'd
meet them and warn them] and tells voters ..."), and a lexicon verb the parser joined to the
cue itself, whatever its tag ("lists [the firm as a supplier] and notes it ships ..."), and a
simple-past reporting conjunct of a simple-past cue hung on a content verb in the present or
present perfect, from which no subject goes on in the simple past ("said [she admires his
drive] and praised his record"). After a
cue noun, a conjunct in the tense of the noun's clause that the parser hung on the noun's
to-infinitive goes on with that clause ("went after her for following the board's [refusal to
act] and called for a vote").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import (
    CLAUSE_VERBS,
    FILLER_VERBS,
    INFINITIVE_VERBS,
    PREPOSITION_VERBS,
    cue_lemma,
)
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.tensed_verbs import PRESENT_TAGS, TENSE_TAGS, has_modal, noun_clause_verb

# Conjunctions that join a second act to a verb: "said it [and] left", "denied it [but] paid".
JOINERS = frozenset({"and", "but"})
_FORMS = frozenset({"VBG"})
_SKIPPED = frozenset({"also", "then", "later", "even", "not", "never"})
# Relations of a conjunct's own subject or auxiliary, which make it a clause of its own.
_SUBJECT_OR_AUX_DEPS = SUBJECT_DEPS | {"aux", "auxpass"}


def _second_act(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A verb conjunct in the cue's form hung on a word of the content before the joiner."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == cue.tag_
        and verb.head.tag_ != cue.tag_
        and start <= verb.head.i < cc
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


_PAST_FORMS = frozenset({"VBD", "VBN"})


def _tense(verb: Token) -> str | None:
    """ "past" for a verb in the past tense or its participle, the tagger's two readings of one
    form, "present" for one in the present; a participle takes its auxiliary's tense ("is
    [meant]": present, "was [meant]": past). None for any other form."""
    if verb.tag_ == "VBN":
        aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), None)
        return "past" if aux is None or aux.tag_ == "VBD" else _tense(aux)
    if verb.tag_ == "VBD":
        return "past"
    return "present" if verb.tag_ in PRESENT_TAGS else None


def _form_tense(verb: Token) -> str | None:
    """The tense a conjunct shares with a cue: "past" for a past tense or participle whatever
    its auxiliary ("has [denied] X but [admitted] Y": both past), else ``_tense``."""
    return "past" if verb.tag_ in _PAST_FORMS else _tense(verb)


def _tensed_after_infinitive(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A verb conjunct with no subject or auxiliary in the tense of a tensed cue (a past form
    shares the cue's perfect: "has denied X but admitted Y"), hung on a to-infinitive of the
    content before the joiner, where no verb of the content before it has that tense: "denied
    [plans to sell the farm] but admitted talks". A simple past the parse hung on the noun
    of the infinitive instead, after a joiner of the infinitive, is that conjunct too: no
    subjectless simple past modifies a noun ("had signaled [an intent to run] but decided
    against it")."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and doc[cc].dep_ == "cc":
        head = doc[cc].head
    elif verb.dep_ != "conj":
        return False
    tense = _form_tense(cue)
    return (
        tense is not None
        and _form_tense(verb) == tense
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and start <= head.i < cc
        and not any(
            doc[i].pos_ in {"VERB", "AUX"} and _tense(doc[i]) == tense and doc[i].dep_ != "aux"
            for i in range(start, cc)
        )
        and not any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in verb.children)
    )


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def own_content(verb: Token) -> bool:
    """A reporting verb with content of its own: a clause ("and warned that ..."), an
    infinitive ("and urged them to ..."), a "for" clause or the preposition of its content
    ("and called for them to act", "and called for a ban")."""
    lemma = cue_lemma(verb.lemma_, verb.text)
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS and lemma in CLAUSE_VERBS | INFINITIVE_VERBS:
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            return lemma in PREPOSITION_VERBS and "for" in PREPOSITION_VERBS[lemma].split()
        if c.dep_ == "prep" and c.i == verb.i + 1 and lemma in PREPOSITION_VERBS:
            return c.lower_ in PREPOSITION_VERBS[lemma].split()
    return False


def _second_report(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A verb conjunct with no subject in the form of the tensed verb a participle cue hangs
    on, hung on a word of the content before the joiner, that reports content of its own:
    "went on a rant, saying [that the board was lazy] and called for ..."."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ in {"advcl", "conj"}
        and cue.head.tag_ in TENSE_TAGS
        and verb.dep_ == "conj"
        and verb.tag_ == cue.head.tag_
        and start <= verb.head.i < cc
        and verb.lemma_.lower() not in FILLER_VERBS
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and own_content(verb)
    )


def _after_expletive(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A verb conjunct with no subject or auxiliary in the tense of a tensed cue, hung on a verb
    of the content before the joiner whose subject is an expletive "there": nothing can be
    done by "there", so the speaker does it ("said [there was no plan] and urged a vote")."""
    head = verb.head
    tense = _form_tense(cue)
    return (
        tense is not None
        and verb.dep_ == "conj"
        and verb.tag_ in TENSE_TAGS
        and _form_tense(verb) == tense
        and start <= head.i < cc
        and any(c.dep_ == "expl" for c in head.children)
        and not any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in verb.children)
    )


def _tensed_after_modal(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A reporting verb conjunct with no subject or auxiliary in the tense of the tensed verb
    of the cue's clause, with content of its own, hung on a bare verb of the content that has
    a modal: a tensed verb never shares a modal ("will fight on and refuses ..."), so it goes
    on with the cue's clause: "continues to insist [that he will fight on] and refuses to
    answer questions", "said [she would run] and urged them to vote"."""
    head = verb.head
    tensed = _clause_verb(cue)
    return (
        tensed is not None
        and verb.dep_ == "conj"
        and verb.tag_ == tensed.tag_
        and verb.tag_ in TENSE_TAGS
        and (verb.tag_ != "VBD" or verb.lower_ != verb.lemma_.lower())
        and head.tag_ == "VB"
        and _modal_bare_verb(head)
        and start <= head.i < cc
        and not any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in verb.children)
        and own_content(verb)
    )


def _past_after_present(cue: Token, verb: Token, start: int, cc: int) -> bool:
    """A reporting verb conjunct in the simple past of a simple-past cue, with content of its
    own and no subject or auxiliary, hung on a verb of the content in the present or present
    perfect: a subject does not go on from "admires" or "has delivered" to a simple past, so
    the speaker does ("said [she admires his drive] and praised his record", "acknowledged
    [that the firm has paid fines] but declined to name them")."""
    head = verb.head
    return (
        cue.tag_ == "VBD"
        and verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and start <= head.i < cc
        and _present_or_perfect(head)
        and not any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in verb.children)
        and (own_content(verb) or _reported_object(verb))
    )


def _reported_object(verb: Token) -> bool:
    """A lexicon verb with an object: "and [praised] his record"."""
    return cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS and any(
        c.dep_ == "dobj" for c in verb.children
    )


def _present_or_perfect(verb: Token) -> bool:
    """A verb in the present, or a participle with a present auxiliary: "[admires]", "has
    [paid]"."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in verb.children
    )


def _modal_bare_verb(verb: Token) -> bool:
    """A bare verb with a modal of its own, or a bare verb joined to one, which shares that
    modal: "he'd [sit] them down and [tell] them"."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VB" and not has_modal(verb):
        verb = verb.head
    return has_modal(verb)


def _clause_verb(cue: Token) -> Token | None:
    """The tensed verb of the cue's clause: the cue, or the verb whose infinitive it is
    ("continues to insist")."""
    verb = cue
    while verb.tag_ not in TENSE_TAGS and verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb if verb.tag_ in TENSE_TAGS else None


def _cue_own_conjunct(cue: Token, word: Token) -> bool:
    """A lexicon verb joined to the cue as its conjunct, whatever the tagger made of it, but a
    bare verb (which may go on an infinitive of the content: "want [them to stay and fight]"):
    a range running past it joins two acts, and the content of the cue ends before it ("lists
    [the firm as a supplier] and notes it ships ...", with "notes" read as a noun)."""
    return (
        word.dep_ == "conj"
        and word.head.i == cue.i
        and word.tag_ != "VB"
        and cue_lemma(word.lemma_, word.text) in CUE_LEMMAS
    )


def _adverb_of_next(word: Token) -> bool:
    """An adverb of a word after it, before the conjunct: "but [ultimately] decided"."""
    return word.dep_ == "advmod" and word.tag_ == "RB" and word.head.i > word.i


def _joined_words(doc: Doc, start: int, end: int) -> Iterator[tuple[int, Token]]:
    """Each joining word of the range with the first word after it that is not a skipped
    word or an adverb of the next ("and then", "but also"): the candidate second act."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in JOINERS or doc[i].dep_ != "cc":
            continue
        j = i + 1
        while j < end - 1 and (doc[j].lower_ in _SKIPPED or _adverb_of_next(doc[j])):
            j += 1
        yield i, doc[j]


def _noun_cue_end(doc: Doc, cue: Token, start: int, end: int) -> int:
    """The end of a cue noun's infinitive before a conjunct in the tense of the clause the noun
    stands in, hung on that infinitive: an infinitive is never coordinated with a tensed verb,
    so the writer goes on with that clause ("went after her for following Obama's [refusal to
    use the term] and called for her to quit"). An irregular past that is also a bare form
    ("put", "shut") may be the infinitive's own conjunct and stays."""
    tensed = noun_clause_verb(cue)
    if tensed is None:
        return end
    for i, verb in _joined_words(doc, start, end):
        if (
            verb.right_edge.i >= end - 2
            and verb.lower_ != verb.lemma_.lower()
            and _tensed_after_infinitive(tensed, verb, start, i)
        ):
            return i
    return end


def drop_cue_conjunct(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a range without a closing conjunct that is a second act of the cue's
    speaker: "touting [her record] and attacking him", "spoke up, saying [that it was late]
    and urged them to hurry" (anchor: the cue; a source phrase like "according to" is no act of the
    speaker)."""
    cue = doc[anchor]
    if cue.pos_ == "NOUN" and anchor < start:
        return _noun_cue_end(doc, cue, start, end)
    if cue.pos_ != "VERB" or cue.dep_ == "prep" or anchor >= start:
        return end
    same_form = cue.tag_ in _FORMS
    for i, verb in _joined_words(doc, start, end):
        if verb.right_edge.i >= end - 2 and (
            (same_form and _second_act(cue, verb, start, i))
            or _second_report(cue, verb, start, i)
            or _tensed_after_infinitive(cue, verb, start, i)
            or _after_expletive(cue, verb, start, i)
            or _tensed_after_modal(cue, verb, start, i)
            or _past_after_present(cue, verb, start, i)
        ):
            return i
        if _cue_own_conjunct(cue, verb):
            return i
    return end
