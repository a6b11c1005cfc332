"""The subject a cue without one of its own borrows from a verb near it.

A cue without a subject borrows it from the verb it is coordinated with ("Sanders has cast ... and
accused her", "He was ousted and said ...", past a dashed aside: 'Lee railed at it - "Q," he said -
and vowed ...': Lee; a gerund the parse hung on a tensed verb, or on a verb after a modal, inside
another gerund's clause goes with that gerund: "saying the plan was sunk - and arguing ...",
"warning that it could fail and implying ...": saying, warning; a tensed verb the parse hung on an
infinitive goes with the infinitive's governor: "urged the rest to unite and tried to ...": urged),
the verb it elaborates ("tweeted, saying ...", "is quick to add ...", "sent an email to supporters
saying ...", a fronted gerund taken for a preposition: "Considering the cost, Lee said ...", and
past the "be" of a cleft: "It was in May that Lee gave a speech, warning ...": gave; past a clause
whose "that" comes after it: "Answering critics, that the state would meddle, he said": said) or the
verb whose object it describes ("issued a statement saying ..."), unless the participle tells a
wish, fear or belief, which only a being holds: the object holds it ("tracked rats not wanting to
leave": the rats); a participle whose lender's subject is a pronoun in a clause hung on a named
subject takes that name ("Lee said he would try, vowing ...": Lee; "Most of the senators said they
..., stressing ...": Most; "Acme said they would appeal, adding ...": Acme), and so does a closing
"adding" or "citing" on the complement of a report ("said the plan failed, citing weak sales":
whoever said it), as does a "citing" of a source with no comma before it ("reported that X failed
citing aides": whoever reported it); a participle right after a quotation a verb reports goes with
that verb ('stressed that "A," suggesting B': whoever stressed), and a gerund the parse made the
head of a sentence whose report it hung on it with that report ('"A," he said, adding B': he); a
participle whose lender's subject is a thing goes to the people acting in the clause just before its
comma ("The clash came at noon, when protesters stormed the hall, shouting ...": protesters), and
one whose lender is a relative clause on a thing to whoever has that thing ("She has a strategy that
rests on casting herself as ...": She). An infinitive or gerund under a verb that brings someone to
speak is said by that verb's object ("led the chairman to declare ...", "kept her from writing ...",
"talked him into saying ...", and a purpose infinitive on a verb of sending by the person sent:
"sent a reporter to ask ...") or by the subject of a passive ("was urged by aides to announce ...",
"was criticized for saying ..."); a participle "as saying" after a verb of quoting is said by the
one quoted ("The paper quoted Ann Lee as saying ..."), but the object of a verb of means is not
("used the interview to demand ...": whoever used it). A plain present joined to a past
relative clause goes on with the present clause the relative clause sits in ("have all
described it as a debt to the groups that brought them in and say ...": whoever described it).
A cue heading a clause with a tensed
auxiliary of its own that the parse hung on another verb borrows nothing ("found records that showed
a ship had attacked ...": the finder did not attack). A "by" gerund goes with the verb its
preposition hangs on ("dismissed the charge by pointing out ...": whoever dismissed it), past a
participle with a subject of its own under "have" or "get" to that verb ("tried to have her son
freed by saying ...": whoever tried). A verb inside a quotation that opens after the cue lends
nothing, for the cue reports those words: the verb above it before the cue does ('Lee seemed
ready, telling the crowd, "Some people get carried away"': Lee).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cited_sources import citing_reporter
from foretold.attribution.cues import (
    ALL_VERBS,
    CITING_VERBS,
    POLL_NOUNS,
    SPEAKING_THINGS,
    cue_lemma,
)
from foretold.attribution.entities import GROUP_WORDS
from foretold.attribution.marks import DASHES
from foretold.attribution.object_control import controls_object
from foretold.attribution.open_questions import NOMINAL_SUBJECT_DEPS
from foretold.attribution.own_clauses import gerund_on_tensed_verb
from foretold.attribution.participle_pronouns import picked_by_participle
from foretold.attribution.quoted_sources import quoted_one, quoted_source, quoting_verb
from foretold.attribution.reporting_purposes import misplaced_purpose, reporting_purpose
from foretold.attribution.speaker_words import (
    EXPLETIVES,
    NOMINAL,
    RELATIVE,
    is_name,
    people,
    person_noun,
)
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.tensed_verbs import FINITE_TAGS, TENSE_TAGS, noun_clause_verb

_BORROWING_DEPS = {"conj", "advcl", "xcomp", "pcomp", "acl"}

# Verbs of a wish, fear or belief, held in a mind and never by a text: a statement can say
# or urge, but not want, hope or fear.
_HELD_IN_MIND = frozenset(
    {"want", "wish", "hope", "fear", "believe", "think", "feel", "doubt", "worry", "know"}
)


def lender_of(cue: Token) -> Token | None:
    """The verb whose subject a cue without one shares, or None."""
    head = cue.head
    if (reporter := _report_before_gerund(cue)) is not None:
        return reporter  # '"It will pass," he said, adding ...': whoever said it
    if head == cue:
        return None
    if (owner := misplaced_purpose(cue)) is not None:
        return owner  # "highlighted the fees she took to question whether ...": the highlighter
    if (
        cue.dep_ == "acl"
        and cue.tag_ != "VBN"
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in head.head.children)
        and not people(head)
        and not picked_by_participle(cue)
        and cue_lemma(cue.lemma_, cue.text) not in _HELD_IN_MIND
    ):  # "issued a statement saying ...": whoever issued it (not "a campaign focused on",
        return head.head  # nor "quoted aides saying ...": the aides, or "warned those backing")
    if (sender := _message_sender(cue)) is not None:
        return sender
    if (holder := _having_verb(cue)) is not None:
        return holder  # "had little to say about X": whoever had it
    if (reporter := citing_reporter(cue)) is not None:
        return reporter  # "reported that X collapsed citing aides": whoever reported it
    if (
        cue.tag_ == "VBG"
        and (_closing_gerund(cue) or _after_closed_quotation(_own_adverbs_start(cue)))
        and cue.dep_ == "advcl"
        and (_after_comma(_own_adverbs_start(cue)) or _opened_by_mark(cue))
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in ALL_VERBS
        and not _trailing_reporter(head)
    ):  # "told them that X, adding ...", 'stressed that "X," suggesting ...': the teller
        return head.head
    if (cleft := _cleft_clause(cue)) is not None:
        return cleft  # "It was in May that Lee gave a speech, warning ...": whoever gave it
    if (gerund := _gerund_before(cue)) is not None:
        return gerund  # "saying the bill was fine - and arguing ...": whoever was saying
    if cue.dep_ == "conj" and (interrupted := _verb_before_aside(cue)) is not None:
        return interrupted  # "railed at X - "Q," he said - and vowed ...": whoever railed
    if cue.dep_ == "conj" and (main := _present_past_relative(cue)) is not None:
        return main  # "have all said X to the groups that hired them and say ...": who said X
    if cue.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in ALL_VERBS:
        return head.head  # "said X, and urged Y": the subject of "said"
    if (governor := _tensed_beside_infinitive(cue)) is not None:
        return governor  # "urged aides to wait and tried to ...": whoever urged them
    if cue.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head  # "dismissed the charge by pointing out ...": whoever dismissed it
        head = _causer(head)  # "had him freed by saying ...": whoever had him freed
    elif not (cue.dep_ in _BORROWING_DEPS or _fronted_prepositional_gerund(cue)):
        return None
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "attr"}:
        head = head.head  # "The board is quick to add ...", "was the first in saying ..."
    elif head.pos_ == "ADV" and head.dep_ == "advmod":
        head = head.head  # "went as far as saying ...", "knows enough to say ...": who went
    if (outer := _clause_above_mark(cue, head)) is not None:
        return outer  # "Answering critics, that the state would meddle, he said": he
    head = _outside_quotation_after(cue, head)
    return head if head.pos_ in {"VERB", "AUX"} else None


def _outside_quotation_after(cue: Token, head: Token) -> Token:
    """For a cue the parse hung on a verb of a quotation that opens after it ('Lee seemed
    ready, telling the crowd, "Some people get carried away"': get), the nearest verb above
    that one that stands before the cue, outside the words it reports (seemed, whose subject
    tells them); the head itself otherwise, also when no such verb is found."""
    if head.i < cue.i or not any(t.tag_ == "``" for t in cue.doc[cue.i + 1 : head.i]):
        return head
    for above in head.ancestors:
        if above.i < cue.i:
            return above if above.pos_ in {"VERB", "AUX"} else head
    return head


# Verbs that have a thing done to someone, whose subject is the one acting by the means a
# "by" phrase names: "had him freed by saying ...".
_CAUSING_VERBS = frozenset({"have", "get"})


def _causer(verb: Token) -> Token:
    """For a passive participle with a subject of its own under "have" or "get", that "have"
    or "get", whose subject acts by the means the participle's "by" phrase names ("tried to
    have her son freed by saying ...": whoever tried, not the son); the verb itself
    otherwise."""
    above = verb.head
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in {"ccomp", "xcomp"}
        and above.lemma_.lower() in _CAUSING_VERBS
        and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    ):
        return above
    return verb


_CLAUSE_MARKS = frozenset({"that", "whether"})


def _clause_above_mark(cue: Token, head: Token) -> Token | None:
    """The verb above a marked clause the parse hung a participle on when the participle comes
    before the clause's "that": words before the mark lie outside the clause it opens, so the
    participle goes with the clause above ("Answering critics, before the vote, that the
    state would meddle, he said ...": whoever said it, not "the state"); None otherwise."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i > head.i or head.dep_ == "ROOT":
        return None
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS), None)
    if mark is None or mark.i < cue.i:
        return None
    return head.head if head.head.pos_ in {"VERB", "AUX"} else None


def _closing_gerund(cue: Token) -> bool:
    """A participle that goes on with the teller's report: "adding" or one naming the grounds
    given ("told them that X, adding ...", "said that X, citing the weather")."""
    lemma = cue.lemma_.lower()
    return lemma == "add" or lemma in CITING_VERBS


def _fronted_prepositional_gerund(cue: Token) -> bool:
    """A gerund opening a sentence that the parse took for a preposition on the verb after it,
    whose subject does the gerund's act ("Considering the cost, the mayor said ...": the mayor
    considers it)."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "prep"
        and cue.i == cue.sent.start
        and cue.head.i > cue.i
        and not any(c.dep_ in {"nsubj", "aux"} for c in cue.children)
    )


def _cleft_clause(cue: Token) -> Token | None:
    """For a participle the parse hung on the "be" of a cleft sentence, the verb of the clause
    after "that", whose subject goes on acting ("It was at the summit that Lee gave a speech,
    warning ...": gave, not "was"), or None."""
    copula = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    for focus in copula.children:
        nouns = [focus] if focus.dep_ == "attr" else []
        if focus.dep_ == "prep":
            nouns = [c for c in focus.children if c.dep_ == "pobj"]
        for noun in nouns:
            for clause in noun.rights:
                first = clause.left_edge
                if (
                    clause.dep_ in {"relcl", "ccomp", "acl"}
                    and first.lower_ == "that"
                    and clause.right_edge.i < cue.i
                    and any(c.dep_ == "nsubj" and c.i > first.i for c in clause.children)
                ):
                    return clause
    return None


def _having_verb(cue: Token) -> Token | None:
    """For a to-infinitive cue on the object of "have", that "have", whose subject does the
    saying: "The mayor had little to say about the plan", "She will have more to say about it"
    (the mayor and she speak), or None."""
    head = cue.head
    if cue.dep_ != "relcl" or not any(c.tag_ == "TO" for c in cue.children):
        return None
    if head.dep_ != "dobj" or head.head.lemma_.lower() != "have" or head.head.pos_ != "VERB":
        return None
    if head.lower_ not in _AMOUNTS:
        return None
    return head.head


# Words for how much one has to say: "had [little] to say", "will have [more] to say".
_AMOUNTS = frozenset({"little", "much", "more", "less", "nothing", "something", "lot", "plenty"})


def finite_clause(cue: Token) -> bool:
    """A cue heading a clause hung on another verb with a tensed auxiliary of its own, whose
    subject the parse put elsewhere, so that it borrows none ("came across records that showed a
    bomber had attacked a ship": "had attacked" is the bomber's, not the finder's)."""
    if cue.dep_ not in {"advcl", "acl"}:
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in cue.children)


def _report_before_gerund(cue: Token) -> Token | None:
    """For a gerund the parse made the head of a sentence whose reporting verb it hung on the
    gerund ('"The bill will pass," she said, adding that ...'), that reporting verb, whose
    subject goes on speaking, or None."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"ROOT", "advcl"}:
        return None
    reports = [c for c in cue.children if c.dep_ == "parataxis" and c.i < cue.i]
    if not reports or reports[-1].pos_ != "VERB":
        return None
    report = reports[-1]
    doc = cue.doc
    end = report.right_edge.i
    if doc[end].text != "," and not (end + 1 < cue.i and doc[end + 1].text == ","):
        return None
    return report if report.lemma_.lower() in ALL_VERBS else None


def _tensed_beside_infinitive(cue: Token) -> Token | None:
    """For a tensed verb the parse coordinates with an infinitive, the verb governing that
    infinitive, the one it really goes with ("Lee urged the rest of the party to unite and
    tried to make the case ...": urged, not "to unite", whose doer is the rest), or None; so
    too with a gerund without an auxiliary, which a tensed verb cannot be coordinated with
    either ("The lab studied the rival team's data using its own tools and confirmed the
    result": studied, not "using", whose subject the parse took to be the data); for one the
    parse coordinates with the infinitive of a noun, the tensed verb of the noun's clause
    ("Lee faulted her for backing the group's refusal to act and called for a vote":
    faulted, not the group), unless it is a past that is also a bare form ("put", "shut"),
    which may be the infinitive's own conjunct."""
    head = cue.head
    if cue.dep_ != "conj" or cue.tag_ not in TENSE_TAGS:
        return None
    if _noun_infinitive(head) and cue.lower_ != cue.lemma_.lower():
        return noun_clause_verb(head.head)
    if not (_to_infinitive(head) or _bare_gerund(head)):
        return None
    governor = head.head
    return governor if governor.pos_ in {"VERB", "AUX"} and governor.tag_ in TENSE_TAGS else None


def _noun_infinitive(verb: Token) -> bool:
    """A to-infinitive on a noun: "Obama's refusal [to use] the term"."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and _with_to(verb)


def _to_infinitive(verb: Token) -> bool:
    """A to-infinitive complement: "urged the rest [to unite]"."""
    return verb.dep_ == "xcomp" and _with_to(verb)


def _with_to(verb: Token) -> bool:
    """A bare verb with its "to": "[to use]"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _bare_gerund(verb: Token) -> bool:
    """A gerund clause with no auxiliary hung on another verb: "studied the data [using] its
    own tools" (not "was [using]")."""
    return (
        verb.dep_ in {"ccomp", "xcomp", "advcl"}
        and verb.tag_ == "VBG"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _gerund_before(cue: Token) -> Token | None:
    """For a gerund with no subject that the parse coordinates with a tensed verb inside the
    clause another gerund reports ('Lee spoke, saying the bill was fine - and arguing ...'), that
    other gerund, the one it really goes with (saying), or None."""
    if not (gerund_on_tensed_verb(cue) or _gerund_on_modal_verb(cue)):
        return None
    verb = cue.head
    for _ in range(5):
        if verb.dep_ not in _CLIMBING_DEPS or verb.head == verb:
            return None
        verb = verb.head
        if verb.tag_ == "VBG":
            return verb
    return None


# The links a gerund's search for the gerund it goes with climbs: clauses and the phrases
# the parse may hang them on ("warning aides in [interviews] that X could ...").
_CLIMBING_DEPS = frozenset({"ccomp", "conj", "acl", "pobj", "prep", "dobj"})


def _gerund_on_modal_verb(cue: Token) -> bool:
    """A gerund with no auxiliary that the parse coordinates with a verb after a modal that has
    a subject of its own ("warning that the storm could hit the coast and [urging] ..."): the
    gerund cannot share that subject."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "conj" or head.tag_ == "VBG":
        return False
    if any(c.dep_ in {"aux", "nsubj"} for c in cue.children):
        return False
    head_deps = {(c.dep_, c.tag_) for c in head.children}
    return ("aux", "MD") in head_deps and any(d == "nsubj" for d, _ in head_deps)


def _verb_before_aside(cue: Token) -> Token | None:
    """For a verb coordinated, past a closing dash, with a verb inside a dashed aside, the
    verb of the clause the aside interrupts ('Lee railed at the plan - "It fails," he said -
    and vowed to stop it': railed), or None."""
    doc = cue.doc
    head = cue.head
    close = cue.i - 1
    while close > head.i and cue.i - close <= 3 and doc[close].text not in DASHES:
        if doc[close].pos_ not in {"CCONJ", "ADV"} and not doc[close].is_quote:
            return None
        close -= 1
    if close <= head.i or doc[close].text not in DASHES:
        return None
    start = max(cue.sent.start, head.i - 40)
    opening = next((i for i in range(head.i - 1, start, -1) if doc[i].text in DASHES), None)
    if opening is None:
        return None
    verb = doc[opening - 1]
    while verb.head.i < opening and verb.head != verb:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.head.i > opening else None


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


def _trailing_reporter(verb: Token) -> bool:
    """A reporting verb whose subject opens a clause after a comma, closing the sentence
    it reports back ('Lee said Park "would never win," an aide recalled, adding ...'): a
    participle hung on it goes on with that verb's subject, not with the report it
    reports."""
    if verb.lemma_.lower() not in ALL_VERBS:
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return subject is not None and _after_comma(subject.left_edge)


def _own_adverbs_start(token: Token) -> Token:
    """The first of the adverbs of a token's own right before it, or the token: "[further]
    adding", "[also] noting"."""
    doc = token.doc
    i = token.i
    while i > 0 and doc[i - 1].dep_ == "advmod" and doc[i - 1].head == token:
        i -= 1
    return doc[i]


def _after_comma(token: Token) -> bool:
    """A comma right before a token, or before the quotation mark right before it
    ('... "was hopeless," adding').
    """
    doc = token.doc
    i = token.i - 1
    if i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _opened_by_mark(token: Token) -> bool:
    """A subordinating word of the participle's own right before it ('insisted the delay was
    "premature" while adding ...'): the participle opens a side clause of its own, not the
    progressive of the verb before it."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].dep_ == "mark" and doc[token.i - 1].head == token


def _after_closed_quotation(token: Token) -> bool:
    """A quotation mark right before a token: the quoted words a report gave end there, and a
    participle after them goes on with the one reporting them ('stressed that "A," suggesting
    B': whoever stressed A suggests B, not the subject inside the quotation), also before
    the comma ('said "A", calling it B')."""
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == ",":
        return doc[token.i - 2].is_quote
    return token.i > 0 and doc[token.i - 1].is_quote


# Verbs whose object is the means to an end an infinitive names, not its doer.
_MEANS_VERBS = frozenset({"use", "take", "seize", "grab", "exploit", "utilize", "spend"})


# Tags of a present-tense verb with no "-s": "they [say]" (the tagger may give it "VB").
_PLAIN_PRESENT_TAGS = frozenset({"VBP", "VB"})


def _present_past_relative(cue: Token) -> Token | None:
    """The tensed verb of the clause above a past relative clause that the parse joined a
    present cue to: a plain present with no subject, auxiliary or "to" of its own does not go
    on with a past verb, so it goes on with the present clause the relative clause sits in
    ("have all described it as a debt to the groups that [brought] them in and [say] they
    ...": whoever described it); None otherwise."""
    head = cue.head
    if cue.tag_ not in _PLAIN_PRESENT_TAGS or head.dep_ != "relcl" or head.tag_ != "VBD":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in cue.children):
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in head.children):
        return None
    main = next((a for a in head.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if main is None or not any(c.dep_ == "nsubj" for c in main.children):
        return None
    tensed = [main, *(c for c in main.children if c.dep_ in {"aux", "auxpass"})]
    return main if any(t.tag_ in _PLAIN_PRESENT_TAGS - {"VB"} for t in tensed) else None


def controller_of(cue: Token) -> Token | None:
    """Who does the saying of an infinitive or gerund cue with no subject of its own: the object of
    the verb that brings someone to it ("The result led the chairman to declare ...", "left many
    to wonder ...", "kept his partner from writing about ...", "pushed aides into saying ...")
    or the subject of a passive verb ("She is reported to have called ...", "He was forced to
    admit ...", "Lee was criticized for saying ..."); the one quoted "as saying" ("quoted Ann
    Lee as saying ...": Ann Lee). None for a verb of means ("Lee used the interview to demand
    ...", "took the opportunity to say ...": the subject of "used" speaks), nor for a thing or
    a body that a verb not bringing it to act takes ("co-founded the party to oppose ...",
    ``controls_object``)."""
    verb = cue.head
    if cue.dep_ == "pcomp" and verb.lower_ == "as" and verb.dep_ == "prep":
        quoting = quoting_verb(cue)
        return quoted_source(quoting) if quoting is not None else _quoted_person(verb.head)
    if (judged := _judged_for(cue)) is not None:
        return judged
    if cue.dep_ == "pcomp" and verb.lower_ == "from" and verb.dep_ == "prep":
        verb = verb.head
    elif cue.tag_ == "VBG" and cue.dep_ in {"pcomp", "pobj"} and verb.lower_ == "into":
        verb = verb.head  # "talked the senator into running": the senator
    elif cue.dep_ != "xcomp" and not _sent_to_act(cue, verb):
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb == cue:
        return None
    if cue.dep_ == "xcomp" and verb.lemma_.lower() in _MEANS_VERBS:
        return None  # "used the question to demand ...": whoever used it
    if reporting_purpose(cue, cue_lemma(verb.lemma_, verb.text)):
        return None  # "cited the fees to question whether ...": whoever cited them
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ not in EXPLETIVES | RELATIVE:
            return child
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and verb.i < child.i < cue.i
            and (child.pos_ in NOMINAL or child.lower_ in GROUP_WORDS)
            and child.ent_type_ not in DATE_ENTS
        ):
            if cue.dep_ != "xcomp":  # "sent a reporter to ask ...": the one sent, a person
                return child if people(child) or person_noun(child) or is_name(child) else None
            return child if controls_object(verb, child) else None
    return None


# Verbs that send someone off to do what a purpose infinitive after them says.
_SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deploy"})


def _sent_to_act(cue: Token, verb: Token) -> bool:
    """A to-infinitive of purpose on a verb of sending ("Fox sent a host to the streets to ask
    voters ...", "dispatched aides to tell them ..."): the one sent does what it says."""
    return (
        cue.dep_ == "advcl"
        and verb.lemma_.lower() in _SENDING_VERBS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children)
    )


def _judged_for(cue: Token) -> Token | None:
    """The subject of a passive verb that judges someone for a deed a gerund names, who did
    it ("Lee was criticized for saying ...", "You can be forgiven for not knowing ...": Lee,
    You), or None."""
    prep = cue.head
    if cue.dep_ != "pcomp" or cue.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in {"for", "of"} or prep.head.tag_ != "VBN":
        return None
    return passive_subject(prep.head)


def _quoted_person(verb: Token) -> Token | None:
    """The one a verb of quoting quotes "as saying" ("The paper quoted Ann Lee, a nurse, as
    saying ...": Ann Lee; "Ann Lee was quoted as saying ...": Ann Lee), or None for other verbs
    ("opened the talks as saying ...")."""
    quoted = quoted_one(verb)
    if quoted is None or not (quoted.pos_ in {"PROPN", "PRON"} or people(quoted)):
        return None
    return quoted


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb ("He was elected in May": He), or None. A relative "who"
    counts on a relative clause, where it stands for a person ("the senator, who was pressed
    and said ...": who)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        return subject
    if subject is None or subject.lower_ in EXPLETIVES | RELATIVE:
        return None
    return subject if subject.pos_ in {"PRON", "PROPN"} or people(subject) else None


def agented_passive_subject(cue: Token, lender: Token) -> Token | None:
    """The subject of a passive with a "by" phrase that an active cue is joined to: the cue is
    the subject's doing, not the agent's ("The mayor was pressed by reporters and said ...":
    the mayor); None otherwise. Without a "by" phrase, the cue finder's
    ``misplaced_subjects.passive_conjunct_subject`` reads such a subject."""
    if cue.dep_ != "conj" or cue.head != lender:
        return None
    if not any(c.dep_ == "agent" for c in lender.children):
        return None
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children):
        return None  # "was praised by Lee and called a hero": passive too
    return passive_subject(lender)


_EMBEDDING_DEPS = frozenset({"ccomp", "conj", "advcl", "relcl", "acl", "xcomp", "acomp"})


def named_antecedent(cue: Token, lender: Token, found: Token) -> Token:
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


def actors_before(cue: Token, found: Token) -> Token | None:
    """For a participle after a comma whose lender's subject is a thing, the people who act
    in the clause that ends at the comma ("The first clash came at noon, when protesters
    stormed the hall, shouting ...": protesters, not the clash), or None."""
    if cue.tag_ != "VBG" or found.pos_ != "NOUN" or people(found) or found.ent_type_:
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
    if actor is None or not (people(actor) or actor.ent_type_ in {"PERSON", "ORG", "NORP"}):
        return None
    return actor


def owner_of_thing(cue: Token, lender: Token, found: Token) -> Token | None:
    """For a participle whose lender is a relative clause on a thing ("that", "which"), the
    subject of the verb that has that thing for object, directly or through a preposition: a
    strategy or a moment does not speak, whoever has it does ("She shares a strategy that
    banks on presenting herself as ...": She; "Lee had a moment that played well, denouncing
    ...": Lee); None for a document, poll or body, which speaks for itself."""
    if cue.tag_ != "VBG" or cue.dep_ == "conj" or found.lower_ not in {"that", "which"}:
        return None
    thing = lender.head
    if lender.dep_ != "relcl" or found.head != lender or thing.pos_ != "NOUN":
        return None
    if people(thing) or thing.ent_type_ or thing.lower_ in SPEAKING_THINGS | POLL_NOUNS:
        return None
    verb = thing.head
    if thing.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "shares with Trump a strategy that ...", as the parse may have it
    elif thing.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None or owner.lower_ in EXPLETIVES | RELATIVE:
        return None
    return owner if owner.pos_ in {"PRON", "PROPN"} or people(owner) else None


def _agrees_with(pronoun: Token, name: Token) -> bool:
    """A name a pronoun can stand for: a person for "he" or "she", a plural or an
    organisation for "they" ("The Mounted Police confirmed they seized it, stating ...")."""
    if pronoun.lower_ == "they":
        return name.tag_ in {"NNS", "NNPS"} or name.ent_type_ == "ORG" or _part_of_plural(name)
    return name.pos_ == "PROPN" and name.ent_type_ not in {"GPE", "NORP", "LOC", "DATE", "TIME"}


def _part_of_plural(word: Token) -> bool:
    """A part of a plural group ("Most of the senators", "some of the aides")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(c.dep_ == "pobj" and c.tag_ in {"NNS", "NNPS"} for c in child.children)
    return False
