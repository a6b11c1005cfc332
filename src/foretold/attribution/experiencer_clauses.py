"""A that-clause put after "it" and a word of feeling or seeing, held by the one who feels or
sees it: "It amazes [me] that [voters fall for this]", "it occurred to [him] that [the vote
was rigged]", "it became apparent to [his friends] that [he was rich]". With no one named
("it is clear that ...") nobody holds the clause, so nothing is reported here.

A verb of feeling with a subject of its own tells how its object took that subject: "[The
ruling] has angered [farmers]", "[That] frustrates [many analysts]". The object holds the
stance toward what the subject names, as the subject does in "farmers are frustrated by [the
ruling]" (``CUE_ADJECTIVES``), so the subject is the content and the object the holder; the
passive is left to that adjective reading."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cleft_foci import cleft_focus
from foretold.attribution.content_ends import clause_end
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.participle_pronouns import pronoun_over_name
from foretold.attribution.prepositional_objects import prep_object
from foretold.attribution.ranges import trim

# Verbs whose object feels the clause their dummy "it" stands for: "it surprised analysts
# that ...".
FEELING_VERBS = frozenset(
    {
        "amaze", "astonish", "astound", "surprise", "stun", "shock", "bother", "trouble",
        "worry", "puzzle", "baffle", "frustrate", "anger", "infuriate", "irk", "annoy",
        "dismay", "disturb", "sadden", "disappoint", "please", "delight", "strike",
    }
)  # fmt: skip
# Verbs whose "to" or "on" phrase comes to see the clause: "it dawned on her that ...".
DAWNING_VERBS = {"occur": "to", "dawn": "on"}
# Adjectives of plain sight whose "to" phrase sees the clause: "it was clear to him that ...".
SEEN_ADJECTIVES = frozenset({"clear", "apparent", "obvious", "evident", "plain"})
_COPULAS = frozenset({"be", "become", "seem", "appear"})
# Verbs of feeling that tell how their object took what their subject names: "the delay
# angered farmers". Not those that with a subject other than "it" often tell of a blow or an
# upset result ("struck the car", "the device shocks the rat", "Lee stunned the champion").
STIMULUS_VERBS = (FEELING_VERBS - {"strike", "shock", "stun", "surprise", "disturb"}) | frozenset(
    {
        "alarm", "rattle", "exasperate", "unsettle", "stupefy", "mystify", "vex", "irritate",
        "enrage", "outrage", "offend", "embarrass", "appal", "appall", "disgust", "horrify",
    }
)  # fmt: skip
_FEELING = FEELING_VERBS | STIMULUS_VERBS
# Every lemma whose verb may hold a clause for the one who feels or sees it.
EXPERIENCE_LEMMAS = _FEELING | frozenset(DAWNING_VERBS) | _COPULAS


def experienced_clause(doc: Doc, verb: Token) -> Cue | None:
    """The clause after dummy "it" and a verb of feeling with its object ("It bothers [me]
    that [nobody called]"), "occur to" or "dawn on" ("it occurred to [him] that [...]"), or a
    copula and an adjective of plain sight with a "to" phrase ("it became clear to [the
    judges] that [...]"), held by the one who feels or sees it."""
    lemma = verb.lemma_.lower()
    if lemma not in EXPERIENCE_LEMMAS:
        return None
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children):
        return felt_subject(doc, verb) if lemma in STIMULUS_VERBS else None
    if lemma in FEELING_VERBS:
        holder = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    elif lemma in DAWNING_VERBS:
        holder = prep_object(verb, DAWNING_VERBS[lemma])
    elif lemma in _COPULAS:
        adjective = next((c for c in verb.rights if c.dep_ == "acomp"), None)
        if adjective is None or adjective.lower_ not in SEEN_ADJECTIVES:
            return None
        holder = prep_object(adjective, "to") or prep_object(verb, "to")
    else:
        return None
    if holder is None or holder.lower_ == "it":
        return None
    holder = pronoun_over_name(holder)  # "It alarmed those supporting Cole that ..."
    clause = _that_clause(verb, holder)
    if clause is None:
        return None
    content = trim(doc, clause.left_edge.i, clause_end(clause) + 1)
    if content is None:
        return None
    return Cue(verb, verb.text, holder, [char_range(doc, *content)])


# Subjects that name no thing felt: dummy "it" (the clause after it is: above) and people.
_NOT_STIMULI = frozenset({"it", "i", "you", "he", "she", "we", "they", "who"})


def felt_subject(doc: Doc, verb: Token) -> Cue | None:
    """The subject of an active verb of feeling, held by its object, who feels that way about
    it: "[Such negativity] has exasperated [the mayor]", "a plan [that] pleases [the board]".
    In an "it"-cleft the focus is what the pronoun stands for: "it's not the cost but [the
    noise] that angers them" (``cleft_foci``). A passive, a verb with no subject of its own
    ("continues to frustrate them") or with no object after it, and a person for subject ("Lee
    angered farmers") report nothing here."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    holder = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if subject is None or holder is None or subject.lower_ in _NOT_STIMULI:
        return None
    if subject.ent_type_ == "PERSON":
        return None  # "Lee angered farmers": a person, not what was said or done
    holder = pronoun_over_name(holder)  # "The delay alarmed those supporting Cole": not Cole
    start, end = cleft_focus(subject) or (subject.left_edge.i, subject.right_edge.i + 1)
    content = trim(doc, start, end)  # "it's [the delays] that anger farmers": the focus
    if content is None:
        return None
    return Cue(verb, verb.text, holder, [char_range(doc, *content)])


def _that_clause(verb: Token, holder: Token) -> Token | None:
    """The clause opened by "that" with its own subject, hung on the verb or, by a misparse,
    on the one who feels it ("surprised [analysts] that the bank survived")."""
    for clause in [*verb.rights, *holder.rights]:
        if clause.dep_ not in {"ccomp", "acl", "relcl", "advcl"} or clause.i < holder.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        own = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        if own and len(marks) == 1 and marks[0].lower_ == "that" and marks[0].i > holder.i:
            return clause
    return None
