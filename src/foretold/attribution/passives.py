"""Content of cues that report without an active speaking subject: raising verbs ("[X seems to
be stalling]", "[X is expected to win]"), impressions with "it" ("it seems [no one will run]"),
passives with no agent ("it was reported [that ...]", "[X is seen as Y]") and with one
("[Kasich] was endorsed by the Times", with the act or words it blames or praises for, on either
side of the agent: "[Lee] was rebuked by critics [for her remarks]", and what it predicates of
the subject: "[Lee] will be remembered by historians [as a reformer]"), a noun made public or
foreseen with no one named ("[a merger] announced Monday"), an impersonal passive set off inside
the clause it reports ("[where], it is said, [smugglers met]"), and participles that tell how
the noun before them is seen ("[a man suspected of arson]"). A raising cue's clause stops before
a comma and a new clause ("[X seems stable], but that could change"), before a closing
participle clause after a comma, the writer's note on what followed ("[Others appeared ready to
leave], throwing the party into disarray"), and before a closing clause with its own subject
that gives the time or cause ("[X was written off] when he began"); it stops, too, before a
clause with a subject of its own joined by "and" or "but" ("[X is seen as the favourite] but Y
said ..."). A noun after a passive verb of pronouncing is what its subject was pronounced,
whatever the parse calls it ("[she was announced the winner]"), and a relative clause set off by
commas on a raised subject is the writer's aside, left out ("[Lee], whose campaign began late,
[was projected the winner]"). A raising passive joined by "and" to the verb before it, with no
subject of its own, reports its infinitive: the subject stands in the first clause ("Lee opposes
the deal and is not expected [to sign on]"); a passive of ordering or asking, whose subject is
the one told, is no such report. So too with an agent: the person "pressed" or "asked" in
"The mayor was pressed by reporters" is the one spoken to, not what was said."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from foretold.attribution.colon_quotations import colon_before_quotation
from foretold.attribution.complement_content import medium_clause
from foretold.attribution.content_ends import clause_end, occasion_cut
from foretold.attribution.cues import (
    AS_VERBS,
    KNOWN_LEMMAS,
    LIKENESS_MARKERS,
    SAID_NOUNS,
    cue_lemma,
)
from foretold.attribution.entities import people_noun
from foretold.attribution.question_tellers import QUESTION_WORDS
from foretold.attribution.ranges import Range, finish, is_quote_token, subtree_range
from foretold.attribution.relative_complements import misread_relative_complement
from foretold.attribution.second_relatives import second_relative_end
from foretold.attribution.thing_deeds import mute_thing


def raising_content(verb: Token) -> Range | None:
    """ "X seems to ..." / "X is expected to ..." / "X seems like ...": the whole clause,
    subject included; "it seems (like) ...": what follows the verb. A clause the parser hung
    on the verb before it is no complement of the verb: "[The board runs a poll], the results
    of which will be announced" reports nothing."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ == "it":
        return impersonal_content(verb)
    if subject is None and bare_passive(verb) and verb.dep_ == "acl":
        subject = verb.head  # "with [sales expected to cover the price]"
    complement = next(
        (
            c
            for c in verb.rights
            if c.dep_ in {"xcomp", "acomp", "attr", "ccomp", "oprd"}
            or (c.dep_ == "prep" and c.lower_ in {"as", "like"})
            or misread_predicate(c)
        ),
        None,
    )
    if complement is None or _retained_object(verb, complement):
        return None
    if subject is None and _shares_subject(verb, complement):
        start = complement.left_edge.i  # "Lee opposes it and is expected [to vote no]"
    elif subject is None or subject.lower_ == "there":
        return None
    else:
        start = subject.left_edge.i
    end = _own_clause_end(verb)
    if subject is not None:
        end = second_relative_end(subject, end)  # "[who are expected to X] and who Y"
    ranges = finish(verb.doc, [(start, end)], verb.i)
    return ranges[0] if ranges else None


# Verbs that pronounce a thing to be something, whose passive keeps that something after
# the verb: "[she was announced the winner]", "[the town was declared a disaster area]".
PRONOUNCING_VERBS = frozenset(
    {"announce", "declare", "project", "proclaim", "pronounce", "deem", "judge", "dub", "term"}
)


def _retained_object(verb: Token, complement: Token) -> bool:
    """A passive that keeps an object of its own before the complement, whose subject is the
    one given or offered the object, not the one the complement tells of: "[mourners] were
    offered [two kinds of flowers] to choose from" (but a verb of pronouncing keeps the thing
    pronounced: "she was announced the winner")."""
    if verb.lemma_.lower() in PRONOUNCING_VERBS:
        return False
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and verb.i < c.i < complement.i for c in verb.children)


def misread_predicate(child: Token) -> bool:
    """A noun the parser took for the object of a passive verb of pronouncing: a passive has
    no object of its own (its object became its subject), so the noun after it says what the
    subject was pronounced to be: "[Lee was projected the winner]" (not "she was told [the
    news]", where "tell" hands over a thing said)."""
    verb = child.head
    return (
        child.dep_ == "dobj"
        and child.pos_ in {"NOUN", "PROPN"}
        and verb.lemma_.lower() in PRONOUNCING_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


# Relative pronouns that open a comma-set relative clause on a raised subject.
_ASIDE_PRONOUNS = frozenset({"who", "whose", "which"})


def without_subject_aside(verb: Token, clause: Range) -> list[Range]:
    """A raised clause without the relative clause set off by commas on its subject: that
    clause is the writer's word on who the subject is, not what was expected or pronounced of
    it: "[Lee], whose campaign began late, [is expected to win]" (no one expects the late
    start); a clause with no such aside stays whole."""
    doc = verb.doc
    subject = next(
        (c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}),
        None,
    )
    if subject is None:
        return [clause]
    for relative in subject.rights:
        first, last = relative.left_edge.i, relative.right_edge.i
        if (
            relative.dep_ == "relcl"
            and doc[first].lower_ in _ASIDE_PRONOUNS
            and clause[0] < first - 1
            and doc[first - 1].text == ","
            and last + 2 < verb.i
            and doc[last + 1].text == ","
            and clause[1] > verb.i
        ):
            return [(clause[0], first - 1), (last + 2, clause[1])]
    return [clause]


# Verbs whose passive raises the subject of the clause reported ("X is expected to win": it is
# expected that X will win), unlike a passive of asking or ordering, whose subject is the one
# asked ("X was ordered to pay").
RAISING_PASSIVE_VERBS = frozenset(
    {"expect", "believe", "say", "report", "think", "know", "rumor", "rumour", "estimate"}
)


def _shares_subject(verb: Token, complement: Token) -> bool:
    """A raising passive with an infinitive, joined by "and" or "but" to the verb before it
    with its own "be" and no subject of its own: it shares that verb's subject, which stands in
    the first clause, and what is expected or said is the infinitive after it: "Lee opposes the
    deal and is not expected [to sign on]"."""
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in RAISING_PASSIVE_VERBS
        and verb.head.pos_ in {"VERB", "AUX"}
        and complement.dep_ == "xcomp"
        and complement.tag_ == "VB"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in {"csubj", "csubjpass", "expl"} for c in verb.children)
    )


def _own_clause_end(verb: Token) -> int:
    """End (exclusive) of a verb's clause before a comma that opens another clause: "[X seems
    stable], but that could change", "[X is known as Y], which is why ...", "[X appeared
    ready to leave], throwing ...", or before a colon that opens a quotation ("[X seemed
    irritated]: "Q,"", ``colon_quotations``)."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    if (colon := colon_before_quotation(verb)) is not None:
        end = colon  # "[Lee seemed irritated]: "Just send it," she wrote"
    for child in verb.rights:
        if (joined := _joined_clause_start(child)) is not None:
            end = min(end, joined)
            continue
        first = child.left_edge.i
        if first < 1 or doc[first - 1].text != ",":
            continue
        if child.dep_ == "cc" or (
            child.dep_ == "advcl"
            and (
                any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
                or _closing_participle(child)
            )
        ):
            end = min(end, first - 1)
    return occasion_cut(verb, end)


def _joined_clause_start(child: Token) -> int | None:
    """Where a clause with a subject of its own, joined to the verb's clause by "and", "but"
    or "or", begins (at its joining word), or None: the raised clause stops there ("[Lee was
    considered a candidate] but Cole said she would run", "[X is seen as the favourite] and
    the party backs her")."""
    if child.dep_ != "conj" or child.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < child.i for c in child.children):
        return None
    doc = child.doc
    start = child.left_edge.i
    while start > child.head.i + 1 and (doc[start - 1].dep_ == "cc" or doc[start - 1].text == ","):
        start -= 1
    return start


def _closing_participle(clause: Token) -> bool:
    """A participle clause that opens with its participle: "..., [throwing the party into
    disarray]" (what followed the raised clause, not part of it)."""
    return clause.tag_ == "VBG" and clause.left_edge.i == clause.i


def passive_content(verb: Token) -> Range | None:
    """A passive cue with no agent: "it was reported [that ...]", "[X is seen as Y]", also with
    the clause the parser hung on a phrase of time or medium: "it has been known for some time
    [that the mill would close]", and a relative clause whose listener was told it: "the water,
    [which they were assured was safe]" (``misread_relative_complement``)."""
    if seen_doing(verb):
        return None
    ccomps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not ccomps and (misread := misread_relative_complement(verb)) is not None:
        pronoun, clause = misread
        ranges = finish(verb.doc, [(pronoun.i, clause_end(clause) + 1)], verb.i)
        return ranges[0] if ranges else None
    if not ccomps and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        ccomps = medium_clause(verb)
    if ccomps:
        ranges = finish(verb.doc, [(ccomps[0].left_edge.i, clause_end(ccomps[0]) + 1)], verb.i)
        return ranges[0] if ranges else None
    return raising_content(verb)


# Verbs of sight, whose passive with an "-ing" complement tells what someone was seen doing.
_SIGHT_VERBS = frozenset({"see", "observe", "spot", "notice", "witness", "film", "photograph"})


def seen_doing(verb: Token) -> bool:
    """A passive of a verb of sight with an "-ing" complement tells what was seen, not what was
    said: "the truck was spotted leaving the depot"; "heard saying" is no sight, and one seen
    speaking or arguing is still reported to have spoken ("she was seen arguing that ...")."""
    if verb.lemma_.lower() not in _SIGHT_VERBS or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and c.tag_ == "VBG"
        and c.i > verb.i
        and cue_lemma(c.lemma_, c.text) not in KNOWN_LEMMAS
        for c in verb.children
    )


def bare_passive(verb: Token) -> bool:
    """A past participle read passive with no "be": hung on the noun before it as a reduced
    relative clause ("with sales [expected] to cover the price": sales that are expected to)
    or opening the clause of an absolute "with" ("with the workers [expected] to move"). The
    noun is what is expected of, not who expects it."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return verb.head.i < verb.i
    return verb.head.lower_ in {"with", "without"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    )


def agent_object(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent: "The bill is expected by [analysts] to
    pass"; None when it has none."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def passive_object(verb: Token) -> Range | None:
    """What a passive cue with an agent is about: "[Kasich] was endorsed by the Times",
    "[Kasich], endorsed by the Times"; with an infinitive the whole clause, as for a raising
    verb: "[Aides were reported by the paper to have left]"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    infinitive = next((c for c in verb.rights if _infinitive(c)), None)
    if subject is not None and subject.i < verb.i and infinitive is not None:
        span = (subject.left_edge.i, _own_clause_end(verb))
    elif subject is not None and subject.i < verb.i:
        span = subtree_range(subject)
    elif verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i:
        span = (verb.head.left_edge.i, verb.head.i + 1)
    elif (subject := _shared_subject(verb)) is not None:
        span = subtree_range(subject)
    else:
        return None
    if subject is not None and subject.lower_ in {"it", "there", "this"}:
        return None
    if subject is not None and _pressed_listener(verb, subject):
        return None
    ranges = finish(verb.doc, [span], verb.i)
    return ranges[0] if ranges else None


# Verbs whose passive subject is the one spoken to: "[Lee] was pressed by reporters".
_LISTENER_PASSIVES = frozenset({"ask", "beg", "implore", "press", "question", "urge", "warn"})


def _pressed_listener(verb: Token, subject: Token) -> bool:
    """A person who is the passive subject of a verb of pressing or asking: the one spoken to,
    not what was said ("The mayor was pressed by reporters")."""
    if verb.lemma_.lower() not in _LISTENER_PASSIVES:
        return False
    return subject.pos_ in {"PRON", "PROPN"} or people_noun(subject)


def _shared_subject(verb: Token) -> Token | None:
    """The noun subject a passive conjunct shares with the verb it is joined to: "[The news]
    came from his agent and was confirmed by the club" (the club confirmed the news); a
    pronoun far back says too little of what the agent spoke about ("he lost and was mocked
    by rivals")."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > verb.head.i or subject.pos_ == "PRON":
        return None
    return subject


def after_agent(verb: Token, agent: Token) -> Iterator[Token]:
    """The phrases after a passive verb's agent that go with the verb: the verb's own right
    children after the agent, then those of the agent's noun, where the parser may hang them
    ("was accused by [the union] of hiding it": "of")."""
    yield from (c for c in verb.rights if c.i > agent.right_edge.i)
    for noun in agent.children:
        if noun.dep_ == "pobj":
            yield from noun.rights


# Prepositions that give the deed a judging verb's object is blamed or praised for: "scolded
# for leaking", "accused of lying".
_REASON_PREPOSITIONS = frozenset({"for", "of"})


def passive_reason(verb: Token) -> Range | None:
    """The act a passive cue with an agent blames or praises its subject for, in a "for" or
    "of" phrase with a gerund after the agent, which goes with what the cue is about as it does
    after an active object: "[The aide] was scolded by the mayor [for leaking the memo]", "[He]
    was accused by the union [of hiding the losses]", also when the parse hung the phrase on
    the agent's noun or when it comes before the agent ("[he was criticized for closing it],
    even by his allies": the phrase goes with the verb on either side of the agent), and for
    words said ("was rebuked by critics [for his remarks]"; not
    another plain noun: "was denounced by the mayor for its bias"). An "of" phrase on the
    agent's noun with no gerund names whose members the agents are: "was criticised by leaders
    of the opposition" gives no reason."""
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if agent is None:
        return None
    before = (c for c in verb.rights if c.i < agent.i)
    reason = next(
        (
            c
            for c in (*before, *after_agent(verb, agent))
            if c.dep_ == "prep" and c.lower_ in _REASON_PREPOSITIONS and not _agent_part(c, verb)
        ),
        None,
    )
    if reason is None:
        return None
    if not any(_reason_object(c) for c in reason.children):
        return None
    ranges = finish(verb.doc, [subtree_range(reason)], verb.i)
    return ranges[0] if ranges else None


# Relations of what a passive verb predicates of its subject: "considered [unclean]".
_PREDICATE_DEPS = frozenset({"oprd", "acomp"})


def passive_predicate(verb: Token) -> Range | None:
    """What a passive cue with an agent predicates of its subject, which goes with the subject
    as what the agent said or judged: an adjective or noun complement on either side of the
    agent ("[Pigs] are considered [unclean] by many", "[The law] was found [unjust] by the
    court") or an "as" phrase after it, also when the parse hung it on the agent's noun ("[Lee]
    will be remembered by historians [as a reformer]"). Only in a clause of its own, with the
    subject before the verb and an agent who can speak or judge (``_speaking_agent``); "such
    as" gives examples, not a predicate, and a quotation is attached on its own; None when
    there is none."""
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if agent is None or not any(c.dep_ == "nsubjpass" and c.i < verb.i for c in verb.children):
        return None
    if not any(c.dep_ == "pobj" and _speaking_agent(c) for c in agent.children):
        return None
    predicate = next((c for c in verb.rights if c.dep_ in _PREDICATE_DEPS), None)
    if predicate is None:
        predicate = next((c for c in after_agent(verb, agent) if _as_predicate(c)), None)
    if predicate is None:
        return None
    start, end = subtree_range(predicate)
    if any(is_quote_token(t) for t in verb.doc[start:end]):
        return None  # a quotation is attached as words said
    ranges = finish(verb.doc, [(start, end)], verb.i)
    return ranges[0] if ranges else None


# Words that can name the agent of a passive: "by [historians]", "by [the court]", "by [them]".
_AGENT_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _speaking_agent(noun: Token) -> bool:
    """An agent that can speak or judge, a noun or a pronoun that is no thing that cannot say
    anything (``mute_thing``): "by [historians]", "by [the court]", not "by [tradition]",
    "by the [engine]" or "by the [narrowest] of margins"."""
    return noun.pos_ in _AGENT_POS and not mute_thing(noun)


def _as_predicate(child: Token) -> bool:
    """An "as" phrase with an object that is no "such as" of examples: "[as a reformer]"."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "as"
        and child.doc[child.i - 1].lower_ != "such"
        and not any(c.lower_ == "such" for c in child.children)
        and any(o.dep_ == "pobj" for o in child.children)
    )


def _agent_part(prep: Token, verb: Token) -> bool:
    """An "of" phrase hung on the agent's noun with no gerund, the group the agents belong to:
    "by members [of the board]" (but "by the union [of hiding it]")."""
    return (
        prep.head != verb
        and prep.lower_ == "of"
        and not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    )


def _reason_object(child: Token) -> bool:
    """The object of a reason phrase that names an act: a gerund ("for leaking the memo") or
    words said ("for his remarks on trade", "for a proposal to cut jobs")."""
    if child.dep_ == "pcomp" and child.tag_ == "VBG":
        return True
    return child.dep_ == "pobj" and child.lower_ in SAID_NOUNS


def _infinitive(child: Token) -> bool:
    """A verb complement after a passive cue, also a to-infinitive the parser hung on it as an
    adverbial clause with no comma before it: "[X was projected by the networks to win]"."""
    if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
        return True
    doc = child.doc
    first = child.left_edge.i
    return (
        child.dep_ == "advcl"
        and doc[first].lower_ == "to"
        and doc[first].head == child
        and doc[first - 1].text != ","
    )


def impersonal_content(verb: Token) -> Range | None:
    """What an impression verb with "it" reports: "it seems [the talks failed]", "it seems
    like [no one will run]", "it now seems [inevitable that ...]"."""
    complements = [
        c for c in verb.rights if c.dep_ in {"ccomp", "oprd", "acomp", "attr"} or likeness_clause(c)
    ]
    if not complements:
        return None
    start = complements[0].left_edge.i
    doc = verb.doc
    while start < verb.right_edge.i and doc[start].lower_ in {"like", "as"}:
        start += 1
    ranges = finish(doc, [(start, clause_end(complements[-1]) + 1)], verb.i)
    return ranges[0] if ranges else None


def likeness_clause(child: Token) -> bool:
    """A "like" or "as if" complement of an impression verb: "seems [like a mistake]",
    "appears [as if they agree]"."""
    if child.dep_ == "prep" and child.lower_ == "like":
        return any(c.dep_ in {"pobj", "pcomp"} for c in child.children)
    return child.dep_ in {"advcl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ in LIKENESS_MARKERS for c in child.children
    )


# Participles that tell how a noun before them is seen: "the town, known as ...".
_PARTICIPLE_STANCE = AS_VERBS | {
    "know",
    "consider",
    "deem",
    "suspect",
    "accuse",
    "label",
    "dub",
    "brand",
}


_PARTICIPLE_LINKS = {"as", "for", "of"}


def described_noun(verb: Token, lemma: str) -> list[Range]:
    """A noun and the passive participle after it that reports how it is seen: "[the town,
    known as the capital of jazz]", "[files deemed secret]"; none when a question clause
    follows the participle's phrase, its object, which makes it an active past ("A witness
    described for the radio how the fire spread")."""
    head = verb.head
    if verb.tag_ != "VBN" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return []
    if lemma not in _PARTICIPLE_STANCE or any(c.dep_ == "agent" for c in verb.children):
        return []
    if _question_object_follows(verb):
        return []
    if not any(c.dep_ in {"oprd", "xcomp", "ccomp"} or _linked(c) for c in verb.children):
        return []
    return finish(verb.doc, [(head.left_edge.i, verb.right_edge.i + 1)], verb.i)


def _linked(child: Token) -> bool:
    """A phrase after a participle that links its noun to what it is seen as, known for or
    suspected of, with something in it: "[as the capital of jazz]", "[of arson]"; a bare "as"
    whose noun the parse took for the subject of the next verb ("people seen as [likely
    rioters] were ushered out") links to nothing the content could hold."""
    return (
        child.dep_ == "prep"
        and child.lower_ in _PARTICIPLE_LINKS
        and any(c.dep_ in {"pobj", "pcomp", "amod", "acomp", "advmod"} for c in child.children)
    )


def _question_object_follows(verb: Token) -> bool:
    """A question clause right after a participle's own phrase, which a passive cannot take
    as its object: "described for the radio [how] the fire spread" (not "known as the
    capital of jazz", "a man suspected of arson")."""
    if any(c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS for c in verb.rights):
        return True  # "described to the BBC [what the gunman wore]"
    after = verb.right_edge.i + 1
    return after < len(verb.doc) and verb.doc[after].lower_ in QUESTION_WORDS


# Participles that tell a noun before them was made public or foreseen, which is what they
# report when no one is named: "a merger announced Monday", "arrivals expected this year".
_ANNOUNCING_PARTICIPLES = frozenset(
    {"announce", "disclose", "reveal", "propose", "expect", "predict", "forecast"}
)


def announced_noun(verb: Token, lemma: str) -> Range | None:
    """A noun and the bare passive participle after it that tells it was made public or
    foreseen, with no one named: "[a $2 billion merger] announced Monday", "[5,000 new jobs]
    expected next year" (not "a plan announced by the mayor", which names who announced it,
    nor "the talks expected to resume", whose clause is what was foreseen)."""
    head = verb.head
    if lemma not in _ANNOUNCING_PARTICIPLES or verb.tag_ != "VBN":
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return None
    if any(c.dep_ in {"agent", "dobj", "ccomp", "xcomp", "oprd"} for c in verb.children):
        return None
    ranges = finish(verb.doc, [(head.left_edge.i, verb.i)], verb.i)
    return ranges[0] if ranges else None


def interrupted_clause(verb: Token) -> list[Range]:
    """The clause an impersonal passive set off inside it reports, on both sides of the
    aside: "the bridge where, [it is said], smugglers once met" gives "where" and
    "smugglers once met"; none for other passives."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.pos_ not in {"VERB", "AUX"} or head.i < verb.i:
        return []
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return []
    parts = [(head.left_edge.i, verb.left_edge.i), (verb.right_edge.i + 1, head.right_edge.i + 1)]
    return finish(verb.doc, [(a, b) for a, b in parts if a < b], verb.i)
