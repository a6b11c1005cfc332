"""Documents and organisations as speakers: the author a document names, and the document or
organisation a subject "it" stands for.

A common-noun subject that names its author with "by", directly or through a participle of
writing or sending, gives way to that author ("An estimate by the tax committee projected ...",
"An email sent by the campaign warned ..."), and so does a document of words that names its
sender with "from" or a body with "of" ("A statement from the firm said ...", "The opinion of
the court reads ..."), and a document a subject issues gives way to that subject ("The firm
released a statement which said ..."); but a poll stays its own source and so does a
document someone only obtained. A subject "it" speaks only for the document or organisation it
stands for, the nearest main-clause subject in its sentence or the one before, or past people
and plurals the nearest such noun there ("The firm sued. It said ...", "Lee unveiled an ad. It
claims ..."); an expletive "it" ("it seems ...", "it turns out ...") or one after another thing
("The vote was close. It shows ...") is no speaker, nor is an organisation with a verb of
evidence ("It showed ..."). A singular common noun that no class of speakers names (people,
bodies, documents, media, data, words, talks, rules) is a mute thing ("the update", "the
rate"; ``mute_thing``).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import (
    AMOUNT_ENTS,
    EVIDENCE_NOUNS,
    IMPERSONAL_VERBS,
    POLL_NOUNS,
    SAID_NOUNS,
    SPEAKING_BODIES,
    SPEAKING_THINGS,
    cue_lemma,
)
from foretold.attribution.entities import (
    DOCUMENT_NOUNS,
    GROUP_WORDS,
    MEDIUM_NOUNS,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    QUANTITY_NOUNS,
    partitive_group,
)
from foretold.attribution.sentence_reach import reach_start
from foretold.attribution.speaker_words import people, person_noun

_IT_CHAIN = 3  # subjects "it" followed back to the thing they stand for


# Verbs of evidence: a document shows what it says, an organisation only by what it does.
_SHOWING_VERBS = frozenset({"show", "indicate", "signal", "demonstrate", "prove", "reflect"})


_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def it_antecedent(pronoun: Token, depth: int = 0) -> Token | None:
    """The document or organisation a subject "it" stands for: the nearest main-clause
    subject before it in its sentence or the sentence before ("The company filed suit. It
    said ...": company), or past people and plurals the nearest document or organisation
    named there ("Lee unveiled his new ad. It shows ...": ad); None for an expletive "it"
    ("it seems", "it turns out that") or one after a subject that is another thing ("The
    vote was close. It shows ...")."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or depth > _IT_CHAIN:
        return None
    verb = pronoun.head
    if verb.lemma_ == "be" or cue_lemma(verb.lemma_, verb.text) in IMPERSONAL_VERBS:
        return None
    found = _thing_before(pronoun, depth)
    if found is None or (_body(found) and cue_lemma(verb.lemma_, verb.text) in _SHOWING_VERBS):
        return None  # "The party balked. It showed ...": what the party did shows it
    return found


def _thing_before(pronoun: Token, depth: int) -> Token | None:
    """The document or organisation before a subject "it" that it can stand for."""
    for subject in _earlier_subjects(pronoun):
        if subject.lower_ == "it":
            return it_antecedent(subject, depth + 1)
        if _speaking_thing(subject):
            return document_author(subject)
        if not _person_or_plural(subject):
            return None
    return _named_thing_before(pronoun)


def _earlier_subjects(pronoun: Token) -> list[Token]:
    """The subjects of main clauses before a pronoun in its sentence and the sentence
    before, nearest first."""
    doc = pronoun.doc
    start = reach_start(pronoun, 1)
    return [
        token
        for token in reversed(doc[start : pronoun.i])
        if token.dep_ in {"nsubj", "nsubjpass"} and _main_verb(token.head)
    ]


def _main_verb(verb: Token) -> bool:
    """A verb in no clause hung on a word before it: the root, a verb coordinated with it, or
    a clause the parse hung on the verb after it ("The paper notes the firm pays, it lists
    ...": notes, lists; not pays)."""
    for _ in range(6):
        if verb.head == verb:
            return True
        if verb.dep_ != "conj" and verb.head.i < verb.i:
            return False
        verb = verb.head
    return False


def _speaking_thing(noun: Token) -> bool:
    """A named organisation or a singular noun for a document or a body ("the report", "the
    company", "Acme Corp")."""
    if noun.ent_type_ == "ORG":
        return True
    return noun.tag_ == "NN" and noun.lower_ in SPEAKING_THINGS


def _body(noun: Token) -> bool:
    """An organisation rather than a document ("the party", "Acme Corp"; not "the report")."""
    return noun.ent_type_ == "ORG" or noun.lower_ in SPEAKING_BODIES


def _person_or_plural(noun: Token) -> bool:
    """A word "it" cannot stand for: a person or a plural ("Lee", "she", "aides")."""
    return (
        noun.lower_ in _PERSONAL
        or people(noun)
        or noun.tag_ in {"NNS", "NNPS"}
        or noun.ent_type_ in {"PERSON", "NORP"}
    )


def _named_thing_before(pronoun: Token) -> Token | None:
    """The nearest document or organisation named before a pronoun in its sentence or the
    sentence before ("Lee unveiled his new ad. It shows ...": ad)."""
    doc = pronoun.doc
    start = reach_start(pronoun, 1)
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in {"compound", "poss"} and _speaking_thing(token):
            return token
    return None


def document_author(subject: Token) -> Token:
    """The author a common-noun subject names with "by", directly or through a participle
    ("A 2014 estimate by the tax committee projected ...", "An email sent out by the campaign
    warned ...": the committee, the campaign), or a document of words with "from" or "of"
    ("A statement from Acme said ...": Acme); the subject otherwise, and a poll is its own
    source ("A poll conducted by Gallup shows ...": the poll), as is a document someone only
    obtained ("an email obtained by the group")."""
    if (issuer := _issuer(subject)) is not None:
        return issuer
    if subject.pos_ != "NOUN":
        return subject
    for child in subject.rights:
        if child.dep_ == "prep" and (child.lower_ == "by" or _sender(subject, child)):
            by = child
        elif (_authored(child) and subject.lower_ not in POLL_NOUNS) or _gathered(subject, child):
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        else:
            continue
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if author is not None and author.lower_ == "one":
            author = partitive_group(author)
        if author is not None and author.pos_ in {"NOUN", "PROPN"}:
            return author if author.ent_type_ not in AMOUNT_ENTS else subject
    return subject


# Documents of words that name their sender with "from" or a body with "of": "a statement
# from the firm", "the opinion of the court".
SENT_DOCUMENTS = frozenset(
    {
        "statement", "release", "memo", "email", "e-mail", "letter", "message", "note",
        "announcement", "notice", "advisory", "bulletin", "opinion", "filing", "report",
    }
)  # fmt: skip
# Entities that are places or times, not senders: "a report from Iraq", "a letter from 1990".
_NO_SENDER_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "FAC"})


def _issuer(relative: Token) -> Token | None:
    """The subject of a verb of issuing whose document a relative pronoun stands for ("The
    firm released a statement which said ...": the firm)."""
    clause = relative.head
    if relative.tag_ != "WDT" or clause.dep_ != "relcl":
        return None
    document = clause.head
    verb = document.head
    if document.lower_ not in SENT_DOCUMENTS or document.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in AUTHORING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _sender(document: Token, prep: Token) -> bool:
    """A "from" or "of" phrase on a document of words that names who sent it: "a statement
    from the firm", "a letter from Lee", "the opinion of the court" (but "a report from Iraq",
    "a report of gunfire")."""
    if document.lower_ not in SENT_DOCUMENTS:
        return False
    sender = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if sender is None or sender.ent_type_ in _NO_SENDER_ENTS:
        return False
    if prep.lower_ == "from":
        return sender.pos_ == "PROPN" or sender.lower_ in SPEAKING_BODIES
    return prep.lower_ == "of" and (sender.ent_type_ == "ORG" or sender.lower_ in SPEAKING_BODIES)


# Nouns of figures gathered, and the verbs of gathering them: "data collected by the
# agency" are the agency's as much as a report it issued.
DATA_NOUNS = frozenset({"data", "figures", "statistics", "numbers", "measurements", "readings"})
GATHERING_VERBS = frozenset({"collect", "gather", "record", "compile"})


def _gathered(subject: Token, participle: Token) -> bool:
    """A participle saying who gathered the figures it describes ("data [collected] by the
    weather service", "figures [gathered] by one of the unions")."""
    return (
        subject.lower_ in DATA_NOUNS
        and participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in GATHERING_VERBS
    )


AUTHORING_VERBS = frozenset(
    {
        "send", "issue", "release", "write", "publish", "sign", "post", "prepare", "produce",
        "draft", "file", "submit", "deliver", "author", "pen", "compile", "circulate", "tweet",
    }
)  # fmt: skip


def _authored(participle: Token) -> bool:
    """A participle saying who wrote or sent what it describes ("sent out", "issued")."""
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in AUTHORING_VERBS
    )


# Words for what can say, show or claim something: documents, bodies, media, data and words,
# and the numbers and shares that stand for the group they are taken from ("a majority of").
_REPORTING_WORDS = (
    SPEAKING_THINGS | EVIDENCE_NOUNS | DOCUMENT_NOUNS | SAID_NOUNS | POLL_NOUNS | MEDIUM_NOUNS
) | (GROUP_WORDS | ORG_WORDS | ORG_DESCRIPTORS | QUANTITY_NOUNS)
# Nouns for bodies of people that speak as one: "the family", "the embassy".
_PEOPLE_BODIES = frozenset(
    {
        "family", "community", "public", "crowd", "audience", "side", "movement", "nation",
        "country", "city", "state", "embassy", "consulate", "church", "diocese", "palace",
        "jury", "team", "crew", "militia", "household", "class", "staff", "delegation",
        "couple", "electorate", "voice", "watchdog", "regime", "tribunal", "caucus",
    }
)  # fmt: skip
# Nouns for one person that no ending marks as a doer: "the coach", "the pilot", "the chef".
_PERSON_WORDS = frozenset(
    {
        "coach", "chef", "pilot", "guard", "clerk", "priest", "bishop", "pope", "monk", "nun",
        "poet", "host", "guest", "fan", "child", "kid", "boy", "girl", "adult", "youth", "teen",
        "citizen", "chief", "captain", "sheriff", "colonel", "sergeant", "lieutenant", "cop",
        "detective", "medic", "surgeon", "physician", "dentist", "pundit", "rival", "ally",
        "foe", "spouse", "hero", "celebrity", "champion", "athlete", "referee", "umpire",
        "rabbi", "imam", "cleric", "deputy", "staffer", "intern", "delegate", "incumbent",
        "princess", "duchess", "heir", "chairperson", "boss", "veteran", "refugee", "migrant",
        "novelist", "playwright", "artiste", "mechanic", "plaintiff", "nominee", "suspect",
    }
)  # fmt: skip
# Nouns for an exchange of words, which report what was said in it: "the debate touched on".
_TALK_NOUNS = frozenset(
    {
        "conversation", "discussion", "debate", "talk", "interview", "speech", "dialogue",
        "hearing", "meeting", "conference", "summit", "exchange", "call",
    }
)  # fmt: skip
# Nouns for texts that lay down or propose what is to be done: "the measure calls for a tax".
_RULE_TEXTS = frozenset(
    {
        "law", "act", "measure", "legislation", "amendment", "resolution", "order", "decree",
        "proclamation", "policy", "rule", "regulation", "guideline", "treaty", "deal",
        "agreement", "accord", "pact", "charter", "budget", "agenda", "program", "programme",
        "proposal", "initiative", "referendum", "ballot", "ordinance", "contract", "warrant",
    }
)  # fmt: skip
# Nouns for works of the media, which say what they show: "the film portrays the mayor".
_MEDIA_WORKS = frozenset(
    {
        "show", "broadcast", "segment", "piece", "story", "headline", "film", "documentary",
        "movie", "episode", "podcast", "cartoon", "sign", "slogan", "song", "speech", "script",
        "text", "page", "site", "feed", "account", "footage", "image", "photo", "picture",
        "map", "chart", "graph", "table", "transcript", "recording", "tape", "clip",
    }
)  # fmt: skip
# Endings of nouns for one who does something: "seller", "investigator", "chemist",
# "historian", "correspondent", "councilman", "chairperson".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person")
_SPEAKING_WORDS = (
    _REPORTING_WORDS | _PEOPLE_BODIES | _PERSON_WORDS | _TALK_NOUNS | _RULE_TEXTS | _MEDIA_WORKS
)


def mute_thing(noun: Token) -> bool:
    """A singular common noun in lower case for a thing that cannot say or claim anything: a
    product, a feature, an amount, an event or an idea ("the update", "the new engine",
    "the rate"); not people, a body, a document, a medium, data, words or a talk ("the aide",
    "the family", "the agency", "the report", "the debate"), nor a thing that stands for such a
    group in its "of" phrase ("a flood of letters", "a chorus of critics"), a noun for one who
    does something ("the seller", "the correspondent"), a plural, which may be people the
    lexicon does not know ("the delegates"), or a noun a name qualifies ("the Zeta
    movement")."""
    if noun.tag_ != "NN" or noun.ent_type_ or not noun.is_lower or not _thing_word(noun):
        return False
    if any(c.pos_ == "PROPN" or c.ent_type_ for c in noun.lefts):
        return False
    group = partitive_group(noun)
    return group is None or (group.pos_ == "NOUN" and not group.ent_type_ and _thing_word(group))


def _thing_word(noun: Token) -> bool:
    """A common noun no word class names as one who can report (`mute_thing`)."""
    if people(noun) or person_noun(noun):
        return False
    lower = noun.lower_
    if {lower, noun.lemma_.lower(), lower + "s"} & _SPEAKING_WORDS:
        return False
    return lower.endswith("ment") or not lower.endswith(_AGENT_ENDINGS)
