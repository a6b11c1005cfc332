"""A reported clause without "that" that the parser hung on the reporting verb as an adverbial
clause: in "the tests showed without the drug, the mice stayed calm" it made "stayed" an
adverbial of "showed", but a tensed clause with its own subject and no subordinator cannot
tell when or why a thing was shown; it is what was shown. A phrase between the verb and the
clause that the parser hung on the verb opens the reported clause ("[without the drug], the
mice stayed calm"), unless it gives the time, medium or place of the saying ("said [in a
statement], the mice ...").

The parser also joins such a clause to the verb as a conjunct when a phrase of the verb stands
between them: in "the agency indicated on its website the road was closed" it made "was" a
second verb coordinated with "indicated", but two coordinated clauses need "and", "but" or at
least a comma between them; with nothing but the verb's own phrase in between, the clause is
what was indicated, whatever that phrase is ("reported on the crash the driver was drunk").

A noun phrase followed by a modal is the subject of a clause, never an object: in "a study
showing [some mice can live without water]" the parser took "some mice" for the object of
"showing" and hung "can live" above it, but a modal after the object of a verb of saying or
showing opens the clause that is reported, whose subject that object is.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end, when_or_where
from foretold.attribution.cues import CLAUSE_VERBS, MEDIUM_PREPOSITIONS, SAID_NOUNS, cue_lemma
from foretold.attribution.fronted_reports import topic_phrase
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.tensed_verbs import tensed

# Dependents of a verb that give it content of its own.
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative"})
# Determiners that pick out one text: "the announcement", "a statement", "this post".
_ONE_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def unmarked_complement(verb: Token) -> list[Token]:
    """The tensed clause with a subject and no subordinator that the parser hung on a verb
    of saying or showing with no content of its own (no object, complement or topic: "learn
    [about him]") as an adverbial clause after it: "showed without the drug, [the mice stayed
    calm]"; an empty list otherwise."""
    if cue_lemma(verb.lemma_, verb.text) not in CLAUSE_VERBS:
        return []
    if any(c.dep_ in _OWN_CONTENT_DEPS for c in verb.children):
        return []
    topic = any(topic_phrase(c) for c in verb.children)
    for clause in verb.rights:
        if clause.dep_ not in {"advcl", "conj"} or not tensed(clause):
            continue
        if clause.dep_ == "advcl" and topic:
            continue
        if clause.dep_ == "conj" and not _unjoined(verb, clause.left_edge.i):
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in clause.lefts):
            continue
        if any(c.dep_ == "mark" for c in clause.children) or clause.left_edge.tag_ == "WRB":
            continue
        if not _only_phrases_between(verb, clause.left_edge.i):
            continue
        return [clause]
    return []


# Tags of relative words, after which a modal opens a relative clause: "a glue [that] can stretch".
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def modal_clause_after_object(verb: Token) -> tuple[int, int] | None:
    """The token range (end exclusive) of a clause the parser split at a modal, whose subject
    it took for the object of a participle of saying or showing with no clause or subject of
    its own, and whose verb it hung above the cue: "research showing [some mice can live
    without water]", "a memo telling staff [the plant would close]"; None otherwise (not "a
    glue that can stretch", nor an object apart from the verb or holding a comma)."""
    if cue_lemma(verb.lemma_, verb.text) not in CLAUSE_VERBS:
        return None
    if any(c.dep_ in {"ccomp", "xcomp", *SUBJECT_DEPS} for c in verb.children):
        return None  # a cue with a subject of its own heads its clause: "[475] pledged"
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1:
        return None
    doc = verb.doc
    listeners = {t.i for c in verb.children if c.dep_ == "dative" for t in c.subtree}
    if any(i not in listeners for i in range(verb.i + 1, objects[0].left_edge.i)):
        return None  # "holds [a lead], according to polls, where ..."
    if any(t.text == "," for t in objects[0].subtree):
        return None  # "holding [a lead over Lee, a narrow win] would ...": two phrases
    after = objects[0].right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ != "MD" or doc[after - 1].tag_ in _RELATIVE_TAGS:
        return None
    clause = doc[after].head
    if clause.i <= after or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if verb not in set(clause.subtree) or clause in set(verb.subtree):
        return None  # "its polls, where 475 pledged delegates will be": no cue below "be"
    return objects[0].left_edge.i, clause_end(clause) + 1


def _only_phrases_between(verb: Token, start: int) -> bool:
    """Nothing but the verb's prepositional phrases and commas between the verb and
    ``start``: "showed [without the drug ,] the mice ..." (not another clause of the verb:
    "responded, painting him as a liar - 'they will win'")."""
    covered = {t.i for p in verb.rights if p.dep_ == "prep" and p.i < start for t in p.subtree}
    return all(t.i in covered or t.text == "," for t in verb.doc[verb.i + 1 : start])


def _unjoined(verb: Token, start: int) -> bool:
    """Only the verb's prepositional phrases between the verb and ``start``, with no comma or
    conjunction: "indicated [on its website] the road was closed" (not "spoke, the crowd
    cheered" or "spoke and the crowd cheered", two clauses joined)."""
    between = verb.doc[verb.i + 1 : start]
    return (
        len(between) > 0
        and all(t.text != "," for t in between)
        and (_only_phrases_between(verb, start))
    )


def opening_phrase_start(verb: Token, start: int) -> int:
    """Where a reported clause without "that" after the verb starts: at the phrase the parser
    hung on the verb right before it and its comma ("showed [without the drug, the mice stayed
    calm]"), unless that phrase gives the time, medium or place of the saying ("said in a
    statement, [the mice ...]"); at ``start`` otherwise."""
    preps = [c for c in verb.rights if c.dep_ == "prep" and c.i < start]
    if not preps or preps[0].left_edge.i != verb.i + 1:
        return start
    if any(when_or_where(p) or _said_medium(p) for p in preps):
        return start
    return verb.i + 1 if _only_phrases_between(verb, start) else start


def _said_medium(prep: Token) -> bool:
    """A phrase naming the one text the words were said in, with an article or a possessive:
    "wrote [in the announcement]", "said [in his remarks]" (not "showed [in all cases]")."""
    if prep.lower_ not in MEDIUM_PREPOSITIONS | {"at", "during"}:
        return False
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in SAID_NOUNS and _one_text(c) for c in prep.children
    )


def _one_text(noun: Token) -> bool:
    """A noun with an article, a demonstrative or a possessive before it: "the announcement"."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _ONE_DETERMINERS) for c in noun.lefts
    )
