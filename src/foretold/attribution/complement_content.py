"""The clause a clause verb reports, as token ranges.

- clause complements: "said [that the talks failed]", "[The talks failed,] she said", "said in a
  statement [that ...]", "knew at the time [that ...]" (a clause the parser hung on "time" as a
  relative), "said in the hearing [that the fines were not tied to or set by the ruling]" (a
  "that" the parser made the object of a preposition joined to another), "were told by officials
  [that the bridge was unsafe]" (a clause the parser hung on the agent); "said that A and that
  B" keeps both, but a reporting verb coordinated with the cue is left out (", and urged ...",
  "and insisted that ..."), and so is a clause the writer spliced on after the verb's object and
  a comma ("announced a phone, which Acme sells, [Beta sells it in Canada]"), and so is a clause
  the parser hung on the verb after it across a colon ("they sent a message: he must stop"), and
  so is a "that" the parser took for a clause's mark when another subordinator follows it
  ("learned that in 2001 after she ..." reports nothing), and so is a report with a subject and
  no content of its own closing the sentence ("[X], the paper reported the mayor said"), and
  so is a clause of time, cause or concession the parser hung on the verb after a comma
  ('"Q," Lee said, as fans gathered outside'); a
  gerund clause the parser made the verb's own complement ("recalled [meeting her]"), with the
  participles that go on its list ("discusses [hiding cash, dodging taxes]"); a that-clause the
  parser hung on a verb above a cue with none, after the cue's words and a comma ("It is
  unlikely Lee knew last spring, as she toured, [that the race would tighten]"); a clause
  with no "that" the parser hung on a verb of telling's listener as a relative clause
  ("informed the police [she had immunity]"); a time adverb between the verb and a clause
  with no "that" tells when it was said and is left out ("said earlier [she might run]",
  ``saying_times``), but a bare "once", "if" or "unless" before a phrase there opens the clause
  ("said [once in office he would sign it]", ``opening_conditions``);
- parentheticals: "[The talks,] she said, [failed]", also one the parser made the root
  ("[Many towns], the report noted, [have no bus]", ``rooted_asides``), with a phrase after
  the aside's comma that the parser hung on it ("[X might have helped], they argue, [perhaps
  by acting sooner]") or words before its opening comma ("the van hit a wall; [some oil],
  police said, [leaked]", back to the semicolon, before which the clause is the writer's; "[If
  talks fail], says the minister, [prices rise]"), and a report before a comma that the
  parser made the complement of the clause after it ("Lee reported, [the council refused to
  pay]", ``fronted_reports``);
- a report that closes the brackets it stands in reports the words before its comma ("her
  ratings ([as low as 19%], a historian says) hurt him"), and an inverted report a fronted
  "so" ("[So] says the mayor"); "half said [so]", "he said [no]", "polls suggest [otherwise]";
- reports inside a relative clause: the pronoun and the predicate, without the speaker and cue
  ("a surge [which] analysts say [could help him]", ``relative_gaps``); reports
  after their content: "[The plant is struggling], said its chief", "[The deal will fail], as
  critics warned", also when the parser hung the report on the clause before it ("[The plant
  will close], a report shows", '[Lee thinks it will close],” Cole said', with the comma and
  quote mark hung on the report) or made it the head of part of that clause ("[It made it easy
  for firms to grow], she said").
Where a complement ends (closing participles, colon sequels, modal conjuncts, a noun the
parser joined to the cue with no conjunction, a condition clause the parser hung on the cue:
"urged [people stay home unless they must travel]") is in ``content_ends``, and a present-tense
clause after a past cue that goes on with it in ``present_clauses``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from foretold.attribution.adverbial_asides import adverbial_aside
from foretold.attribution.clause_subjects import predicate_opening
from foretold.attribution.content_ends import (
    PAST_MODALS,
    child_is_joiner,
    clause_end,
    closing_participle,
    colon_sequel,
    correlative_end,
    modal_conjunct_end,
    numeral_conjunct_end,
    predicate_sequel,
    quoted_side_clause_end,
    unjoined_conjunct_end,
    with_conditions,
    with_fronted_conditions,
)
from foretold.attribution.cues import (
    ADDRESSEE_VERBS,
    ALL_VERBS,
    CLAUSE_VERBS,
    PREPOSITION_VERBS,
    SAID_NOUNS,
    cue_lemma,
)
from foretold.attribution.dates import opening_date_phrase
from foretold.attribution.fronted_reports import fronted_report
from foretold.attribution.inverted_conditions import governed_clause, holds_condition_report
from foretold.attribution.joined_clauses import joined_past_object
from foretold.attribution.listener_relatives import hung_relative
from foretold.attribution.marks import bracket_end, spaced_dash
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.narrated_asides import narrated_aside
from foretold.attribution.opening_conditions import subordinator_start
from foretold.attribution.own_clauses import is_passive
from foretold.attribution.parallel_deeds import parallel_deed
from foretold.attribution.present_clauses import present_clause_end, present_report_end
from foretold.attribution.ranges import (
    Range,
    finish,
    is_quote_token,
    reports_with_subject,
    subtree_range,
)
from foretold.attribution.reduced_noun_clauses import reduced_noun_clause
from foretold.attribution.relative_complements import (
    misread_relative_complement,
    told_relative_subject,
)
from foretold.attribution.relative_gaps import (
    relative_pronoun,
    relative_report,
    relative_report_parts,
)
from foretold.attribution.remembered_times import remembered_time_end
from foretold.attribution.rooted_asides import rooted_aside
from foretold.attribution.saying_times import saying_time_end
from foretold.attribution.speaking_participles import speaking_participle_end
from foretold.attribution.subject_as_asides import subject_as_aside
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.tensed_verbs import TENSE_TAGS, tensed
from foretold.attribution.time_relatives import relative_on_time
from foretold.attribution.told_listeners import told_listener_end
from foretold.attribution.unmarked_complements import (
    modal_clause_after_object,
    opening_phrase_start,
    unmarked_complement,
)


def complement_content(verb: Token, lemma: str) -> list[Range] | None:
    """The clause a clause verb reports: its complement ("said [that the talks failed]"), the
    clause around it ("[The talks,] she said, [failed]"), the clause before it ("[The deal will
    fail], as critics warned") or a word that stands for a clause ("he said [no]"); None when
    it has none of these."""
    doc = verb.doc
    children = list(verb.children)
    ccomps = [
        c
        for c in children
        if c.dep_ == "ccomp"
        and not _before_colon(c, verb)
        and not _semicolon_before_aside(c, verb)
        and not _fronted_adverbial(c, verb)
        and not (c.i < verb.i and relative_on_time(c))
        and not _adverbial_after_comma(c, verb)
        and not _demonstrative_that(c)
        and not _bare_report(c, verb)
        and not _clause_past_object(c, verb)
        and not reduced_noun_clause(c, verb)
        and not parallel_deed(c, verb)
        and not _own_aside_clause(c, verb)
        and not _bracketed_clause(c)
        and not (c.i < verb.i and holds_condition_report(c, verb))
        and not hung_relative(c)
    ] or (
        medium_clause(verb)
        or _listener_clause(verb)
        or _agent_clause(verb)
        or _hoisted_clause(verb)
        or _object_predicate(verb)
        or unmarked_complement(verb)
        or _bare_order(verb, lemma)
    )
    misread = None if ccomps else misread_relative_complement(verb)
    if misread is not None:
        ccomps = [misread[1]]  # "which the paper reported [caused delays]"
    ccomps += _second_complements(verb, ccomps)
    if ccomps:
        side = [c for c in ccomps if (c.i > verb.i) == (ccomps[-1].i > verb.i)]
        start = min(c.left_edge.i for c in side)
        start = _object_as_subject(verb, side[0]) or start
        start = told_listener_end(verb, lemma, start, side[0])
        start = _fronted_predicate(verb, start)
        start = _reported_back(verb, start)
        if side[0].dep_ == "advcl":  # "showed [without the drug, the mice stayed calm]"
            start = opening_phrase_start(verb, start)
        if misread is not None:
            start = misread[0].i
        elif (told := told_relative_subject(verb, side[0])) is not None:
            start = told.i  # "which officials assured them [was safe]"
        if side[-1].i < verb.i:
            start = with_fronted_conditions(verb, start)  # "[If X, Y], she said"
            start = _dash_set_start(verb, side, start)  # "X - [Y], they believe - Z"
        if side[0].i > verb.i and (date := opening_date_phrase(side[0])) is not None:
            start = date.right_edge.i + 1  # "said [on Monday] it would ...": the saying's day
        if side[0].i > verb.i:
            start = saying_time_end(verb, side[0], start)  # "said [earlier] she might ..."
            start = subordinator_start(verb, side[0], start)  # "said [once in office] he"
        end = max(_complement_end(c) for c in side) + 1
        if side[-1].i > verb.i:
            end = modal_conjunct_end(verb, unjoined_conjunct_end(verb, end))
            end = numeral_conjunct_end(verb, end)
            end = correlative_end(verb, start, end)
            end = predicate_sequel(verb, colon_sequel(verb, closing_participle(verb, end)))
            end = present_clause_end(verb, side[-1], end)
            end = remembered_time_end(verb, present_report_end(verb, end))
            end = with_conditions(verb, end)
            end = quoted_side_clause_end(verb, end)
            if (governed := governed_clause(verb, side[-1])) is not None:
                end = max(end, governed.right_edge.i + 1)  # "say that should X, [Y]"
        if start < verb.i < end and relative_report(verb, start):
            end = min(end, _before_own_conjunct(side[-1]))
            return finish(doc, relative_report_parts(verb, side[0], start, end), verb.i)
        elif start < verb.i < end:  # a cue inside its own complement: keep the right part
            start = verb.right_edge.i + 1
        return finish(doc, [(start, end)], verb.i)
    if (rooted := rooted_aside(verb)) is not None:
        return finish(doc, rooted, verb.i)  # "[Many towns], the report noted, [have no bus]"
    if narrated_aside(verb):
        return None  # "costs (Lee reported weekly to the board and kept the ledgers)"
    adverbial = adverbial_aside(verb)
    aside = verb.dep_ == "parataxis" or adverbial or _as_clause(verb) or fronted_report(verb)
    around = subject_as_aside(verb)  # "The plan, as Lee noted, will cost more": on "plan"
    if (aside and verb.head.pos_ in {"VERB", "AUX"}) or around is not None:
        head = around or verb.head  # "The talks, she said, failed"; "As the Post reported, X"
        left, right = subtree_range(head)
        inner = subtree_range(verb)
        if verb.dep_ == "parataxis" or adverbial:
            inner = (_aside_start(verb), _aside_end(verb))
            left = _after_dash(doc, left, inner[0])
            left = _after_semicolon(doc, left, inner[0])
            left = speaking_participle_end(head, verb, left, inner[0])
        elif verb.dep_ == "ccomp":  # "the scans showed [in all cases, the tumours shrank]"
            inner = (inner[0], opening_phrase_start(verb, inner[1]))
        return finish(doc, [(left, inner[0]), (inner[1], right)], verb.i)
    if lemma in CLAUSE_VERBS and (trailing := trailing_report(verb) or trailing_as(verb)):
        return trailing
    if (split := modal_clause_after_object(verb)) is not None:
        return finish(doc, [split], verb.i)  # "showing [some mice can live without water]"
    echo = [c for c in children if c.dep_ in {"advmod", "intj", "dobj"} and c.i > verb.i]
    if echo and echo[0].lower_ in _ECHO_WORDS and not list(echo[0].children):
        return [(echo[0].i, echo[0].i + 1)]  # "half said so", "data suggest otherwise"
    if (fronted_so := _fronted_so(verb)) is not None:
        return [(fronted_so.i, fronted_so.i + 1)]  # "[So] says the mayor"
    return None


# Words that stand for a whole clause after a reporting verb: "half said [so]", "he said
# [no]", "the data suggest [otherwise]".
_ECHO_WORDS = frozenset({"so", "no", "yes", "otherwise"})


def _reported_back(verb: Token, start: int) -> int:
    """Where the content of a report closing its sentence after a comma starts when the parse
    hung it on the reporting verb before its complement: in "Lee said the plan had failed, an
    aide recalled" the aide recalls Lee's report, so the content starts with Lee."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= start or head.lemma_.lower() not in CLAUSE_VERBS:
        return start
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or start >= subject.i:
        return start
    comma = subject.left_edge.i - 1
    while comma > start and is_quote_token(verb.doc[comma]):
        comma -= 1
    if verb.doc[comma].text != ",":
        return start
    if not any(c.dep_ == "nsubj" and c.i < head.i for c in head.children):
        return start
    return head.left_edge.i


def _after_dash(doc: Doc, left: int, aside: int) -> int:
    """Where the words an aside interrupts start: after the last dash before it, since the
    aside comments on the phrase after the dash ("He stayed in jail - [proof], police said, [of
    his guilt]"); ``left`` when no dash comes between."""
    for i in range(aside - 1, left, -1):
        if spaced_dash(doc[i]):
            return i + 1
    return left


def _dash_set_start(verb: Token, side: list[Token], start: int) -> int:
    """Where the content of a report set inside dashes after its content starts: after the
    opening dash, when the parser hung on the cue both the clause inside the dashes and the
    sentence around them ("The question is not whether he quits - [that won't happen], his
    aides believe - but how"); ``start`` otherwise."""
    doc = verb.doc
    if len(side) < 2 or verb.i + 1 >= len(doc) or not spaced_dash(doc[verb.i + 1]):
        return start
    first = side[-1].left_edge.i
    dash = first if spaced_dash(doc[first]) else first - 1
    return dash + 1 if dash > start and spaced_dash(doc[dash]) else start


def _own_aside_clause(clause: Token, verb: Token) -> bool:
    """A clause after a semicolon that an aside of its own reports, with a subject of its
    own: in "Lee said the shop was shut; the owner, police said, had left" the police report
    the second clause, not Lee."""
    doc = clause.doc
    start = clause.left_edge.i
    if doc[start].text != ";":  # the parse may hang the semicolon on the clause itself
        start -= 1
    return (
        clause.i > verb.i
        and start > verb.i
        and doc[start].text == ";"
        and any(c.dep_ == "parataxis" and reports_with_subject(c) for c in clause.children)
    )


def _bracketed_clause(clause: Token) -> bool:
    """A clause wholly inside brackets, an aside of the writer's within what is reported, not
    what the cue reports: "noted wells below the dam [(the dam is 60 m high)] can flood"."""
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    if doc[start].text != "(":
        start -= 1
    if start < 0 or doc[start].text != "(":
        return False
    return bracket_end(doc, start) in {end + 1, end + 2}


def _after_semicolon(doc: Doc, left: int, aside: int) -> int:
    """Where the words an aside interrupts start: after the last semicolon before it, since
    the clauses before it are the writer's or another speaker's ("Lee said A; [the cause],
    aides said, [was a leak]"); ``left`` when no semicolon comes between."""
    before = [i for i in range(left, aside) if doc[i].text == ";"]
    return before[-1] + 1 if before else left


def _object_as_subject(verb: Token, clause: Token) -> int | None:
    """Where a complement starts whose subject the parse took for the cue's object: in
    "reported [its source said ...]" or "warned [Democrats could lose]" the object right
    before a tensed clause with no subject of its own is that clause's subject, also past its
    prepositional phrases and a relative clause between commas ("reported [a man from Ohio,
    who drove the truck, had fled]"), and so is a noun phrase the parse made the object of
    the noun closing the cue's own prepositional phrase, since a noun takes no object ("said
    in its filing [the probe] focuses on ...", "wrote in a memo [the plant] was unsafe"), and the
    words after a name the parse made a modifier of that noun ("announced on Twitter [the state
    police] would investigate", ``_subject_after_name``); a time phrase the parse took for the
    clause's subject does not count as one ("concluded [hunters living in the north tens of
    thousands of years ago were skilled]")."""
    if clause.i < verb.i or not tensed(clause):
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if any(not _time_phrase(c) for c in subjects):
        return _object_before_bare_subject(verb, subjects[0])
    opening = subjects[0].left_edge.i if subjects else clause.left_edge.i
    openings = {opening, _verb_opening(clause)}
    for child in [*verb.children, *_objects_of_phrase_nouns(verb, clause)]:
        if child.dep_ == "dobj" and predicate_opening(child) in openings and opening > child.i:
            return child.left_edge.i
    if not subjects:
        return _subject_after_name(verb, clause)
    return None


def _object_before_bare_subject(verb: Token, subject: Token) -> int | None:
    """Where a complement starts when the parse split its subject in two, the opening words
    made the cue's object and the closing noun, bare of any determiner, the clause's subject:
    in "said [hundreds of ISIS (Islamic State) fighters] escaped" the object "hundreds of ISIS
    (Islamic State)" runs, past a closing bracket at most, right up to "fighters", and the two
    are one noun phrase, since a bare plural cannot open a clause after a verb's object. Not
    after a verb that takes a listener ("told reporters [fighters] escaped")."""
    if subject.pos_ not in {"NOUN", "PROPN"} or subject.tag_ not in {"NNS", "NNPS"}:
        return None
    if verb.lemma_.lower() in _LISTENER_VERBS or subject.left_edge.i != subject.i:
        return None
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ != "dobj" or child.i > subject.i or child.pos_ != "NOUN":
            continue
        between = doc[child.right_edge.i + 1 : subject.i]
        if child.right_edge.i > child.i and all(t.text in {")", "]"} for t in between):
            return child.left_edge.i
    return None


def _subject_after_name(verb: Token, clause: Token) -> int | None:
    """Where a complement with no subject starts when the parse made its subject one noun
    phrase with the name closing the cue's prepositional phrase, the name read as a modifier
    of the subject's head: "announced on Twitter [the state police] would investigate", read
    as "on Twitter the state police"."""
    doc = verb.doc
    opening = _verb_opening(clause)
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.i > clause.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.right_edge.i + 1 != opening:
                continue
            name = doc[prep.i + 1]
            modifies = name.head == noun and name.dep_ in {"nmod", "compound"}
            if modifies and name.pos_ == "PROPN" and doc[name.i + 1].pos_ == "DET":
                return name.i + 1
    return None


def _objects_of_phrase_nouns(verb: Token, clause: Token) -> list[Token]:
    """Objects the parse hung on the noun that closes a prepositional phrase of the cue before
    its complement, where a noun takes none: "the probe" in "said in its filing the probe
    focuses on ...", read as "filing the probe"."""
    found = []
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.i > clause.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ in {"NOUN", "PROPN"}:
                found += [c for c in noun.rights if c.dep_ == "dobj" and c.pos_ != "PRON"]
    return found


def _verb_opening(clause: Token) -> int:
    """Where a clause's verb group opens: its first auxiliary or negation, or the verb itself
    ("[might] render", "[has] not failed")."""
    group = [c.i for c in clause.lefts if c.dep_ in {"aux", "auxpass", "neg"}]
    return min([clause.i, *group])


def _object_predicate(verb: Token) -> list[Token]:
    """A clause with a tensed auxiliary and no subject or conjunction of its own that the
    parse hung on the cue as an adverbial, right after the cue's object and an aside between
    commas: the object is its subject and the two are what was said ("suggested [the algae,
    like the heat, might harm the reef]"); not a bare participle or noun the tagger took for a
    tensed verb ("opened a center intended to ...", "reflects this view in News comments")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for clause in verb.rights:
        if (
            clause.dep_ == "advcl"
            and any(c.dep_ in {"aux", "auxpass"} and tensed(c) for c in clause.lefts)
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children)
            and any(
                o.i < clause.i and predicate_opening(o) == _verb_opening(clause) for o in objects
            )
        ):
            return [clause]
    return []


def _bare_order(verb: Token, lemma: str) -> list[Token]:
    """A bare verb the parser hung on "say" as its complement, an order or a call reported
    without "to" or a subject: "Lee says [cut taxes, fees to lift growth]"."""
    if lemma != "say":
        return []
    return [
        c
        for c in verb.rights
        if c.dep_ == "xcomp" and c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children)
    ]


def _time_phrase(noun: Token) -> bool:
    """A noun phrase that dates a clause rather than acting in it: "three years [ago]"."""
    return any(c.dep_ == "advmod" and c.lower_ == "ago" for c in noun.children)


def _fronted_predicate(verb: Token, start: int) -> int:
    """Where a complement starts whose predicate comes before its long object right after the
    cue: "found [unconstitutional a law that ...]" (the parser hangs the adjective on the cue
    and makes the object the subject of a clause), but not "is [sure] that ..."."""
    if verb.doc[start].dep_ == "mark":
        return start
    for child in verb.rights:
        if (
            child.dep_ in {"acomp", "oprd"}
            and child.pos_ == "ADJ"
            and child.left_edge.i == verb.i + 1
            and child.right_edge.i + 1 == start
        ):
            return child.left_edge.i
    return start


def _complement_end(head: Token) -> int:
    """Last token of a complement clause that stops before a reporting verb coordinated with
    the cue but hung on the clause: "said [the party was calm], and urged ...", or before
    another source's report after a semicolon: "Reuters reported [the toll was 12]; the AP
    reported 15"."""
    end = clause_end(head)
    for child in head.rights:
        if child.dep_ == "conj" and (
            _coordinated_report(child) or _next_source(child) or _unshifted_clause(child)
        ):
            end = min(end, child.left_edge.i - 1)
    while end > head.i and child_is_joiner(head.doc[end]):
        end -= 1
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


def _unshifted_clause(verb: Token) -> bool:
    """A clause with a subject of its own in the present perfect, joined by "and" or "but"
    to a clause backshifted under a past-tense report: the report's clause is in the past
    ("said [he would not run]"), so the present-perfect one is the writer's ("and Cole has
    decided to run"), not part of what was said."""
    clause = verb.head
    cue = clause.head
    if cue.tag_ != "VBD" or clause.dep_ != "ccomp" or verb.doc[verb.left_edge.i - 1].dep_ != "cc":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in clause.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children):
        return False
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
    )


def _next_source(verb: Token) -> bool:
    """A reporting verb with a subject of its own right after a semicolon, another source's
    report the parser coordinated with the reported clause: "Reuters reported the toll was
    12; [the AP reported 15]"; also after a conjunction when it repeats the cue's verb, reports
    a clause of its own and no "that" marks it as a second part of the content: "one said
    [prices rose] and others said they fell" (but "said that A and that B said C" keeps both)."""
    i = verb.left_edge.i
    return (
        verb.pos_ == "VERB"
        and cue_lemma(verb.lemma_, verb.text) in ALL_VERBS
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children)
        and i >= 1
        and (verb.doc[i - 1].text == ";" or _joined_report(verb))
    )


def _joined_report(verb: Token) -> bool:
    """A report after a conjunction by the same verb as the cue, with a clause of its own and
    no "that" of its own: "said prices rose and [others said they fell]"."""
    doc = verb.doc
    i = verb.left_edge.i
    return (
        doc[i - 1].dep_ == "cc"
        and verb.lemma_ == verb.head.head.lemma_
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _unshared_clause(verb: Token) -> bool:
    """A coordinated verb with a clause of its own in another form than the verb it hangs on:
    "he will win and insisted [that ...]" (but "knew X and thought Y" share their subject)."""
    return verb.tag_ != verb.head.tag_ and any(c.dep_ == "ccomp" for c in verb.children)


def _bare_report(clause: Token, verb: Token) -> bool:
    """A report with a subject and no content of its own that closes the sentence after a
    cue that follows its content, saying whose words the cue passes on: "[X], the paper
    reported the mayor said" (the content is the clause before the comma)."""
    return (
        (verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children))
        and clause.i > verb.i
        and cue_lemma(clause.lemma_, clause.text) in CLAUSE_VERBS
        and any(c.dep_ == "nsubj" for c in clause.lefts)
        and all(c.is_punct for c in clause.rights)
    )


# Verbs that take a listener as their object before the clause they report: "warned the
# council, [the plan would fail]".
_LISTENER_VERBS = frozenset(
    {
        "tell", "warn", "assure", "reassure", "remind", "inform", "advise", "notify", "caution",
        "convince", "persuade", "promise", "show", "teach", "ask", "urge", "tweet", "write",
    }
)  # fmt: skip


def _clause_past_object(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on a verb past the verb's own object and a comma: the object
    is what the verb reports, and the clause after the comma is one of the writer's, spliced
    on ("announced a new phone, which Acme will sell here, [Beta will sell it in Canada]"),
    but not after a verb that takes a listener ("warned the council, [the plan would fail]").
    So too a clause with no "that" of its own past the object and an "and" or "but", after
    any verb ("polls showed support at two percent and [a later poll put it at zero]",
    ``joined_clauses``)."""
    if joined_past_object(clause, verb):
        return True
    if clause.i < verb.i or verb.lemma_.lower() in _LISTENER_VERBS:
        return False
    doc = verb.doc
    start = clause.left_edge.i
    while start < clause.i and doc[start].is_punct:
        start += 1
    for child in verb.rights:
        if child.dep_ == "dobj" and child.i < start and child.pos_ in {"NOUN", "PROPN"}:
            return any(t.text == "," for t in doc[child.right_edge.i + 1 : start])
    return False


def _before_colon(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on the verb after it across a colon, which introduces the
    verb's own clause rather than reporting the one before it: "[they sent a message]: he
    must stop", or across a semicolon, which closes a clause of its own, when no other
    clause of the verb stands between ("[the strike began]; she promised marches every day";
    not "He said X; 'Y', he added", whose report the nesting rules cut back)."""
    after = clause.right_edge.i + 1
    if not clause.i < verb.i or after >= verb.i:
        return False
    if verb.doc[after].text == ":":
        return True
    return verb.doc[after].text == ";" and not any(
        c.dep_ == "ccomp" and after < c.i < verb.i for c in verb.children
    )


def _semicolon_before_aside(clause: Token, verb: Token) -> bool:
    """A clause before a reporting aside that the parser ran on across a semicolon into the
    words the aside interrupts: in "the bus hit a wall; [some oil], police said, [leaked]" the
    first clause is the writer's and the aside reports the one after the semicolon."""
    return (
        verb.dep_ == "parataxis"
        and clause.i < verb.i
        and any(c.text == ";" and c.i > clause.i for c in clause.children)
    )


def _fronted_adverbial(clause: Token, verb: Token) -> bool:
    """A fronted adverbial clause the parser hung on the verb as its complement, with the
    subject of the clause inside it taken from the verb: "[While all agreed that rest was
    rare], she stressed the need for breaks", "[In finding he was sworn in], the court ..."
    (the verb has its own content after it, and the clause opens with a subordinator or a
    preposition and has no subject of its own)."""
    first = verb.doc[clause.left_edge.i]
    return (
        clause.i < verb.i
        and first.tag_ == "IN"
        and first.lower_ not in {"that", "whether"}
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and any(_own_content(c) for c in verb.rights)
    )


# Subordinators that open a clause of time, cause or concession, never a reported clause.
_ADVERBIAL_MARKS = frozenset(
    {"as", "while", "because", "since", "although", "though", "whereas", "after", "before",
     "until", "once"}
)  # fmt: skip


def _adverbial_after_comma(clause: Token, verb: Token) -> bool:
    """A clause of time, cause or concession that the parser hung on the verb as its
    complement, set off by a comma after the verb: '"Q," Lee said, [as fans gathered outside]'
    tells what went on while she spoke, not what she said (a reported clause opens with
    "that", "whether", "if", a question word or nothing)."""
    doc = verb.doc
    first = doc[clause.left_edge.i]
    return (
        clause.i > verb.i
        and first.dep_ == "mark"
        and first.head == clause
        and first.lower_ in _ADVERBIAL_MARKS
        and first.i > 0
        and doc[first.i - 1].text == ","
    )


def _demonstrative_that(clause: Token) -> bool:
    """A clause the parser opened with a "that" that is the verb's own object, a pronoun, since
    another subordinator opens the clause before its subject: "Lee learned [that] in 2001 after
    he voiced doubts about the plan" (what Lee learned is "that", a lesson; no clause can take
    two subordinators before its subject). A subordinator right after "that" opens a clause
    inside the reported one, so "that" is its mark: "Lee said that, after the vote, the council
    agreed", "ruled that although the law stands, it ..." keep their clause."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if len(marks) < 2 or marks[0].lower_ != "that" or not subjects:
        return False
    between = clause.doc[marks[0].i + 1 : marks[1].i]
    if all(t.is_punct or t.is_space for t in between):
        return False
    return marks[1].i < subjects[0].left_edge.i


def _own_content(child: Token) -> bool:
    """A complement or a thing object after a verb: "stressed [the need]" (not a listener)."""
    if child.dep_ in {"ccomp", "xcomp"}:
        return True
    return child.dep_ == "dobj" and child.pos_ == "NOUN" and child.ent_type_ != "PERSON"


def medium_clause(verb: Token) -> list[Token]:
    """ "said in a statement [that ...]": the clause the parser hung on the medium noun; also
    one it took for a relative clause of a time ("did not know at the time [that the vote
    would fail]", "disclosed for the first time [that ...]")."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "during", "at", "for"}:
            continue
        for noun in prep.children:
            for clause in noun.rights:
                if clause.dep_ in {"acl", "ccomp", "relcl"} and (
                    any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    or _time_relative(noun, clause)
                    or _unstranded_that(clause)
                ):
                    return [clause]
    return []


def _hoisted_clause(verb: Token) -> list[Token]:
    """A that-clause the parse hung on a verb above the cue, right after the cue's own words
    and a comma: "It is unlikely Lee knew at the time, as she toured the state, [that the
    race would tighten]" (the clause is not "is"'s: it already has its own complement)."""
    if verb.dep_ != "ccomp" or any(c.dep_ in {"dobj", "xcomp"} for c in verb.children):
        return []
    doc = verb.doc
    after = verb.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if after == verb.right_edge.i + 1 or after >= len(doc):
        return []
    opener = doc[after]
    clause = opener.head
    if opener.lower_ != "that" or opener.dep_ != "mark" or clause.dep_ != "ccomp":
        return []
    if clause.head not in (verb.head, verb.head.head) or clause.left_edge.i != after:
        return []
    return [clause]


def _unstranded_that(clause: Token) -> bool:
    """A clause opening with a "that" the parser made the object of a preposition inside it
    that a conjunction follows: a relative "that" can be the object only of a preposition
    left at the end of its phrase, and one joined to another verb's preposition shares that
    one's object ("said in the hearing [that the fines were not tied to or set by the
    ruling]"), so "that" opens the clause, which has its own subject."""
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ != "pobj" or first.head.dep_ != "prep":
        return False
    after = first.head.i + 1
    if after >= len(clause.doc) or clause.doc[after].dep_ != "cc":
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _time_relative(noun: Token, clause: Token) -> bool:
    """A clause after "time" that opens with a "that" the parser took for a relative adverb
    and has its own subject, which after a reporting verb is what it reports: "knew at the
    time [that the vote would fail]"."""
    first = clause.left_edge
    return (
        noun.lemma_.lower() == "time"
        and clause.dep_ == "relcl"
        and first.lower_ == "that"
        and first.dep_ == "advmod"
        and first.head == clause
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def _listener_clause(verb: Token) -> list[Token]:
    """ "told the agency, a news outlet, [that ...]": the clause with "that" the parser hung on
    the listener or its apposition as a relative clause (the "that" of a relative clause is
    its subject or object, not a mark, and no comma comes before it); also, after a verb of
    telling, a clause with no "that" and a subject of its own that the parser hung on the
    listener as a relative clause ("informed the police [she had immunity]"), which is what
    was told: a verb of telling names its listener and then the news."""
    for listener in verb.rights:
        if listener.dep_ not in {"dobj", "dative"}:
            continue
        for noun in [listener, *(c for c in listener.rights if c.dep_ == "appos")]:
            for clause in _marked_clauses(noun):
                if verb.doc[clause.left_edge.i - 1].text == ",":
                    return [clause]
        if (told := _unmarked_told_clause(verb, listener)) is not None:
            return [told]
    return []


def _unmarked_told_clause(verb: Token, listener: Token) -> Token | None:
    """The tensed clause right after the listener of a verb of telling that opens with its
    own subject, no relative word before it, which the parser took for a relative clause of
    the listener: "informed the police [she had immunity]"; not "told the man [who] called"."""
    if cue_lemma(verb.lemma_, verb.text) not in ADDRESSEE_VERBS:
        return None
    for clause in listener.rights:
        if clause.dep_ != "relcl" or not tensed(clause):
            continue
        subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or relative_pronoun(subject):
            continue
        if (
            clause.left_edge == subject.left_edge
            and not _gap_before(listener, clause)
            and _no_object_gap(clause)
        ):
            return clause
    return None


# Relations of the words that fill a verb's place for an object or complement, or of a
# passive subject, so that a relative clause could have no gap for the listener: "she had
# [immunity]", "she was [ill]", "[deaths] were caused".
_FILLED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass"})


def _no_object_gap(clause: Token) -> bool:
    """A clause whose verb has its object or complement, or is passive, so it leaves no gap a
    relative clause of the listener would need: "she had [immunity]", "deaths were caused"
    (not "the officials she met")."""
    return any(c.dep_ in _FILLED_DEPS for c in clause.children)


def _gap_before(listener: Token, clause: Token) -> bool:
    """Whether words other than the listener's own come between it and the clause: a comma,
    a relative word or a preposition the parser put before the clause's subject."""
    own_end = max(
        (t.i for t in listener.subtree if not clause.is_ancestor(t) and t != clause),
        default=listener.i,
    )
    return clause.left_edge.i != own_end + 1


def _agent_clause(verb: Token) -> list[Token]:
    """ "were told by officials [that the bridge was unsafe]": the clause with "that" the
    parser hung on the agent of a passive telling verb (the "that" of a relative clause is its
    subject or object, not a mark, and a person takes no clause of its own; a noun of words
    does: "was shaken by the news that ...")."""
    if not is_passive(verb):
        return []
    for agent in verb.rights:
        if agent.dep_ != "agent":
            continue
        for noun in agent.children:
            if noun.dep_ != "pobj" or noun.lower_ in SAID_NOUNS:
                continue
            for clause in _marked_clauses(noun):
                return [clause]
    return []


def _marked_clauses(noun: Token) -> Iterator[Token]:
    """The clauses opened by a "that" mark the parser hung on a noun as relative clauses: a
    relative clause's own "that" is its subject or object, not a mark."""
    for clause in noun.rights:
        first = clause.left_edge
        if (
            clause.dep_ in {"relcl", "acl"}
            and first.dep_ == "mark"
            and first.lower_ == "that"
            and first.head == clause
        ):
            yield clause


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
    """ "As the Post reported, ...": a reporting clause with "as" and no content of its own.
    One with a partner in talk or a topic of its own tells when the rest happened, not what
    was said: "As Lee joked [with a friend], his brother grew impatient", "As Lee spoke
    [about the vote], her aide left" (but "As Lee said on Monday, ...")."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        and not any(_own_topic(c, verb) for c in verb.children)
    )


# Verbs whose "on" phrase gives what they were about though ``PREPOSITION_VERBS`` gives them
# no topic preposition: "remarked [on] the probe" ("comment", "reflect" and "elaborate" take
# "on" from there).
_ON_TOPIC_VERBS = frozenset({"remark"})


def _own_topic(child: Token, verb: Token) -> bool:
    """A phrase giving what a reporting verb was about: "about" anything, or the verb's own
    topic preposition before a common noun that is no date ("remarked [on the probe]", not
    "said on Monday", "wrote on her blog") or before a clause ("hinted [at what it might
    hold]")."""
    if child.dep_ != "prep":
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    clauses = [o for o in child.children if o.dep_ == "pcomp" and o.pos_ in {"VERB", "AUX"}]
    if not objects and not clauses:
        return False
    if child.lower_ == "about":
        return True
    lemma = cue_lemma(verb.lemma_, verb.text)
    topics = PREPOSITION_VERBS.get(lemma, "").split()
    if lemma in _ON_TOPIC_VERBS:
        topics.append("on")
    return child.lower_ in topics and (
        bool(clauses) or any(o.pos_ == "NOUN" and o.ent_type_ not in DATE_ENTS for o in objects)
    )


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


def _aside_start(verb: Token) -> int:
    """The start of a reporting aside, set off by commas: the comma before its subject;
    words before that comma that the parser hung on the aside belong to the clause it
    interrupts ("the truck overturned; [about 40 litres of oil], police said, [leaked]"), and
    so does a clause and its comma before an inverted aside ("[Because the river is low],
    says the study, [barges wait]")."""
    doc = verb.doc
    start = verb.left_edge.i
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is not None:
        comma = subject.left_edge.i - 1
        return comma if comma > start and doc[comma].text == "," else start
    for child in verb.lefts:
        comma = child.right_edge.i + 1
        if child.left_edge.i != start or child.dep_ != "advcl" or doc[comma].text != ",":
            break
        start = comma + 1
    return start


def _aside_end(verb: Token) -> int:
    """The end (exclusive) of a reporting aside before a comma and a phrase the parser hung on
    it that goes on with the content: "X might have helped, they argue, [perhaps by acting
    sooner]", and before a comma and a predicate joined by "and" or "but" with no subject of
    its own, which goes on with the clause the aside interrupts and shares its subject: "He
    had no debts, the bank added, [and had paid all his taxes]" (the comma closes the aside;
    with no comma, "she said and left", the second act is the speaker's)."""
    end = verb.right_edge.i + 1
    for child in verb.rights:
        comma = child.left_edge.i - 1
        if (
            child.dep_ in {"prep", "advmod", "advcl"}
            and verb.doc[comma].text == ","
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
        ):
            return comma
        if _interrupted_predicate(verb, child):
            return child.left_edge.i - 2
    return end


def _interrupted_predicate(verb: Token, child: Token) -> bool:
    """A predicate after a comma and "and" or "but" that the parser joined to a reporting
    aside set inside the clause it reports: "[He had no debts], the bank added, [and had paid
    ...]"; it has no subject of its own, is no report, and has not the aside verb's form (an
    auxiliary of its own, or another tense), so it goes on with that clause. One in the aside
    verb's form is the speaker's next act: "The mine was safe, the firm said, and left"."""
    doc = verb.doc
    joiner = child.left_edge.i - 1
    return (
        child.dep_ == "conj"
        and child.pos_ in {"VERB", "AUX"}
        and verb.head.i < verb.i
        and joiner >= 1
        and doc[joiner].dep_ == "cc"
        and doc[joiner].head == verb
        and doc[joiner].lower_ in {"and", "but"}
        and doc[joiner - 1].text == ","
        and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        and (child.tag_ != verb.tag_ or any(c.dep_ in _AUX_DEPS for c in child.children))
        and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
    )


# Relations of a verb's own auxiliaries: "[had] paid", "[would] pay", "[was] paid".
_AUX_DEPS = frozenset({"aux", "auxpass"})


def trailing_report(verb: Token) -> list[Range]:
    """A reporting verb coordinated after its content with a comma: "[The plant is under
    pressure], said its chief executive", "[X will run], documents show"."""
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return _clause_before_comma(verb)


# Verbs of a crowd's noise, whose "as" clause tells what went on meanwhile, not a source:
# "he took the stage, as the crowd cheered".
_NOISE_VERBS = frozenset({"cheer", "applaud", "boo", "jeer", "clap", "chant", "laugh"})


def trailing_as(verb: Token) -> list[Range]:
    """A reporting clause with "as" after its content and a comma: "[The deal will fail], as
    critics have warned"; not a crowd's noise meanwhile: "he was grilled like never before,
    as the audience cheered on the attacks"."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return []
    if verb.lemma_.lower() in _NOISE_VERBS:
        return []
    return _clause_before_comma(verb)


def _clause_before_comma(verb: Token) -> list[Range]:
    """The clause a report with no content of its own follows, up to the comma before it."""
    head = verb.head
    if head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return []
    comma = _comma_before(verb)
    if comma <= head.i:
        return []
    return finish(verb.doc, [(head.left_edge.i, comma)], verb.i)


def _comma_before(verb: Token) -> int:
    """The comma before the words of a report, past the punctuation and closing quote marks
    the parser hung on it ('[... no chance to win],” the source recalled': the comma before
    the quote mark); -1 when none comes right before them."""
    doc = verb.doc
    first = next((t.i for t in verb.subtree if not t.is_punct), verb.i)
    i = first - 1
    while i > 0 and is_quote_token(doc[i]):
        i -= 1
    return i if i >= 0 and doc[i].text == "," else -1


def _fronted_so(verb: Token) -> Token | None:
    """A "so" right before a report whose subject follows it: "[So] says the mayor"."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ != "so" or doc[verb.i - 1].head != verb:
        return None
    if not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return None
    return doc[verb.i - 1]


def bracketed_report(verb: Token) -> list[Range]:
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


def gerund_complement(verb: Token) -> list[Range]:
    """A gerund clause the parser hung on a clause verb as its complement, with the
    participles of its list after a comma: "said [raising the fee would hurt sales]",
    "recalled [meeting her twice, losing touch]", and the predicate with a modal that the
    parser coordinated with the cue when the gerund is a clausal subject: "said [raising the
    fee, and doing it now, could hurt sales]"."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            end = closing_participle(verb, clause_end(child) + 1)
            end = modal_conjunct_end(verb, end)
            return finish(verb.doc, [(child.left_edge.i, end)], verb.i)
    return []


def comma_report(verb: Token) -> list[Range]:
    """A finite clause verb after its content and a comma, which the parser hung on the
    content's verb as a clause of its own: "[The mayor, pressed by critics, will resign], a
    report shows"."""
    if verb.dep_ not in {"ccomp", "advcl"} or verb.tag_ not in TENSE_TAGS:
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
