"""Content of source phrases: the clause a phrase such as "according to X" qualifies.

- "according to X": the source is X (the noun a name owns when the tagger closed the name at its
  possessive mark: "according to the University of Norland's Institute": the Institute), or the
  author a document names with "by", directly or through a participle of writing or sending
  ("according to a memo posted by Senator Ann Lee": Lee); the content is the sentence the phrase
  qualifies, without the phrase, staying inside the dashes or brackets or after the colon it sits in
  (not after a single dash that opens a part with no verb: "[Her lead is wider - 61% to 30%],
  according to X") and after the last semicolon before it ("Four were aboard; according to police,
  [one died]") and, when the phrase follows a verb of its clause or the clause after the semicolon
  reports with a subject of its own, before the next semicolon ("[Two died], according to police;
  roads reopened"; "According to X, [two died]; the army said ten"), and without a closing clause of
  contrast (", although ..."; after a fronted phrase, ", but ..." with its own subject: "According
  to the charter, [the deputy would step in], but that post is empty"; before a closing phrase, the
  clause a ", but" joins to the one it qualifies, and a relative clause on the source after it:
  "[Ten died], according to police, who said ..."; a relative clause with no pronoun on the source
  that the parser joined to the sentence: "[Ann was aboard], according to an interview her brother
  gave"; "The mayor is not running, but [her deputy will enter the race], according to aides"), a
  part after the phrase with no verb ("[A], according to a poll last week - about the same as in
  May"; not when the part before ends on a word its object must follow: "[Four died, including],
  according to the police, [two children]"; nor after a "be" with no predicate, when the parser hung
  the predicate on the phrase: "[One child was], according to police, [among the dead]") or, when
  only a comma after it sets the phrase off, the part after that comma ("[Ten died] according to the
  police, and roads shut"); a phrase that closes a comma-set relative clause qualifies that clause
  alone ("Nurses, [who make up a third of staff], according to the union, have struck since May"); a
  phrase the parser made the root of its sentence, with the clause hung on it, qualifies that clause
  ("According to Lee, [for days the ferry was silent]"); a subject the parser listed with the source
  after its comma goes with the clause ("According to X, [trade and farming of cats was common]");
  words the parser hung on "according" after the comma that closes its source go on with the clause
  ("[One child was], according to police, [among the dead]"), and a part of one word stays when it
  is the verb the phrase qualifies ("[They struck, then], according to police, [fled]") or the
  subject of the part after ("[Witnesses], according to the paper, [said a man fled]"); a phrase
  that is the predicate of "be" gives the subject alone ("[That]'s according to a new poll");
- "in X's words": the clause the phrase qualifies, without the phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.according_sources import (
    broken_phrase_head,
    possessed_source,
    set_off_name,
)
from foretold.attribution.cue import QUOTE_CHARS
from foretold.attribution.cues import ALL_VERBS, CLAUSE_VERBS, cue_lemma
from foretold.attribution.ranges import Range, finish, subtree_range
from foretold.attribution.sourced_relatives import relative_host
from foretold.attribution.speaking_things import document_author
from foretold.attribution.tagged_entities import DATE_ENTS


def according_content(according: Token) -> tuple[list[Range], Token | None]:
    """For "according to X": the modified clause without the phrase, and X's head, or the
    author a document names with "by" ("according to a memo posted by Senator Ann Lee": Lee);
    a person's name set off by commas after X that the parser made a subject of the clause
    is X's apposition, not part of the clause (``set_off_name``)."""
    to = _to(according)
    source = None
    if to is not None:
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is not None:
        source = possessed_source(source)  # "the University of Norland's Institute"
    run = broken_phrase_head(according)
    if run is not None:
        content = sentence_without(according, run.i + 1)
        return content, document_author(run)
    if (name := set_off_name(according)) is not None:
        return sentence_without(according, name.end + 1), source
    return sentence_without(according), document_author(source) if source is not None else None


def sentence_without(according: Token, phrase_end: int | None = None) -> list[Range]:
    """The sentence a source phrase ("according to X") qualifies, without the phrase (up to
    ``phrase_end`` when the parser left part of it outside its subtree); inside a clause
    another speaker reports, only that clause ("Lee said according to its data, [sales
    rose]"); inside a comma-set relative clause, only that clause ("the deal, which, according
    to aides, [would cut costs]"); closing a fronted clause of contrast, only that clause
    (`contrast_clause`)."""
    if (contrast := contrast_clause(according)) is not None:
        return contrast
    if (subject := _copular_subject(according)) is not None:  # "[That] is according to X"
        return finish(according.doc, [subtree_range(subject)], according.i)
    head = according.head  # the whole sentence the phrase qualifies, not just its clause
    while head.dep_ != "ROOT" and head.head != head and not _reported_clause(head):
        head = head.head
    relative = relative_host(according)
    head = relative or head
    left, right = subtree_range(head)
    inner = _without_subject_appositive(according, subtree_range(according), head)
    inner = _without_set_off_subject(according, inner, head)
    inner = _without_subject_conjuncts(according, inner, head)
    inner = _without_hung_predicate(according, inner)
    if phrase_end is not None and phrase_end > inner[1]:
        inner = inner[0], phrase_end
    if head == according:
        sent = according.sent
        left, right = sent.start, sent.end
        inner = _phrase_alone(according, inner)
    doc = according.doc
    if relative is not None:  # the pronoun stays: "[which], according to X, [rose]"
        return finish(doc, [(left, inner[0]), (inner[1], right)], according.i)
    if (closed := _closed_relative(doc, left, inner, right)) is not None:
        return finish(doc, [closed], according.i)
    left, right = _inside_dashes(doc, left, right, inner)
    left, right = _inside_brackets(doc, left, right, inner)
    left, right = _inside_semicolons(doc, left, right, inner)
    left = _after_contrast(according, left, inner)
    left = _after_joiner(according, left, inner)
    right = _before_contrast(doc, according, inner[1], right)
    parts = [(left, inner[0]), (inner[1], right)]
    if inner[0] - left > 1 and (
        _concession(doc, inner[1], right)
        or _closes_clause(according, left, inner, right)
        or _source_relative(doc, inner[1], right)
        or _contact_relative(according, inner[1], right)
    ):
        parts = parts[:1]
    ranges = finish(doc, parts, according.i)
    short = len(ranges) == 2 and min(b - a for a, b in ranges) < 2
    if short and not _lone_word_kept(according, ranges):
        ranges = [max(ranges, key=lambda r: r[1] - r[0])]
    if (
        len(ranges) == 2
        and not _has_verb(doc, *ranges[1])
        and _has_verb(doc, *ranges[0])
        and not _left_open(doc[ranges[0][1] - 1])
        and not _attendant_with(doc, ranges)
    ):
        ranges = ranges[:1]
    return ranges


# The clitic "is", which the lemmatiser may leave unread with a curly apostrophe: "That['s]".
_CLITIC_IS = frozenset({"'s", "\u2019s"})


def _copular_subject(according: Token) -> Token | None:
    """The subject of a "be" right before the source phrase that has the phrase for its
    predicate: in "That's according to a new poll" the phrase tells where what "that" stands
    for comes from, so the subject alone is the content. The parse hangs the phrase on "be"
    or makes it the root with "be" as its auxiliary; None for any other phrase."""
    doc = according.doc
    be = doc[according.i - 1] if according.i > 0 else None
    if be is None or (be.lemma_ != "be" and be.lower_ not in _CLITIC_IS):
        return None
    if according.dep_ == "ROOT" and be.dep_ == "aux" and be.head == according:
        verb = according
    elif according.dep_ == "prep" and according.head == be:
        verb = be
    else:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i + 1 != be.i:
        return None
    return subject


def _attendant_with(doc: Doc, ranges: list[Range]) -> bool:
    """A "with" phrase after the source phrase that the parser hung on a word of the part
    before goes on with what the source reported, though it has no verb: "[The man was
    listed in critical condition], according to officials, [with burns to his arms]"."""
    (a, b), (c, d) = ranges
    first = doc[c]
    return first.lower_ == "with" and first.dep_ == "prep" and a <= first.head.i < b


def _lone_word_kept(according: Token, ranges: list[Range]) -> bool:
    """One part is a single word that the clause needs: the verb the phrase qualifies ("[The
    men attacked, then], according to police, [fled]"), or, before the phrase, the subject of
    a verb in the part after it ("[Witnesses], according to the paper, [said a man fled]")."""
    doc = according.doc
    (a, b), (c, d) = ranges
    if d - c == 1 and c == according.head.i and doc[c].pos_ in {"VERB", "AUX"}:
        return True
    if b - a != 1:
        return False
    word = doc[a]
    return word.dep_ in {"nsubj", "nsubjpass"} and c <= word.head.i < d


def _to(according: Token) -> Token | None:
    """The "to" of "according to X"."""
    return next((c for c in according.children if c.lower_ == "to"), None)


def _phrase_alone(according: Token, inner: Range) -> Range:
    """The source phrase without the clause the parser hung on it when it made the phrase
    the root of its sentence: "According to Lee, [for days the ferry was silent]", with the
    clause below the comma after "Lee"; the phrase ends with its source."""
    to = _to(according)
    if to is None or to.right_edge.i < according.i:
        return inner
    return inner[0], to.right_edge.i + 1


def _without_hung_predicate(according: Token, inner: Range) -> Range:
    """The phrase up to the comma that closes its source, when the parser hung words after
    that comma on "according": they go on with the clause the phrase interrupts ("One child
    was, according to the fire service, [among the dead]")."""
    to = _to(according)
    if to is None or to.i < according.i:
        return inner
    comma = to.right_edge.i + 1
    doc = according.doc
    if comma >= inner[1] or doc[comma].text != ",":
        return inner
    hung = [c for c in according.children if c.i > comma and not c.is_punct]
    if not hung or any(c.dep_ not in _HUNG_DEPS for c in hung) or doc[comma + 1].dep_ == "cc":
        return inner  # "according to X, and Y, ...": the phrase goes on with a second source
    return inner[0], comma


# Dependents the parser may hang on "according" that go on with the interrupted clause.
_HUNG_DEPS = frozenset({"prep", "advmod", "npadvmod", "acomp", "attr", "oprd"})


_OPEN_DEPS = frozenset({"prep", "cc", "det", "mark", "aux", "poss"})
# Dependents of "be" that hold what it predicates.
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp", "advmod", "npadvmod"})


def _left_open(last: Token) -> bool:
    """A word that cannot close a phrase, whose object or noun comes after the source phrase,
    so the part after, even with no verb, completes the part before: "[Four died, including],
    according to the police, [two children]"; so is a "be" with no predicate of its own."""
    if last.lemma_.lower() == "be" and not any(
        c.dep_ in _PREDICATE_DEPS or (c.dep_ == "prep" and c.i > last.i and c.lower_ != "according")
        for c in last.children
    ):
        return True  # "[One child was], according to police, [among the dead]"
    return last.dep_ in _OPEN_DEPS or last.pos_ in {"ADP", "DET", "CCONJ", "SCONJ"}


def _without_subject_appositive(according: Token, inner: Range, head: Token) -> Range:
    """The phrase without a closing appositive set off by a comma before it but by none after
    it, which the parser hung on the source but which opens the clause as its subject or as
    the title before its subject: "According to Lee, [former mayor] Ann Bell won", "According
    to a post by Lee, an aide, [the bronze bust] came from the hall"."""
    doc = according.doc
    end = inner[1]
    if end >= len(doc) or end > head.i or doc[end].is_punct:
        return inner
    closing = [t for t in according.subtree if t.dep_ == "appos" and t.right_edge.i == end - 1]
    if not closing:
        return inner
    start = closing[0].left_edge.i
    if start - 1 <= inner[0] or doc[start - 1].text != ",":
        return inner
    return inner[0], start


def _without_set_off_subject(according: Token, inner: Range, head: Token) -> Range:
    """The phrase without a closing appositive set off by commas on both sides, which the
    parser hung on the source but which is the subject of a clause with no subject before its
    verb: "According to the Post, [Friday's storm, at 120 km/h, was the strongest]". A clause
    whose verb has a subject of its own before it leaves the appositive with the source:
    "According to Lee, an aide, the bust came from the hall"."""
    doc = according.doc
    end = inner[1]
    if end >= len(doc) or doc[end].text != "," or head.i <= end:
        return inner
    if head.pos_ not in {"VERB", "AUX"} or any(
        c.dep_ in _SUBJECT_DEPS and c.i < head.i for c in head.children
    ):
        return inner
    to = _to(according)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    closing = next(
        (
            t
            for t in according.subtree
            if t.dep_ == "appos" and t.head == source and t.right_edge.i == end - 1
        ),
        None,
    )
    if closing is None:
        return inner
    start = closing.left_edge.i
    if start - 1 <= inner[0] or doc[start - 1].text != ",":
        return inner
    return inner[0], start


def _without_subject_conjuncts(according: Token, inner: Range, head: Token) -> Range:
    """The phrase up to the comma that closes its source, when the parser joined the
    subject of a clause with no subject of its own to the source as further items of a list:
    "According to the historians, [trade and farming of cats was common]"; a clause with a
    subject of its own leaves a list of sources whole."""
    doc = according.doc
    to = _to(according)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or according.i > head.i or inner[1] > head.i:
        return inner
    if any(c.dep_ in _SUBJECT_DEPS for c in head.children):
        return inner
    joined = next((c for c in source.rights if c.dep_ == "conj"), None)
    if joined is None or joined.right_edge.i != inner[1] - 1:
        return inner
    comma = joined.left_edge.i - 1
    if comma <= source.i or doc[comma].text != ",":
        return inner
    if any(t.text == "," for t in doc[source.i + 1 : comma]):
        return inner
    return inner[0], comma


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whose"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--"})


def _closed_relative(doc: Doc, left: int, inner: Range, right: int) -> Range | None:
    """A comma-set relative clause that the phrase closes, between commas, before the
    sentence goes on: the phrase gives the source of the clause alone ("Nurses, [who make up
    a third of staff], according to the union, have struck since May")."""
    before, after = inner[0] - 1, inner[1]
    if before <= left or after >= right - 1 or doc[before].text != "," or doc[after].text != ",":
        return None
    if doc[before - 1].dep_ == "cc":
        return None  # "..., but, according to X, ..." opens a clause of its own
    for i in range(before - 1, left, -1):
        if doc[i].text in _CLAUSE_BREAKS:
            return None
        if doc[i].lower_ in _RELATIVE_PRONOUNS and doc[i - 1].text == ",":
            return (i, before)
    return None


def _reported_clause(head: Token) -> bool:
    """A clause a reporting verb with a subject of its own takes for content: "[sales rose]"
    in "Lee said according to its data, sales rose"."""
    verb = head.head
    return (
        head.dep_ == "ccomp"
        and verb.i < head.i
        and verb.lemma_.lower() in CLAUSE_VERBS
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    """A range holding a verb, so a clause, not a phrase the writer tacked on: "[A], according
    to a poll last week - about the same as in May" (the part after has none)."""
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end])


_DASHES = {"\u2014", "\u2013", "--"}


def _inside_dashes(doc: Doc, left: int, right: int, inner: Range) -> Range:
    """The part of a sentence around a phrase that stays inside the dashes or after the colon
    it sits in: "A - [B], according to X, [C] - D", "A: [B], according to X"; a pair of
    dashes after the phrase is kept ("According to X, [A - or B - did C]"), and so is the part
    before a single dash when the part after it has no verb, only a figure or a phrase that
    goes on with the clause before: "[Her lead is larger - 60% to 30%], according to X"."""
    before = [i for i in range(left, inner[0]) if doc[i].text in _DASHES]
    after = [i for i in range(inner[1], right) if doc[i].text in _DASHES]
    tacked_on = len(before) == 1 and not after and not _has_verb(doc, before[0] + 1, inner[0])
    if len(before) % 2 == 1 and not tacked_on:
        left = before[-1] + 1
        right = after[0] if after else right
    elif len(after) % 2 == 1:
        right = after[0]
    colons = [i for i in range(left, inner[0]) if doc[i].text == ":"]
    if colons:
        left = colons[-1] + 1
    return left, right


def _inside_brackets(doc: Doc, left: int, right: int, inner: Range) -> Range:
    """The part of a sentence around a phrase that stays inside the brackets it sits in: "A
    ([B], according to X) C"."""
    opening = [i for i in range(left, inner[0]) if doc[i].text == "("]
    if not opening or any(doc[i].text == ")" for i in range(opening[-1], inner[0])):
        return left, right
    closing = [i for i in range(inner[1], right) if doc[i].text == ")"]
    return opening[-1] + 1, closing[0] if closing else right


def _inside_semicolons(doc: Doc, left: int, right: int, inner: Range) -> Range:
    """The part of a sentence around a phrase that starts after the last semicolon before it,
    outside quotation marks: the clauses before are the writer's ("Four were aboard;
    according to police, [one died]"; "She wrote two novels; but, according to her diary,
    [also kept a play]"); a phrase that follows a verb of its clause qualifies that clause
    and ends at the next semicolon, after which the writer goes on ("[Two died], according
    to police; the roads reopened at noon")."""
    before = [i for i in range(left, inner[0]) if doc[i].text == ";" and not _quoted(doc, i)]
    if before:
        left = before[-1] + 1
    after = [i for i in range(inner[1], right) if doc[i].text == ";" and not _quoted(doc, i)]
    if after and (_has_verb(doc, left, inner[0]) or _own_report(doc, after[0] + 1, right)):
        right = after[0]
    return left, right


def _own_report(doc: Doc, start: int, end: int) -> bool:
    """A clause after a semicolon that reports with a subject of its own, a source of its
    own the phrase does not cover: "According to X, [the ship sank]; the crew said all were
    safe", "...; its cause, officials said, is unknown"."""
    return any(
        t.pos_ == "VERB"
        and cue_lemma(t.lemma_, t.text) in ALL_VERBS
        and any(c.dep_ == "nsubj" and start <= c.i < end for c in t.children)
        for t in doc[start:end]
    )


def _quoted(doc: Doc, i: int) -> bool:
    """The token lies inside a pair of quotation marks in its sentence."""
    sent = doc[i].sent
    marks = sum(1 for t in doc[sent.start : i] if t.text in QUOTE_CHARS and t.text != "'")
    return marks % 2 == 1


_CONCESSIVE = frozenset({"although", "though", "while", "whereas", "but", "so"})


_CONTRAST_MARKS = _CONCESSIVE - {"but", "so"}


def contrast_clause(according: Token) -> list[Range] | None:
    """A source phrase that closes a fronted clause of contrast, before the comma that ends
    it, qualifies only that clause, without its opening word: "While [few own a car]
    according to a 2011 survey, most rent one" (the rest is the writer's or another's);
    None otherwise."""
    clause = according.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i or according.i < clause.i:
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS]
    if not marks or marks[0].i != clause.left_edge.i:
        return None
    doc = according.doc
    end = according.right_edge.i + 1
    if end >= len(doc) or doc[end].text != "," or clause.right_edge.i >= end:
        return None
    return finish(doc, [(marks[0].i + 1, according.i)], according.i)


def _concession(doc: Doc, start: int, end: int) -> bool:
    """A part after a source phrase that opens a clause of contrast or consequence, the
    writer's own remark: "[A], according to X, although few agree"."""
    while start < end and doc[start].is_punct:
        start += 1
    return start < end and doc[start].lower_ in _CONCESSIVE


_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def _contact_relative(according: Token, start: int, end: int) -> bool:
    """A part right after a closing source phrase, with no comma or "and" between, that the
    parser made a clause joined to the sentence's: nothing joins two clauses that way, so the
    part is a relative clause with no pronoun on the source ("[Ann was aboard], according to an
    interview [her brother gave to the BBC]")."""
    doc = according.doc
    if start >= end or doc[start].is_punct or doc[start].dep_ == "cc":
        return False
    if end < len(doc) and not doc[end - 1].is_punct and end != according.sent.end:
        return False
    verbs = [t for t in doc[start:end] if t.dep_ == "conj" and t.head.i < according.i]
    return bool(verbs) and not any(c.dep_ == "cc" for c in verbs[0].children)


def _source_relative(doc: Doc, start: int, end: int) -> bool:
    """A part after a closing source phrase that opens, after its comma, a relative clause on
    the source, which the parser hung on the sentence: "[The fire began at noon], according
    to firefighters, who said it spread fast" (the clause is the source's own report)."""
    return start + 1 < end and doc[start].text == "," and doc[start + 1].lower_ in _PERSON_RELATIVES


_CONTRAST_JOINERS = frozenset({"but", "yet"})


def _before_contrast(doc: Doc, according: Token, start: int, end: int) -> int:
    """The end of the clause after a fronted source phrase, before a closing ", but" clause
    with a subject of its own, which is the writer's remark on it: "According to the charter,
    [the deputy would step in], but that post is empty"."""
    if according.i != according.sent.start and not doc[according.i - 1].is_punct:
        return end
    for i in range(start + 1, end - 2):
        if doc[i].text != "," or doc[i + 1].lower_ not in _CONTRAST_JOINERS:
            continue
        clause = next(
            (c for c in doc[i + 1].head.children if c.dep_ == "conj" and c.i > i + 1), None
        )
        if (
            clause is not None
            and doc[i + 1].dep_ == "cc"
            and start <= doc[i + 1].head.i < i
            and clause.right_edge.i >= end - 2
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
            and not any(t.text in QUOTE_CHARS for t in doc[i:end])
        ):
            return i
    return end


def _after_contrast(according: Token, left: int, inner: Range) -> int:
    """The start of the clause a closing source phrase hangs on when a ", but" joins that
    clause, with a subject of its own, to the one before it, which is the writer's: "The mayor
    is not running, but [her deputy will enter the race], according to aides"."""
    clause = according.head
    doc = according.doc
    if clause.dep_ != "conj" or clause.i > according.i or clause.head.i < left:
        return left
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return left
    joiner = next(
        (
            c
            for c in clause.head.children
            if c.dep_ == "cc" and c.lower_ in _CONTRAST_JOINERS and c.i < clause.left_edge.i
        ),
        None,
    )
    if joiner is None or doc[joiner.i - 1].text != "," or joiner.i >= inner[0]:
        return left
    return joiner.i + 1


_JOINERS = frozenset({"and", "but", "yet", "or"})


def _after_joiner(according: Token, left: int, inner: Range) -> int:
    """The start of the part after a phrase that follows, alone or after a comma, the "and",
    "but", "yet" or "or" joining a later verb to the clause before: the phrase opens that
    verb's clause, and the clause before is the writer's ("The ship left port in May and,
    according to the crew, [it sank in June]"; not "Ten soldiers and, according to police,
    two civilians died", where the "and" joins nouns)."""
    doc = according.doc
    before = inner[0] - 1
    if before > left and doc[before].text == ",":
        before -= 1
    if before <= left:
        return left
    joiner = doc[before]
    if joiner.dep_ != "cc" or joiner.lower_ not in _JOINERS:
        return left
    if not any(
        c.dep_ == "conj" and c.i >= inner[1] and c.pos_ in {"VERB", "AUX"}
        for c in joiner.head.children
    ):
        return left
    return before + 1 if doc[before + 1].text != "," else before + 2


def _closes_clause(according: Token, left: int, inner: Range, right: int) -> bool:
    """A phrase hung on the words before it, set off by a comma after it but none before,
    closes the part before it, and what follows the comma is the writer's again: "[Ten died]
    according to the police, and roads were shut" (not "She said according to the police,
    ten died", where the phrase opens the clause after it); the day of the report may come
    between the phrase and the comma ("according to the police on Friday, and ...")."""
    doc = according.doc
    after = inner[1]
    while after < right and doc[after].dep_ == "prep" and _dated(doc[after]):
        after = doc[after].right_edge.i + 1
    return (
        according.head.i < according.i
        and after < right
        and doc[after].text == ","
        and not doc[inner[0] - 1].is_punct
        and _has_verb(doc, left, inner[0])
        and not _participle_goes_on(doc, left, inner[0], after + 1)
    )


def _participle_goes_on(doc: Doc, left: int, end: int, first: int) -> bool:
    """A participle after the comma that the parser hung on the verb of the part before goes
    on with what the source reported: "[Forty were hurt] according to officials, [ranging in
    age from ten to 70]"."""
    if first >= len(doc):
        return False
    word = doc[first]
    return word.tag_ == "VBG" and word.dep_ == "advcl" and left <= word.head.i < end


def _dated(prep: Token) -> bool:
    """A preposition of a date or time ("on Friday", "in May")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in DATE_ENTS for c in prep.children)


_OWN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "relcl", "advcl"})


def clause_without(phrase: Token) -> list[Range]:
    """The clause a source phrase ("in X's words") qualifies, without the phrase or the
    clause's opening conjunction: "because, in X's words, [they are the best]"."""
    head = phrase.head
    while head.dep_ not in _OWN_CLAUSE_DEPS and head.head != head:
        head = head.head
    left, right = subtree_range(head)
    inner = subtree_range(phrase)
    doc = phrase.doc
    while left < inner[0] and (doc[left].dep_ == "mark" or doc[left].is_punct):
        left += 1
    ranges = finish(doc, [(left, inner[0]), (inner[1], right)], phrase.i)
    if len(ranges) == 2 and min(b - a for a, b in ranges) < 2:
        ranges = [max(ranges, key=lambda r: r[1] - r[0])]
    return ranges
