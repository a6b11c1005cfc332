"""The speaker of a cue: its subject in the parse, and the mention that names it.

The subject is the cue's ``nsubj``; a cue set off by commas inside the clause it reports takes
the words between the comma and itself ("The cause, farmers say, is ..."). A cue without a
subject borrows it from the verb it is coordinated with ("Sanders has cast ... and accused
her", "He was ousted and said ...", past a dashed aside: 'Lee railed at it - "Q," he said - and
vowed ...': Lee), the verb it elaborates ("tweeted, saying ...", "is quick to add ...", "sent
an email to supporters saying ...") or the noun a relative clause modifies ("Conley, who said
..."); a participle whose lender's subject is a pronoun in a clause hung on a named subject
takes that name ("Lee said he would try, vowing ...": Lee; "Most of the senators said they ...,
stressing ...": Most); a participle on people in an object is theirs ("included aides
suggesting ..."); a participle whose lender's subject is a thing goes to the people acting in
the clause just before its comma ("The clash came at noon, when protesters stormed the hall,
shouting ...": protesters). A common-noun subject that names its author with "by", directly or
through a participle of writing or sending, gives way to that author ("An estimate by the tax
committee projected ...", "An email sent by the campaign warned ..."), one identified by name
to the name ("A man later identified as Bo Ray told ..."), and a place the parse took for the
subject to the name it qualifies ("Ann Lee of the University of California, Los Angeles said
..."); failing a subject, a name the parse left beside the cue is the speaker ("John Smith,
44, said ...", '"...," said Tom Baker, ...'), as is the object of a verb that closes its
content after a comma ("It cannot work, argued the city's lawyer, Ann Lee"). An
infinitive or gerund under a verb that brings someone to speak is said by that verb's object
("led the chairman to declare ...", "kept her from writing ...") or by the subject of a passive
("was urged by aides to announce ..."); an infinitive on a noun of effort is said by whoever
makes it ("sold shares in a bid to persuade ..."). A finite verb heading its sentence with no
subject in the parse takes the noun phrase right before it, past a dashed aside ("Dems hope
...", "Lee - in a speech - declared ..."). Passive cues take their ``by`` agent. A subject
"it" speaks only for the document or organisation it stands for, the nearest main-clause
subject in its sentence or the one before, or past people and plurals the nearest such noun
there ("The firm sued. It said ...", "Lee unveiled an ad. It claims ..."); an expletive "it"
("it seems ...", "it turns out ...") or one after another thing ("The vote was close. It
shows ...") is no speaker, nor is an organisation with a verb of evidence ("It showed
..."). A contracted
auxiliary the parse took for the subject gives way to the pronoun before it ("he's said"). The
mention is the named entity or noun phrase around that subject, without appositions, so it
points at the words that name the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cues import (
    ALL_VERBS,
    AMOUNT_ENTS,
    HUMAN_SUBJECTS,
    IMPERSONAL_VERBS,
    POLL_NOUNS,
    SPEAKING_BODIES,
    SPEAKING_THINGS,
    cue_lemma,
)
from foretold.attribution.entities import GROUP_WORDS, ROLE_NOUNS

_RELATIVE = {"who", "which", "that", "whom"}
_BORROWING_DEPS = {"conj", "advcl", "xcomp", "pcomp", "acl"}
_EXPLETIVES = {"it", "there"}


def subject_of(cue: Token, depth: int = 0) -> Token | None:
    """The token heading the speaker of a cue, or None."""
    subjects = [
        c
        for c in cue.children
        if c.dep_ in {"nsubj", "csubj"} and c.ent_type_ not in {"DATE", "TIME"}
    ]
    if subjects:
        named = [s for s in subjects if s.pos_ == "PROPN"]
        subject = _clitic_subject(named[-1] if named else subjects[-1])
        if subject.lower_ in _EXPLETIVES and it_antecedent(subject) is None:
            return None
        return _identified(
            document_author(_named_before_place(_parenthetical_subject(cue, subject)))
        )
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if (controller := _controller(cue)) is not None:
        return controller
    lender = _lender(cue) if depth < 3 else None
    if lender is not None and (found := subject_of(lender, depth + 1)) is not None:
        if (actors := _actors_before(cue, found)) is not None:
            return actors
        return _identified(_named_antecedent(cue, lender, found))
    passive = _passive_subject(lender) if lender is not None and cue.dep_ == "conj" else None
    if passive is not None:
        return passive  # "He was forced out and said ...": He
    if cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN"}:
        return _effort_holder(cue, depth) or cue.head
    if cue.dep_ == "relcl" and _is_name(cue.head) and not _has_subject(cue):
        return cue.head  # "Senator Ann Cole, the top Democrat, on Monday called ..."
    return (adjacent_name(cue) or stranded_subject(cue)) if depth == 0 else None


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
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
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
        or _people(noun)
        or noun.tag_ in {"NNS", "NNPS"}
        or noun.ent_type_ in {"PERSON", "NORP"}
    )


def _named_thing_before(pronoun: Token) -> Token | None:
    """The nearest document or organisation named before a pronoun in its sentence or the
    sentence before ("Lee unveiled his new ad. It shows ...": ad)."""
    doc = pronoun.doc
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in {"compound", "poss"} and _speaking_thing(token):
            return token
    return None


def _named_before_place(subject: Token) -> Token:
    """The name a place set off by a comma qualifies, when the parse took the place for the
    subject ("Ann Lee of the University of California, Los Angeles said ...": Lee, not Los
    Angeles); the subject otherwise."""
    first = subject.left_edge.i
    if subject.ent_type_ != "GPE" or first < 2 or subject.doc[first - 1].text != ",":
        return subject
    noun = subject.doc[first - 2]
    if noun.pos_ != "PROPN" or noun.sent != subject.sent:
        return subject
    while noun.dep_ in {"pobj", "prep", "compound"} and noun.head.i < noun.i:
        noun = noun.head
    if noun == subject or not (_is_name(noun) or _people(noun)) or noun.ent_type_ == "GPE":
        return subject
    return noun if noun.i < first - 2 else subject


def _effort_holder(cue: Token, depth: int) -> Token | None:
    """Who makes the effort an infinitive cue completes ("Lee sold his shares in a bid to
    persuade the board ...", "She made an attempt to convince them ...": Lee, She; "his
    effort to persuade ...": his), or None for a noun naming people ("aides to say")."""
    noun = cue.head
    if _people(noun) or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"} or depth >= 3:
        return None
    return subject_of(verb, depth + 1)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def stranded_subject(verb: Token) -> Token | None:
    """The noun phrase right before a finite verb heading its sentence with no subject in the
    parse, which hung the subject elsewhere ("Dems hope ...", "The group's office announced
    Friday that ...", "Lee - in a rare remark - declared that ...": Dems, office, Lee); its
    first conjunct or the noun an "of" phrase in it hangs on ("Lee and his aides say": Lee;
    "the average of polls shows": average)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _FINITE_TAGS or _has_subject(verb):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].pos_ == "ADV":
        i -= 1
    if i >= verb.sent.start and doc[i].text in _DASHES:  # skip a dashed aside
        i -= 1
        while i >= verb.sent.start and doc[i].text not in _DASHES and verb.i - i < 30:
            i -= 1
        i -= 1
    if i > verb.sent.start and doc[i].text == "," and doc[i - 1].dep_ == "appos":
        i -= 1  # "Most voters, 67 percent, say ..."
    if i < verb.sent.start or doc[i].pos_ not in _NOMINAL | {"NUM"}:
        return None
    noun = doc[i]
    while noun.dep_ in {"conj", "pobj", "prep"} and noun.head.i < noun.i:
        if noun.dep_ == "prep" and noun.lower_ != "of":
            break
        if noun.dep_ == "conj" and any(t.text == "," for t in doc[noun.head.i : noun.i]):
            break
        noun = noun.head
    if noun.pos_ not in _NOMINAL | {"NUM"} or noun.lower_ in _EXPLETIVES | _RELATIVE:
        return None
    return noun


_EMBEDDING_DEPS = frozenset({"ccomp", "conj", "advcl", "relcl", "acl", "xcomp", "acomp"})


def _named_antecedent(cue: Token, lender: Token, found: Token) -> Token:
    """For a participle cue whose lender's subject is a pronoun inside a clause hung on a
    named subject's verb, that name ("Lee said he would try, adding ...": Lee); the
    pronoun otherwise."""
    if cue.tag_ != "VBG" or found.lower_ not in {"he", "she", "they"}:
        return found
    verb = lender
    for _ in range(3):
        if verb.dep_ not in _EMBEDDING_DEPS or verb.head == verb:
            return found
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < found.i and _agrees_with(found, subject):
            return subject
    return found


def _actors_before(cue: Token, found: Token) -> Token | None:
    """For a participle after a comma whose lender's subject is a thing, the people who act
    in the clause that ends at the comma ("The first clash came at noon, when protesters
    stormed the hall, shouting ...": protesters, not the clash), or None."""
    if cue.tag_ != "VBG" or found.pos_ != "NOUN" or _people(found) or found.ent_type_:
        return None
    doc = cue.doc
    i = cue.i - 1
    if i <= found.i or doc[i].text != ",":
        return None
    verb = doc[i - 1]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb and verb.head.i < i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"relcl", "advcl"} or verb.i < found.i:
        return None
    actor = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if actor is None or not (_people(actor) or actor.ent_type_ in {"PERSON", "ORG", "NORP"}):
        return None
    return actor


_NAMING_VERBS = frozenset({"identify", "name"})


def _identified(subject: Token) -> Token:
    """The name a common-noun subject is identified as ("A woman, later identified as Ann
    Lee, said ...", "A man later identified as Bo Ray told ...": the name); the subject
    otherwise."""
    if subject.pos_ != "NOUN":
        return subject
    verbs = [c for c in subject.children if c.dep_ == "acl"]
    if subject.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(subject.head)
    for verb in verbs:
        if verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if name is not None and name.ent_type_ == "PERSON":
                    return name
    return subject


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb ("He was elected in May": He), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _EXPLETIVES | _RELATIVE:
        return None
    return subject if subject.pos_ in {"PRON", "PROPN"} or _people(subject) else None


def _agrees_with(pronoun: Token, name: Token) -> bool:
    """A name a pronoun can stand for: a person for "he" or "she", a plural for "they"."""
    if pronoun.lower_ == "they":
        return name.tag_ in {"NNS", "NNPS"} or _part_of_plural(name)
    return name.pos_ == "PROPN" and name.ent_type_ not in {"GPE", "NORP", "LOC", "DATE", "TIME"}


def _part_of_plural(word: Token) -> bool:
    """A part of a plural group ("Most of the senators", "some of the aides")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(c.dep_ == "pobj" and c.tag_ in {"NNS", "NNPS"} for c in child.children)
    return False


def document_author(subject: Token) -> Token:
    """The author a common-noun subject names with "by", directly or through a participle
    ("A 2014 estimate by the tax committee projected ...", "An email sent out by the campaign
    warned ...": the committee, the campaign); the subject otherwise, and a poll is its own
    source ("A poll conducted by Gallup shows ...": the poll), as is a document someone only
    obtained ("an email obtained by the group")."""
    if subject.pos_ != "NOUN":
        return subject
    for child in subject.rights:
        if child.dep_ == "prep" and child.lower_ == "by":
            by = child
        elif _authored(child) and subject.lower_ not in POLL_NOUNS:
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        else:
            continue
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if author is not None and author.pos_ in {"NOUN", "PROPN"}:
            return author if author.ent_type_ not in AMOUNT_ENTS else subject
    return subject


_AUTHORING = frozenset(
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
        and participle.lemma_.lower() in _AUTHORING
    )


def _clitic_subject(subject: Token) -> Token:
    """The pronoun before a contracted auxiliary the parse took for the subject ("While he's
    said ...": "he", not "'s"); the subject itself otherwise."""
    if subject.lower_ not in {"'s", "\u2019s"}:
        return subject
    inner = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i]
    return inner[-1] if inner else subject


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children)


def _controller(cue: Token) -> Token | None:
    """Who does the saying of an infinitive or gerund cue with no subject of its own: the
    object of the verb that brings someone to it ("The result led the chairman to declare ...",
    "left many to wonder ...", "kept his partner from writing about ...") or the subject of a
    passive verb ("She is reported to have called ...", "He was forced to admit ...")."""
    verb = cue.head
    if cue.dep_ == "pcomp" and verb.lower_ == "from" and verb.dep_ == "prep":
        verb = verb.head
    elif cue.dep_ != "xcomp":
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb == cue:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ not in _EXPLETIVES | _RELATIVE:
            return child
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and verb.i < child.i < cue.i
            and (child.pos_ in _NOMINAL or child.lower_ in GROUP_WORDS)
            and child.ent_type_ not in {"DATE", "TIME"}
        ):
            return child
    return None


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _lender(cue: Token) -> Token | None:
    """The verb whose subject a cue without one shares, or None."""
    head = cue.head
    if head == cue:
        return None
    if (
        cue.dep_ == "acl"
        and cue.tag_ != "VBN"
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in head.head.children)
        and not _people(head)
    ):  # "issued a statement saying ...": whoever issued it (not "a campaign focused on",
        return head.head  # nor "quoted aides saying ...": the aides)
    if (sender := _message_sender(cue)) is not None:
        return sender
    if (
        cue.tag_ == "VBG"
        and cue.lemma_.lower() == "add"
        and cue.dep_ == "advcl"
        and _after_comma(cue)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in ALL_VERBS
    ):  # "told them that X, adding ...": the one who told, not X
        return head.head
    if cue.dep_ == "conj" and (interrupted := _verb_before_aside(cue)) is not None:
        return interrupted  # "railed at X - "Q," he said - and vowed ...": whoever railed
    if cue.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in ALL_VERBS:
        return head.head  # "said X, and urged Y": the subject of "said"
    if cue.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head  # "dismissed the charge by pointing out ...": whoever dismissed it
    elif cue.dep_ not in _BORROWING_DEPS:
        return None
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "attr"}:
        head = head.head  # "The board is quick to add ...", "was the first in saying ..."
    return head if head.pos_ in {"VERB", "AUX"} else None


def _verb_before_aside(cue: Token) -> Token | None:
    """For a verb coordinated, past a closing dash, with a verb inside a dashed aside, the
    verb of the clause the aside interrupts ('Lee railed at the plan - "It fails," he said -
    and vowed to stop it': railed), or None."""
    doc = cue.doc
    head = cue.head
    close = cue.i - 1
    while close > head.i and cue.i - close <= 3 and doc[close].text not in _DASHES:
        if doc[close].pos_ not in {"CCONJ", "ADV"} and not doc[close].is_quote:
            return None
        close -= 1
    if close <= head.i or doc[close].text not in _DASHES:
        return None
    start = max(cue.sent.start, head.i - 40)
    opening = next((i for i in range(head.i - 1, start, -1) if doc[i].text in _DASHES), None)
    if opening is None:
        return None
    verb = doc[opening - 1]
    while verb.head.i < opening and verb.head != verb:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.head.i > opening else None


def _people(noun: Token) -> bool:
    """A noun that names people ("aides", "the senator", "Ann Lee")."""
    lower = noun.lower_
    return noun.ent_type_ == "PERSON" or lower in GROUP_WORDS or lower in ROLE_NOUNS


def _parenthetical_subject(cue: Token, subject: Token) -> Token:
    """For a cue set off by commas inside the clause it reports, the words between the comma
    and the cue ("The cause, farmers and ranchers say, is ...": the parse may give the
    cue the clause's subject and hang the speakers on the noun before the comma)."""
    if cue.dep_ != "parataxis" or subject.i > cue.i:
        return subject
    doc = cue.doc
    start = cue.i - 1
    while start > subject.i and cue.i - start <= 8 and doc[start].text != ",":
        start -= 1
    if doc[start].text != "," or start + 1 >= cue.i:
        return subject
    heads = [
        t
        for t in doc[start + 1 : cue.i]
        if t.pos_ in {"NOUN", "PROPN", "PRON"} and not start < t.head.i < cue.i
    ]
    return heads[0] if heads else subject


_MESSAGE_VERBS = frozenset({"say", "state", "read", "ask", "announce", "declare", "claim"})


def _message_sender(cue: Token) -> Token | None:
    """The verb that sent a message a participle of saying describes, when the parse hangs the
    participle on the addressee ("sent an email to supporters saying ...": whoever sent it;
    but "gave money to groups opposing it": the groups)."""
    addressee = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or addressee.dep_ != "pobj":
        return None
    if cue_lemma(cue.lemma_, cue.text) not in _MESSAGE_VERBS:
        return None
    if addressee.head.lower_ != "to":
        return None
    verb = addressee.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _after_comma(token: Token) -> bool:
    """A comma right before a token, or before the quotation mark right before it
    ('... "was hopeless," adding').
    """
    doc = token.doc
    i = token.i - 1
    if i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].text == ","


def adjacent_name(cue: Token) -> Token | None:
    """A name the parser left out of the subject of a cue: right before it ("Saturday at the
    convention Sen. Elizabeth Warren (D-MA) said ...", "As part of the deal, John Smith, 44,
    said ..."), or right after it when the cue follows its content ('"...," said Tom Baker, a
    member of the panel, told ...')."""
    if any(c.dep_ in {"nsubjpass", "auxpass", "expl"} for c in cue.children):
        return None
    return _name_before(cue) or _name_after(cue) or _object_after(cue)


_NAME_PHRASE_DEPS = frozenset({"appos", "prep", "pobj", "nummod", "npadvmod", "amod", "conj"})


def _name_before(cue: Token) -> Token | None:
    """The name whose phrase ends right before a cue, through its apposition ("Ann Lee, the
    director of the office, said")."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i >= 0 and doc[i].text == ")":  # skip a bracketed affiliation: "(D-MA)"
        while i >= 0 and doc[i].text != "(" and cue.i - i < 12:
            i -= 1
        i -= 1
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    if i < 0 or doc[i].sent != cue.sent:
        return None
    token = doc[i]
    for _ in range(5 if comma else 0):
        if _is_name(token) or token.dep_ not in _NAME_PHRASE_DEPS or token.head.i >= cue.i:
            break
        token = token.head
    if not _is_name(token) or token.right_edge.i < i:
        return None
    return token


def _name_after(cue: Token) -> Token | None:
    """A name right after a cue that closes its content ('"...," said Tom Baker')."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc):
        return None
    before = doc[cue.i - 1]
    if before.text != "," and not before.is_quote:
        return None
    first = doc[cue.i + 1]
    if first.ent_iob_ != "B" or first.ent_type_ != "PERSON":
        return None
    end = first.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


_ADDRESSING = frozenset({"tell", "ask", "warn", "remind", "assure", "inform", "urge", "advise"})


def _object_after(cue: Token) -> Token | None:
    """The speaker the parse took for the object of a verb that closes its content after a
    comma ("It is not for the court to decide, argued the state's lawyer, Ann Lee.": the
    lawyer); not an addressee ("..., told the board")."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or cue.pos_ != "VERB":
        return None
    if doc[cue.i - 1].text != "," and not doc[cue.i - 1].is_quote:
        return None
    if cue.lemma_.lower() in _ADDRESSING:
        return None
    if not any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        return None
    speaker = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1:
        return None
    return speaker if _people(speaker) or speaker.ent_type_ in HUMAN_SUBJECTS else None


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in HUMAN_SUBJECTS


# Verbs whose subject holds the claim, warning or call they take as object.
_HOLDER_VERBS = frozenset(
    {
        "express", "voice", "make", "issue", "raise", "repeat", "reiterate", "renew", "share",
        "deliver", "offer", "lodge", "level", "air", "file", "send", "post", "publish",
        "release", "register", "announce", "give", "have", "escalate", "step", "reach",
        "provide", "present", "submit", "put",
    }
)  # fmt: skip


def noun_holder(noun: Token) -> Token | None:
    """Whose claim, warning or call a cue noun is: its possessor ("Trump's claim"), its ``by``
    phrase ("allegations by aides"), or the subject of the verb that makes it ("Rubio voiced
    concerns about ...", "she issued a warning that ...")."""
    head = noun.head
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and noun.dep_ == "dobj" and head.pos_ == "VERB":
                return subject_of(head) or child  # "Trump stepped up his attacks on ..."
            return child
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _HOLDER_VERBS:
        return subject_of(head)
    return None


class MentionIndex:
    """Maps a head token to the mention that names it: an entity or a noun chunk."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.chunks = list(doc.noun_chunks)
        self._chunks: dict[int, tuple[int, int]] = {}
        for chunk in self.chunks:
            self._chunks[chunk.root.i] = (chunk.start, chunk.end)

    def mention(self, head: Token) -> Span:
        doc = self.doc
        if head.ent_iob_ != "O" and head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"}:
            start = head.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            end = head.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            chunk = self._chunks.get(head.i)
            if (
                chunk
                and chunk[0] < start
                and all(
                    doc[i].pos_ in {"DET", "ADJ", "PROPN", "NOUN", "NUM"}
                    for i in range(chunk[0], start)
                )
            ):
                start = chunk[0]
            return doc[start:end]
        chunk = self._chunks.get(head.i)
        if chunk:
            start, end = chunk
            while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
                start += 1
            for i in range(head.i - 1, start - 1, -1):  # a chunk never spans a line break
                if "\n" in doc[i].text_with_ws:
                    start = i + 1
                    break
            return doc[start:end]
        return doc[head.i : head.i + 1]
