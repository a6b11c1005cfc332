"""Which words can head a speaker: nouns and pronouns, names of people and organisations,
nouns that name people; and the words that name no one (an expletive "it" or "there", a
relative pronoun, a common noun of time)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.cues import HUMAN_SUBJECTS
from foretold.attribution.entities import GROUP_WORDS, PERSON_NOUNS, ROLE_NOUNS

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


EXPLETIVES = {"it", "there"}


RELATIVE = {"who", "which", "that", "whom"}


# Personal pronouns of people in the object form: "showed [me]", "spoke [with him]".
OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "us", "them"})
# Personal pronouns of people in the subject form: "[she] said", "[they] reason".
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
# Pronouns that stand for people as subjects, with the relative "who": "[who] listed ...".
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | {"who"}


# Words that name no one on their own: "nobody said", "none of them knew".
NOBODY_WORDS = frozenset({"nobody", "none", "no-one", "noone"})


# Quantifiers that stand alone for the people who speak: "Some said ...", "many argue ...".
QUANTIFIER_WORDS = frozenset({"some", "many", "most", "several", "few", "others", "all", "both"})


def names_no_one(head: Token) -> bool:
    """A noun phrase head that names no one: "nobody", "none (of the parties)", or a noun
    under "no" or "neither" ("no one", "no official", "neither side"); not a number under
    "no fewer than" ("no fewer than ten aides", "no less than half the board")."""
    return head.lower_ in NOBODY_WORDS or any(
        c.dep_ == "det"
        and c.lower_ in {"no", "neither"}
        and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].tag_ in {"JJR", "RBR"})
        for c in head.children
    )


def names_neither(head: Token) -> bool:
    """A noun phrase head under "neither" ... "nor", which names no one as the subject of
    what both did not do: "Neither Ann Lee nor Tom Bell said", "neither French nor Dutch
    authorities said"."""
    return head.left_edge.lower_ == "neither" and any(t.lower_ == "nor" for t in head.subtree)


def swallowed_clause(subject: Token) -> bool:
    """A finite verb with a subject of its own that the parse took for the subject of the verb
    after it, when it missed the sentence break between them ("Users account for half of
    sales in the U.S. Lee also noted ...": "account" is no speaker, Lee is); not a clitic
    "'s" before a participle ("he's said ...")."""
    return (
        subject.pos_ == "VERB"
        and subject.is_alpha
        and subject.tag_ in {"VBP", "VBZ", "VBD"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in subject.children)
    )


def people(noun: Token) -> bool:
    """A noun that names people ("aides", "the senator", "Ann Lee")."""
    lower = noun.lower_
    return noun.ent_type_ == "PERSON" or lower in GROUP_WORDS or lower in ROLE_NOUNS


_PERSON_WORDS = PERSON_NOUNS | ROLE_NOUNS


def person_noun(noun: Token) -> bool:
    """A common noun of a person or a role, in its own form or its lemma: "women", "the
    candidates", "a photographer". A plural capitalised in a headline ("Will Welcome
    Refugees") is tagged a plural proper noun and keeps its plural as lemma, so its singular
    is looked up too."""
    forms = {noun.lower_, noun.lemma_.lower()}
    if noun.tag_ == "NNPS" and noun.lower_.endswith("s"):
        forms.add(noun.lower_[:-1])
    return bool(forms & _PERSON_WORDS)


def person_word(word: Token) -> bool:
    """A word that stands for a person or people: a personal pronoun, a noun that names
    people or a person noun ("he", "who", "aides", "Ann Lee", "a photographer")."""
    return word.lower_ in PERSONAL_PRONOUNS or people(word) or person_noun(word)


def marked_up(head: Token) -> bool:
    """A phrase holding leftover wiki markup in double brackets, which names no one: the
    language tag in "((es))Spanish language: hola" before a foreign original."""
    text = Span(head.doc, head.left_edge.i, head.right_edge.i + 1).text
    return "((" in text or "))" in text


def editor_insert(head: Token) -> bool:
    """A phrase in square brackets before the rest of its noun phrase, a word an editor put
    into a quotation to make it clear, which the parser may take for the subject beside the
    real one: "the [local] union will go like ...": the union speaks, not "local" (but "Acme
    [Foods] has said": the bracket closes the name)."""
    doc = head.doc
    words = [t.i for t in head.subtree if t.text not in {"[", "]"}]
    if not words:
        return False
    left, right = words[0], words[-1]
    return (
        left > 0
        and right + 2 < len(doc)
        and doc[left - 1].text == "["
        and doc[right + 1].text == "]"
        and doc[right + 2].pos_ in {"NOUN", "PROPN", "ADJ"}
    )


def is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in HUMAN_SUBJECTS


# Common nouns of time, which the parse may make a verb's subject ("several times described").
_TIME_NOUNS = frozenset(
    {
        "time", "year", "month", "week", "day", "hour", "minute", "decade", "century",
        "weekend", "night", "morning", "afternoon", "evening",
    }
)  # fmt: skip
_TIME_MODIFIERS = frozenset({"det", "nummod", "amod", "quantmod"})


def is_time_noun(token: Token) -> bool:
    """A common noun of time, plural or with a determiner or number, which never speaks
    ("several times", "50 years", "the week"; not the magazine in "Time credits ...")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _TIME_NOUNS:
        return False
    return token.tag_ == "NNS" or any(c.dep_ in _TIME_MODIFIERS for c in token.children)
