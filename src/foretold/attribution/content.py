"""The content a cue introduces, read from the dependency parse, as token ranges.

- clause complements: "said [that the talks failed]", "[The talks failed,] she said"; a
  gerund clause the parser made the verb's own complement ("recalled [meeting her]"), with
  the participles that go on its list ("discusses [hiding cash, dodging taxes]");
- to-infinitives of promise-like verbs: "vowed [to make it very difficult]", with the person
  asked right before them: "urged [the council to delay the vote]"; an infinitive with no
  comma before it wins over a clause the parser hung on the cue after it or before it
  ("told [them to stop], which they were assured was safe");
- objects of speech-act verbs: "called [the show a disgrace]", "accused [her of lying]", and
  a question coordinated with the object ("knows [the rules and where they are kept]"), also
  after a demonstrative the parser took for a preposition ("confirmed [that account]"); with
  no object, the clause before the comma a speech verb closes ("[Grow up], she scolded");
- a report that closes the brackets it stands in reports the words before its comma ("her
  ratings ([as low as 19%], a historian says) hurt him"), and an inverted report a fronted
  "so" ("[So] says the mayor");
- parentheticals: "[The talks,] she said, [failed]", with a phrase after the aside's comma
  that the parser hung on it ("[X might have helped], they argue, [perhaps by acting sooner]");
- stance adjectives: "confident [that ...]", "eager [to ...]";
- phrasal verbs: "ruled out [a run]"; reports inside a relative clause: "a surge [which analysts
  say could help him]"; reports after their content: "[The plant is struggling], said its chief",
  "[The deal will fail], as critics warned", also when the parser hung the report on the
  clause before it ("[The plant will close], a report shows") or made it the head of part
  of that clause ("[It made it easy for firms to grow], she said");
- objects of the cue's own preposition: "admitted to [the errors]", "ruled against [the plan]",
  or the noun a relative clause leaves it without: "[the issues] they care about";
  a free relative object keeps its clause ("rejected [what she calls a sham]"), whose naming
  verb reports the name alone ("what she calls [a sham]"), but a relative clause whose
  pronoun is the cue's object gives no content of its own ("the budget, which the mayor
  criticized") unless the cue names or describes it ("a mayor [whom critics describe as
  aloof]").
Also left out: the time or medium of the saying after an object ("endorsed him [in May]",
also when the parser hung the medium on the object: "claimed victory [in a tweet]"), a
reporting verb coordinated with the cue (", and urged ...", "and insisted that ...") and a
closing participle after an infinitive (", citing ..."), and a finite verb with no subject the
parser coordinated with an infinitive ("urged [them to unite] and tried to ..."). "said that A
and that B" keeps both; a to-infinitive after an object stays ("backs [the bill to cut
taxes]"). The time, medium,
occasion or reason after an infinitive with no object is left out ("declined [to comment] for
this story"); a condition clause the parser hung on the cue stays ("vowed [to act unless
...]"), and so does a noun it coordinated with the cue ("blasted [the film and the books]").
After an object or an infinitive, a closing clause with its own subject that gives the time
or cause of the act is left out ("refused [to sign it] after the board objected"). A closing
participle clause the parser hung on a clause cue stays with the complement ("insisted [it
was a lapse, showing only fatigue]"), and so does an "including" phrase hung on an object cue
("cited [reports, including a survey]").
With no object, a noun the parser took for an object predicate of an active verb is the object
("called out [Lee]"); a counselling verb reports the topic after its listener ("advised the
mayor on [the budget]"); a clause the parser hung on the verb after it across a colon is not
that verb's content ("they sent a message: he must stop"), but a clause after a colon
that closes the content and that the parser made the head of the report goes on with it
("argued [that it failed: the costs rose]").
The content of cue nouns and stance adjectives is read in ``noun_content``; passives,
raising verbs and impressions ("it seems ...") in ``passives``; source phrases ("according to
X") in ``source_phrases``; the closing material every range loses (asides, closing reports,
framing phrases) in ``ranges``.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import (
    ALL_VERBS,
    AS_VERBS,
    CLAUSE_VERBS,
    HUMAN_SUBJECTS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PHRASAL_VERBS,
    PREPOSITION_VERBS,
    cue_lemma,
)
from foretold.attribution.ranges import (
    FRAME_NOUNS,
    Range,
    finish,
    frame_phrase,
    is_quote_token,
    subtree_range,
)

_OBJECT_TAIL_DEPS = {"dobj", "oprd", "ccomp", "xcomp", "dative", "attr"}
_OBJECT_PREPS = frozenset(
    {"of", "for", "as", "with", "on", "against", "about", "to", "at", "over", "in", "including"}
)
# Reporting verbs whose object is rarely what was said ("maintain a lead", "feel the heat").
_NOT_OBJECT = frozenset(
    {"maintain", "feel", "hold", "pledge", "tell", "inform", "assure", "remind", "advise", "point"}
)


_HUMAN_PRONOUNS = {"he", "she", "they", "we", "i"}


def generic_cue(verb: Token) -> bool:
    """A verb outside the lexicon with a clause complement and a person or group subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in {"be", "have", "do", "make", "get"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.ent_type_ in HUMAN_SUBJECTS or subject.lower_ in _HUMAN_PRONOUNS


def clause_end(head: Token) -> int:
    """Last token of a complement clause, without trailing conjunctions or punctuation."""
    end = head.right_edge.i
    while end > head.i and child_is_joiner(head.doc[end]):
        end -= 1
    return end


def _complement_end(head: Token) -> int:
    """Last token of a complement clause that stops before a reporting verb coordinated with
    the cue but hung on the clause: "said [the party was calm], and urged ..."."""
    end = clause_end(head)
    for child in head.rights:
        if child.dep_ == "conj" and _coordinated_report(child):
            end = min(end, child.left_edge.i - 1)
    while end > head.i and child_is_joiner(head.doc[end]):
        end -= 1
    return end


def _participle_cut(head: Token, end: int) -> int:
    """The end (exclusive) of a clause's range before a closing participle clause with no
    subject after a comma: "agreed [to pay the fine], avoiding a trial" (the participle is the
    writer's account, not part of what was agreed)."""
    doc = head.doc
    for i in range(head.i + 1, end - 1):
        if doc[i].text != ",":
            continue
        clause = doc[i + 1]
        while i < clause.head.i < end and clause.head != clause:
            clause = clause.head  # the head of the phrase after the comma
        if (
            clause.dep_ == "advcl"
            and clause.tag_ == "VBG"
            and clause.head.i < i
            and clause.right_edge.i >= end - 1
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            return i
    return end


def _coordinated_report(verb: Token) -> bool:
    """ ", and urged ...": a reporting verb with no subject of its own after a comma and a
    conjunction, which shares the subject of the cue rather than the clause it hangs on; also
    after the conjunction alone when it has a clause of its own and a verb form the clause
    cannot share: "said [he will win] and insisted that ..."."""
    doc = verb.doc
    i = verb.left_edge.i
    return (
        verb.pos_ == "VERB"
        and cue_lemma(verb.lemma_, verb.text) in ALL_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        and i >= 2
        and doc[i - 1].dep_ == "cc"
        and (doc[i - 2].text == "," or _unshared_clause(verb))
    )


def _unshared_clause(verb: Token) -> bool:
    """A coordinated verb with a clause of its own in another form than the verb it hangs on:
    "he will win and insisted [that ...]" (but "knew X and thought Y" share their subject)."""
    return verb.tag_ != verb.head.tag_ and any(c.dep_ == "ccomp" for c in verb.children)


def child_is_joiner(token: Token) -> bool:
    return token.dep_ in {"cc", "punct"} and not is_quote_token(token)


def clause_content(verb: Token) -> list[Range]:
    """Content ranges of a reporting verb, in text order (empty when it has none)."""
    doc = verb.doc
    lemma = cue_lemma(verb.lemma_, verb.text)
    children = list(verb.children)
    if lemma in PHRASAL_VERBS and (phrasal := phrasal_content(verb)) is not None:
        return [phrasal]
    if lemma in CLAUSE_VERBS and (bracketed := _bracketed_report(verb)):
        return bracketed
    if (lemma in CLAUSE_VERBS and not _infinitive_first(verb, lemma)) or (
        lemma not in INFINITIVE_VERBS | OBJECT_VERBS and generic_cue(verb)
    ):
        ccomps = [
            c for c in children if c.dep_ == "ccomp" and not _before_colon(c, verb)
        ] or _medium_clause(verb)
        ccomps += _second_complements(verb, ccomps)
        if ccomps:
            side = [c for c in ccomps if (c.i > verb.i) == (ccomps[-1].i > verb.i)]
            start = min(c.left_edge.i for c in side)
            end = max(_complement_end(c) for c in side) + 1
            if side[-1].i > verb.i:
                end = _colon_sequel(verb, _closing_participle(verb, end))
            if start < verb.i < end and relative_report(verb, start):
                end = min(end, _before_own_conjunct(side[-1]))
            elif start < verb.i < end:  # a cue inside its own complement: keep the right part
                start = verb.right_edge.i + 1
            return finish(doc, [(start, end)], verb.i)
        if (verb.dep_ == "parataxis" or _as_clause(verb)) and verb.head.pos_ in {"VERB", "AUX"}:
            head = verb.head  # "The talks, she said, failed"; "As the Post reported, X"
            left, right = subtree_range(head)
            inner = subtree_range(verb)
            if verb.dep_ == "parataxis":
                inner = (inner[0], _aside_end(verb))
            return finish(doc, [(left, inner[0]), (inner[1], right)], verb.i)
        if lemma in CLAUSE_VERBS and (trailing := trailing_report(verb) or trailing_as(verb)):
            return trailing
        echo = [c for c in children if c.dep_ in {"advmod", "intj", "dobj"} and c.i > verb.i]
        if echo and echo[0].lower_ in {"so", "no", "yes"} and not list(echo[0].children):
            return [(echo[0].i, echo[0].i + 1)]  # "half said so", "he said no"
        if (fronted_so := _fronted_so(verb)) is not None:
            return [(fronted_so.i, fronted_so.i + 1)]  # "[So] says the mayor"
    if lemma in INFINITIVE_VERBS:
        for child in children:
            if (
                child.dep_ in {"xcomp", "advcl"}
                and child.i > verb.i
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            ):
                start = _addressee_start(verb, child)
                end = _participle_cut(child, _bare_infinitive_end(child))
                end = _finite_conjunct_cut(child, end)
                end = _with_conditions(verb, occasion_cut(child, end))
                return finish(doc, [(start, end)], verb.i)
    wanted = PREPOSITION_VERBS.get(lemma)
    if wanted is not None and not any(c.dep_ == "dobj" for c in children):
        for child in children:
            if child.dep_ == "prep" and child.lower_ in wanted.split() and child.i > verb.i:
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:
                    left, end = subtree_range(objects[0])
                    return finish(doc, [(left, _with_conditions(verb, end))], verb.i)
    if lemma in AS_VERBS:
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        as_phrase = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
        if objects and as_phrase:
            return finish(doc, [(objects[0].left_edge.i, as_phrase[0].right_edge.i + 1)], verb.i)
    if lemma in ALL_VERBS and lemma not in _NOT_OBJECT:  # the object names what was said
        objects = _objects(verb)
        fronted = [c for c in children if c.dep_ == "dobj" and c.i < verb.i]
        if not objects and fronted and fronted[0].tag_ in {"WP", "WDT"} and verb.dep_ != "relcl":
            if named := _fronted_name(verb):
                return named  # "what they call [a sham]"
            return finish(doc, [subtree_range(verb)], verb.i)  # "[what he calls a sham]"
        if not objects and (described := _described_relative(verb)):
            return described  # "a mayor [whom critics describe as aloof]"
        if not objects and lemma in OBJECT_VERBS:  # "calls [her unfit]", "backs [raising]"
            clauses = [c for c in children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
            if clauses:
                end = clause_end(clauses[0]) + 1
                if clauses[0].tag_ == "VBG":  # "discusses [burying guns, dying free ...]"
                    end = _closing_participle(verb, end)
                return finish(doc, [(clauses[0].left_edge.i, end)], verb.i)
            if fronted_clause := _fronted_clause(verb):
                return fronted_clause  # "[Grow up], she scolded"
        if objects:
            start = objects[0].left_edge.i
            end = objects[0].right_edge.i + 1
            end = _medium_cut(objects[0], end)
            for child in children:
                if child.i <= verb.i or child == objects[0]:
                    continue
                if (
                    child.dep_ in _OBJECT_TAIL_DEPS
                    or (
                        child.dep_ == "prep"
                        and child.lower_ in _OBJECT_PREPS
                        and not _when_or_where(child)
                    )
                    or _bound_modifier(child)
                    or _condition_clause(child)
                    or _object_conjunct(child)
                    or _question_conjunct(child)
                ):
                    end = max(end, child.right_edge.i + 1)
            return finish(doc, [(start, _colon_sequel(verb, occasion_cut(verb, end)))], verb.i)
    if lemma in CLAUSE_VERBS and (clause := gerund_complement(verb) or comma_report(verb)):
        return clause
    if lemma in _COUNSEL_VERBS and (topic := listener_topic(verb)):
        return topic
    return stranded_preposition(verb, lemma)


def _fronted_so(verb: Token) -> Token | None:
    """A "so" right before a report whose subject follows it: "[So] says the mayor"."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ != "so" or doc[verb.i - 1].head != verb:
        return None
    if not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return None
    return doc[verb.i - 1]


def _to_infinitive(verb: Token) -> Token | None:
    """The first to-infinitive after a verb: "vowed [to act]"."""
    return next(
        (
            child
            for child in verb.rights
            if child.dep_ in {"xcomp", "advcl"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ),
        None,
    )


def _infinitive_first(verb: Token, lemma: str) -> bool:
    """A verb of both kinds whose to-infinitive comes before any clause the parser hung on it
    after it: "told [them not to drink it], which they were assured was safe", "[X began],
    when ..., she decided [not to run]" (a verb takes one complement, and the nearer one is
    its own)."""
    if lemma not in INFINITIVE_VERBS or (infinitive := _to_infinitive(verb)) is None:
        return False
    if verb.doc[infinitive.left_edge.i - 1].text == ",":
        return False  # '"We won," she said, to rally them': a purpose, not content
    return all(c.i > infinitive.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)


# Verbs whose object is the listener, with what was said in an "on" or "about" phrase after
# it: "advised the mayor on [the budget]".
_COUNSEL_VERBS = frozenset({"advise", "tell", "inform", "brief", "question", "press", "lecture"})


def listener_topic(verb: Token) -> list[Range]:
    """The object of an "on" or "about" phrase after the listener of a counselling verb:
    "advised the mayor [on the budget]", "told us about [the plan]"."""
    listener = next((c for c in verb.rights if c.dep_ in {"dobj", "dative"}), None)
    if listener is None or verb.tag_ == "VBG":
        return []
    for prep in verb.rights:
        if prep.i > listener.i and prep.dep_ == "prep" and prep.lower_ in {"on", "about"}:
            topic = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if topic is not None:
                return finish(verb.doc, [subtree_range(topic)], verb.i)
    return []


def _before_colon(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on the verb after it across a colon, which introduces the
    verb's own clause rather than reporting the one before it: "[they sent a message]: he
    must stop"."""
    after = clause.right_edge.i + 1
    return clause.i < verb.i and after < verb.i and verb.doc[after].text == ":"


def _bracketed_report(verb: Token) -> list[Range]:
    """A report that closes the brackets it stands in after a comma: the words between the
    opening bracket and the comma are its content: "her ratings ([as low as 19%], a
    historian says) hurt him"."""
    doc = verb.doc
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects or verb.right_edge.i + 1 >= len(doc):
        return []
    comma = subjects[0].left_edge.i - 1
    closing = verb.right_edge.i if doc[verb.right_edge.i].text == ")" else verb.right_edge.i + 1
    if comma < 1 or doc[closing].text != ")" or doc[comma].text != ",":
        return []
    for i in range(comma - 1, verb.sent.start - 1, -1):
        if doc[i].text == ")":
            return []
        if doc[i].text == "(":
            return finish(doc, [(i + 1, comma)], verb.i)
    return []


def _aside_end(verb: Token) -> int:
    """The end (exclusive) of a reporting aside before a comma and a phrase the parser hung on
    it that goes on with the content: "X might have helped, they argue, [perhaps by acting
    sooner]"."""
    end = verb.right_edge.i + 1
    for child in verb.rights:
        comma = child.left_edge.i - 1
        if (
            child.dep_ in {"prep", "advmod", "advcl"}
            and verb.doc[comma].text == ","
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
        ):
            return comma
    return end


def _fronted_clause(verb: Token) -> list[Range]:
    """The clause before a comma that a speech verb with no object of its own closes:
    "[Get serious and find a job], her father scolded"."""
    doc = verb.doc
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"} for c in verb.rights):
        return []
    clauses = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not clauses or not any(c.dep_ == "nsubj" for c in verb.lefts):
        return []
    end = clause_end(clauses[-1]) + 1
    if doc[end].text != ",":
        return []
    return finish(doc, [(clauses[-1].left_edge.i, end)], verb.i)


def _described_relative(verb: Token) -> list[Range]:
    """A relative clause whose pronoun is the object the cue gives a name or a description,
    from the pronoun on: "a mayor [whom critics describe as aloof]", "a film [that she called
    dull]" (the clause says how the speaker saw the thing); the parser may take the pronoun
    for a second subject."""
    if verb.dep_ != "relcl":
        return []
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    pronoun = next(
        (
            c
            for c in verb.lefts
            if c.tag_ in {"WP", "WDT"}
            and (c.dep_ == "dobj" or (c.dep_ == "nsubj" and len(subjects) > 1))
        ),
        None,
    )
    if pronoun is None:
        return []
    if not any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.rights):
        return []
    return finish(verb.doc, [(pronoun.i, verb.right_edge.i + 1)], verb.i)


def _fronted_name(verb: Token) -> list[Range]:
    """The name a naming verb gives a fronted "what": "what they called [a fresh start]"."""
    names = [c for c in verb.rights if c.dep_ in {"oprd", "attr"}]
    if not names:
        return []
    return finish(verb.doc, [(verb.i + 1, names[0].right_edge.i + 1)], verb.i)


def gerund_complement(verb: Token) -> list[Range]:
    """A gerund clause the parser hung on a clause verb as its complement, with the
    participles of its list after a comma: "said [raising the fee would hurt sales]",
    "recalled [meeting her twice, losing touch]"."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            end = _closing_participle(verb, clause_end(child) + 1)
            return finish(verb.doc, [(child.left_edge.i, end)], verb.i)
    return []


def comma_report(verb: Token) -> list[Range]:
    """A finite clause verb after its content and a comma, which the parser hung on the
    content's verb as a clause of its own: "[The mayor, pressed by critics, will resign], a
    report shows"."""
    if verb.dep_ not in {"ccomp", "advcl"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return []
    if any(c.dep_ == "mark" for c in verb.children):
        return _closing_report(verb)
    return _clause_before_comma(verb)


def _closing_report(verb: Token) -> list[Range]:
    """A report closing its sentence after a comma, which the parser made the head of part of
    the clause before it: "[It became possible for them to meet], she said" (the "for" clause
    hung on "said"); the words before the comma are the content."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects or verb.head.i > verb.i:
        return []
    subject = subjects[-1]
    comma = subject.left_edge.i - 1
    if comma <= verb.head.i or verb.doc[comma].text != ",":
        return []
    if any(c.i > verb.i and not c.is_punct for c in verb.children):
        return []
    if any(comma < c.i < verb.i and c.dep_ == "mark" for c in verb.children):
        return []
    return finish(verb.doc, [(verb.head.left_edge.i, comma)], verb.i)


def stranded_preposition(verb: Token, lemma: str) -> list[Range]:
    """A relative clause whose cue leaves its preposition without an object: "[the issues]
    they care about" (the noun the clause describes is what the preposition is about)."""
    wanted = PREPOSITION_VERBS.get(lemma, "").split()
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return []
    if not any(
        c.dep_ == "prep" and c.lower_ in wanted and not list(c.children) for c in verb.children
    ):
        return []
    return finish(verb.doc, [(head.left_edge.i, head.i + 1)], verb.i)


_OCCASION_MARKS = frozenset(
    {"when", "after", "before", "because", "while", "since", "although", "though", "whereas"}
)


def occasion_cut(verb: Token, end: int) -> int:
    """The end (exclusive) of an object or infinitive range before a closing clause with its
    own subject that gives the time or the cause of the act: "refused [to sign it] after the
    board objected", "praised [the plan] when she spoke"."""
    doc = verb.doc
    last = end - 1
    while last > verb.i and doc[last].is_punct and not is_quote_token(doc[last]):
        last -= 1
    for i in range(verb.i + 1, last):
        mark = doc[i]
        if mark.lower_ not in _OCCASION_MARKS or mark.dep_ not in {"mark", "advmod"}:
            continue
        clause = mark.head
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i == i
            and clause.right_edge.i >= last
            and verb.i <= clause.head.i < i
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            and not _inside_clause(clause.head, verb)
        ):
            return i
    return end


def _medium_cut(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before a closing phrase the parser hung on the
    object that names the medium of the saying: "claimed [victory] in a tweet"."""
    rights = [c for c in noun.rights if c.dep_ != "punct"]
    if not rights or rights[-1].dep_ != "prep" or rights[-1].right_edge.i < end - 1:
        return end
    prep = rights[-1]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects and objects[0].lemma_.lower() in _MEDIUM_NOUNS:
        return prep.left_edge.i
    return end


def _finite_conjunct_cut(verb: Token, end: int) -> int:
    """The end (exclusive) of an infinitive's range before a finite verb with no subject
    that the parser coordinated with it but which goes with the cue: "urged them [to unite]
    and tried to ..." (an infinitive cannot share a past or present tense)."""
    for child in verb.rights:
        if (
            child.dep_ == "conj"
            and child.tag_ in {"VBD", "VBZ"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            first = child.left_edge.i
            while first > verb.i and child_is_joiner(verb.doc[first - 1]):
                first -= 1
            return min(end, first)
    return end


def _addressee_start(verb: Token, infinitive: Token) -> int:
    """The start of an infinitive's content, which takes in the person it is asked of right
    before it: "urged [the council to act]", "called on [the council to act]"."""
    start = infinitive.left_edge.i
    for child in verb.children:
        if not verb.i < child.i < start:
            continue
        if child.dep_ == "prep" and child.lower_ == "on":
            start = child.i + 1
        elif child.dep_ in {"dobj", "dative"} and child.right_edge.i + 1 == start:
            start = child.left_edge.i
    return start


def _inside_clause(token: Token, verb: Token) -> bool:
    """A token inside a clause of its own below the verb: "[her claim that she would go]"."""
    while token != verb and token.head != token:
        if token.dep_ in {"ccomp", "acl", "relcl"}:
            return True
        token = token.head
    return False


_OWN_OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prt"}
_FRAME_DEPS = {"prep", "advmod", "npadvmod", "advcl"}


def _bare_infinitive_end(verb: Token) -> int:
    """The end (exclusive) of an infinitive with no object before a phrase that frames the
    saying rather than the act: "refused [to answer] on several occasions", "declined [to
    comment] for this story", "decided [to act] because of ..."."""
    end = verb.right_edge.i + 1
    if any(c.dep_ in _OWN_OBJECT_DEPS for c in verb.children):
        return end
    for child in verb.rights:
        if child.dep_ in _FRAME_DEPS and (
            child.lower_ == "because" or _when_or_where(child) or frame_phrase(child, _CAUSE_NOUNS)
        ):
            return child.left_edge.i
    return end


_CAUSE_NOUNS = FRAME_NOUNS | {"part", "reason"}


def _object_conjunct(child: Token) -> bool:
    """A noun the parser coordinated with the cue verb instead of its object: "blasted [the
    film and the books]"."""
    if child.dep_ != "conj" or child.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = child.doc[child.left_edge.i - 1]
    return before.dep_ == "cc" and before.lower_ in {"and", "or"} and before.head == child.head


def _question_conjunct(child: Token) -> bool:
    """An embedded question the parser coordinated with the cue verb instead of its object:
    "knows [the secrets and where they are kept]"."""
    if child.dep_ != "conj" or child.pos_ not in {"VERB", "AUX"}:
        return False
    doc = child.doc
    first = doc[child.left_edge.i]
    before = doc[child.left_edge.i - 1]
    return (
        first.tag_ in {"WRB", "WP", "WDT"}
        and before.dep_ == "cc"
        and before.lower_ in {"and", "or"}
        and before.head == child.head
    )


_CONDITION_MARKS = frozenset({"if", "unless"})


def _condition_clause(child: Token) -> bool:
    """A condition clause with its own subject, which the parser hangs on the cue but which is
    part of what was promised or asked: "vowed [to raise tariffs unless the firm stays]"."""
    return (
        child.dep_ == "advcl"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in child.children)
    )


def _with_conditions(verb: Token, end: int) -> int:
    """The end (exclusive) of a content range that takes in the cue's condition clauses after
    it: "pushed for [action if talks fail]"."""
    ends = [c.right_edge.i + 1 for c in verb.rights if c.i >= end and _condition_clause(c)]
    return max([end, *ends])


def _bound_modifier(child: Token) -> bool:
    """A to-infinitive after the object with no comma before it, which the parser hangs on
    the verb but goes with what was said: "backs [the amendments to cut taxes]"."""
    first = child.left_edge.i
    return (
        child.dep_ == "advcl"
        and child.doc[first].lower_ == "to"
        and child.doc[first - 1].text != ","
        and not any(c.dep_ == "mark" for c in child.children)
    )


_TIME_ENTS = {"DATE", "TIME"}
_MEDIUM_NOUNS = frozenset(
    {"interview", "statement", "tweet", "speech", "letter", "email", "op-ed", "editorial"}
)


def _when_or_where(prep: Token) -> bool:
    """A phrase giving the time or the medium of the saying, not what was said: "endorsed him
    [in May]", "known him [for years]", "claimed victory [in a tweet]"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    noun = objects[0]
    return noun.ent_type_ in _TIME_ENTS or noun.lemma_.lower() in _MEDIUM_NOUNS


def _closing_participle(verb: Token, end: int) -> int:
    """The end (exclusive) of a complement that takes in a closing participle clause after a
    comma, which the parser hung on the cue but which goes on with what was said: "insisted
    [it was a lapse, showing nothing more than fatigue]"."""
    doc = verb.doc
    for child in verb.rights:
        if (
            child.i > end
            and child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.left_edge.i == child.i
            and doc[child.i - 1].text == ","
            and child.i - 1 <= end + 1
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children)
        ):
            return child.right_edge.i + 1
    return end


_SEQUEL_MARKS = frozenset({":"})


def _colon_sequel(verb: Token, end: int) -> int:
    """The end (exclusive) of a content range that takes in the clause after a colon which
    closes it, when the parser made that clause the head of the report: "argued [that the
    plan was flawed: its costs were too high]" (a quotation after the colon is a report of
    its own)."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= end or cue_lemma(head.lemma_, head.text) in ALL_VERBS:
        return end
    i = end
    while i < head.i and doc[i].is_punct and doc[i].text not in _SEQUEL_MARKS:
        i += 1
    if doc[i].text not in _SEQUEL_MARKS or i >= head.i or is_quote_token(doc[i + 1]):
        return end
    return head.right_edge.i + 1


def _second_complements(verb: Token, ccomps: list[Token]) -> list[Token]:
    """ "said [that A and that B]": a clause with its own "that" coordinated with the cue verb
    continues the complement the cue already has."""
    if not ccomps or ccomps[-1].i < verb.i:
        return []
    return [
        c
        for c in verb.rights
        if c.dep_ == "conj"
        and c.i > ccomps[-1].i
        and any(m.dep_ == "mark" and m.lower_ in {"that", "whether"} for m in c.children)
    ]


def _as_clause(verb: Token) -> bool:
    """ "As the Post reported, ...": a reporting clause with "as" and no content of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
    )


def _medium_clause(verb: Token) -> list[Token]:
    """ "said in a statement [that ...]": the clause the parser hung on the medium noun."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "during", "at"}:
            continue
        for noun in prep.children:
            for clause in noun.rights:
                if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return [clause]
    return []


_NOT_ACTIVE_DEPS = frozenset({"dobj", "nsubjpass", "auxpass"})


def _objects(verb: Token) -> list[Token]:
    """The objects after a verb; with none, a noun the parser took for an object predicate
    of an active verb instead: "called out [Lee]", "called [her remarks about him] racist"
    (but "a site called [Acme]" names the site, and "was declared [the winner]" has no
    object), or a demonstrative taken for a preposition: "confirmed [that account]"."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if objects or verb.dep_ == "acl" or any(c.dep_ in _NOT_ACTIVE_DEPS for c in verb.children):
        return objects
    predicates = [c for c in verb.rights if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]
    return predicates[:1] or _demonstrative_object(verb)


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _demonstrative_object(verb: Token) -> list[Token]:
    """A demonstrative right after the verb that the parser took for a preposition, with the
    object's noun for its object: "confirmed [that account]"."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return []
    word = doc[verb.i + 1]
    if word.lower_ not in _DEMONSTRATIVES or word.dep_ != "prep" or word.head != verb:
        return []
    nouns = [c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return [word] if nouns and nouns[0].left_edge.i == word.i + 1 else []


def phrasal_content(verb: Token) -> Range | None:
    """The object of a phrasal reporting verb: "ruled out [a run]", "played down [the risk]"."""
    particles = PHRASAL_VERBS.get(cue_lemma(verb.lemma_, verb.text), "").split()
    if not any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
        return None
    objects = _objects(verb)
    if not objects or objects[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.doc[objects[0].left_edge.i].tag_ in {"WRB", "WDT", "WP"}:
        return None  # "pointed out where ...": a place, not a statement
    ranges = finish(verb.doc, [subtree_range(objects[0])], verb.i)
    return ranges[0] if ranges else None


def relative_report(verb: Token, start: int) -> bool:
    """A reporting verb inside a relative clause that opens its complement: "a surge [which
    analysts say could help him]" keeps the whole relative clause."""
    return verb.dep_ == "relcl" and verb.doc[start].tag_ in {"WDT", "WP"}


def _before_own_conjunct(head: Token) -> int:
    """The end of a clause before a coordinated clause with its own subject: "[X is tied to
    Y] and who claimed Z"."""
    for child in head.rights:
        if child.dep_ == "conj" and any(c.dep_ == "nsubj" for c in child.children):
            end = child.left_edge.i
            while end > head.i and child_is_joiner(head.doc[end - 1]):
                end -= 1
            return end
    return head.right_edge.i + 1


def trailing_report(verb: Token) -> list[Range]:
    """A reporting verb coordinated after its content with a comma: "[The plant is under
    pressure], said its chief executive", "[X will run], documents show"."""
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return _clause_before_comma(verb)


def trailing_as(verb: Token) -> list[Range]:
    """A reporting clause with "as" after its content and a comma: "[The deal will fail], as
    critics have warned"."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return []
    return _clause_before_comma(verb)


def _clause_before_comma(verb: Token) -> list[Range]:
    """The clause a report with no content of its own follows, up to the comma before it."""
    head = verb.head
    if head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return []
    comma = verb.left_edge.i - 1
    if comma <= head.i or verb.doc[comma].text != ",":
        return []
    return finish(verb.doc, [(head.left_edge.i, comma)], verb.i)
