"""One attribution per stretch of text: nested cues give way; direct quotations (but not a
report that an outer cue reports whole, ``reported_reports``) and clauses with a report of their
own (``own_clauses``: contrasts, concessions, brackets, comma-set relative clauses, closing
"when" clauses, stray gerunds) keep theirs (a direct quotation takes with it the words of its
cue's own phrase, '"Q," Lee said [Monday in Ohio], according to aides', and leaves no report to
a cue whose content was only the thing that carried it, 'issued [a statement] saying, "Q"'),
but a relative or "when" clause whose cue reports nothing stays in the content around it ("X
was low when Lee challenged himself to ..., he said": ``describing_clause``); a
cue noun in a passive subject outranks the verb it is the subject of, as does the infinitive cue
under a passive of hearsay ("Lee is reported to have called it "a farce""), a to-infinitive
judgement with an object of its own under the cue it hangs on ("Lee declined to criticize [the
plan]") or, by a doer the verb it hangs on names, under a cue without a speaker ("it seemed to
prompt Ann to condemn [the plan]"), a cue noun with a holder of its own the object of a cue
without a speaker ("reason to consider Lee's proposal for a toll": Lee's proposal), and
questions with an asker of their own that a cue answers ("did not respond to [the paper's
questions about the loans]"); a cue whose object is a noun of words without a holder reports
that noun's topic ("offered kind words about [the coach]"); two cues with the same content make
one statement (a label colon set off by a dash after the other cue speaks them: "Polls erred -
Gallup: "Q""; so does a cue with a speaker outside the words whose own verb is the other cue:
"[Ten are confirmed dead], officials said", ``framing_cues``). A report of telling inside
another's content keeps its statement beside the outer one ("Lee said [she told them that [costs
rose]]", ``nested_reports``), as does a source a report cites, whose words run to the end of
that report ("the paper reported its source said [...]"), and a "by" phrase of means that the
parse hung on another doer's clause inside a content is the subject's own report ("Lee
pressured [them to stop] by threatening [their funds]", ``means_phrases``). A verb outside
the lexicon that the parse gave a clause before it, and that the filters drop, takes no report
from that clause ("Officials said A; Jones secured the area"). A cue closing its sentence
reports back to the last semicolon only, when another report lies before it ('He said A;
however, "B," he added').
Unquoted pieces of content that report nothing go: a lone relative pronoun (not the subject of
a verb of feeling, the thing its object felt about: "a plan [that] pleased the board"), a
date, a partitive relative on the source ("according to officials, some of whom ..."), the one
a passive of telling addressed ("[he] was told by the minister of ..."). A quotation that runs
on from its cue's sentence into a later sentence closed by a cue of its own gives that
sentence's words to that cue ('Lee described it as "awful. It hurts," she said': "described"
keeps 'it as "awful').
Unquoted pieces of one sentence split only by the cue's own phrase make one ("Ten workers,
according to the union, lost their jobs"; "His plan, he said, was for ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.answered_questions import answered_question
from foretold.attribution.aside_cue_conjuncts import modal_sequel
from foretold.attribution.colon_pointers import colon_pointer
from foretold.attribution.cue import CUE_LEMMAS, QUOTE_CHARS, Cue, char_range, overlaps
from foretold.attribution.cues import ADDRESSEE_VERBS, JUDGING_VERBS, cue_lemma
from foretold.attribution.experiencer_clauses import STIMULUS_VERBS
from foretold.attribution.framing_cues import frames
from foretold.attribution.marks import DASHES
from foretold.attribution.means_phrases import means_phrase
from foretold.attribution.nested_reports import cited_source_reach, nested_report
from foretold.attribution.own_clauses import HEARSAY, describing_clause, is_passive, own_clause
from foretold.attribution.passive_descriptions import own_description
from foretold.attribution.plausible import plausible_cues
from foretold.attribution.quoted_sources import quoted_source
from foretold.attribution.ranges import trim, whole_words
from foretold.attribution.relative_gaps import RELATIVE_TAGS, splits_relative_report
from foretold.attribution.reported_reports import reported_report
from foretold.attribution.sentential_relatives import answered_report
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.token_index import tokens_in
from foretold.attribution.topic_nouns import framed_topic_noun


def _participle_inside(cue: Cue, other: Cue, extent: tuple[int, int]) -> bool:
    """'Lee wrote to the board, warning of "a long fight," according to the letter': a cue with
    no subject of its own goes on the clause of a content that a later cue reports whole; the
    quotation stays in that content."""
    if other.token.idx < extent[1] or cue.token.tag_ != "VBG":
        return False
    if cue.subject is not None and cue.subject.head.i == cue.token.i:
        return False
    return any(f[0] < extent[0] and extent[1] <= f[1] for f in other.fragments)


def _carrier_only(cue: Cue, other: Cue) -> bool:
    """'Lee issued [a statement] Monday saying, "Q"': once a participle with no subject of its
    own takes its quotation out, what remains of the other cue's content is the thing that
    carried the words, a noun phrase before the participle, and no report of its own."""
    token = cue.token
    if token.tag_ != "VBG" or not other.fragments or other.quoted:
        return False
    if cue.subject is not None and cue.subject.head.i == token.i:
        return False
    if any(f[1] > token.idx for f in other.fragments):
        return False
    doc = token.doc
    for start, end in other.fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
            return False
    return True


def drop_nested(cues: list[Cue], doc: Doc, text: str | None = None) -> list[Cue]:
    """Keep one attribution per stretch of text.

    A cue carrying a direct quotation inside another cue's content takes its words out of that
    content, innermost first ('"X," he told them, according to aides' gives X to "told";
    nothing remains of "issued [a statement] saying, "X""), unless the inner cue and its subject
    are what an outer cue opening before them reports (``reported_reports``: "Officials say he
    told them, "X"" leaves X to "say"); so does a clause
    with a report of its own (``own_clauses``; a cue inside such a clause keeps its words). Any
    other cue inside another cue's content gives way to it, except a cue noun heading a passive
    subject that is the whole content of its verb, an infinitive cue under a passive of
    hearsay ("She is said to have told them ..."), a to-infinitive judgement with an object of
    its own ("declined to criticize [the plan]") and an owned cue noun that a cue without a
    speaker takes as object ("to consider Lee's proposal for ...") and an asker's questions
    that a cue answers (``answered_questions``). A cue whose object is a
    noun of words without a holder first takes that noun's topic for content ("offered kind
    words about [the coach]", ``topic_nouns``). A quotation run on into a later sentence that
    a cue closes first gives that sentence's words to that cue (``_runs_into``). A report of
    telling inside another's content keeps its own statement and the outer one its whole
    content ("Lee said [she told them that [costs rose]]", ``nested_reports``), and so does a
    participle describing a noun with an agent ("the log shows [a signal described by the
    coast guard as "erratic"]", ``passive_descriptions``), as does a verb of feeling whose
    relative subject is its content ("[a rise that alarmed the regulators]", ``_felt_by_object``);
    a "by" phrase of means on another
    doer's clause leaves the content and keeps its own statement, by the outer cue's subject
    ("pressured [them to stop] by threatening [their funds]", ``means_phrases``). Words that
    a later relative report by someone else takes up stay with both ("Lee said [X], which Cole
    denied", ``sentential_relatives``).
    """
    text = doc.text if text is None else text
    for cue in cues:
        cue.fragments = _after_semicolon(cue, cues, text)
    for cue in cues:
        for other in cues:
            if other is not cue and cue.fragments and _runs_into(other, cue):
                cut = (cue.fragments[0][0], cue.token.idx)
                other.fragments = _without(other.fragments, cut, text)
    for cue in sorted(cues, key=lambda c: c.fragments[-1][1] - c.fragments[0][0]):
        if not (cue.fragments and cue.quoted and _is_direct(doc, text, cue)):
            continue
        where = cue.token.idx
        if cue.subject is not None and _labels(cue.subject, cue.token):
            where = cue.subject.idx  # 'Polls agree with [Ann Lee]: "Q"': her name goes too
        extent = _extent(cue)
        for other in cues:
            if other is cue or not any(f[0] <= where < f[1] for f in other.fragments):
                continue
            if _participle_inside(cue, other, extent):
                continue
            if reported_report(cue, other):
                other.fragments = _through(other.fragments, where, extent[1])
                continue
            other.fragments = _without(other.fragments, extent, text)
            if _carrier_only(cue, other):
                other.fragments = []
    for cue in cues:
        clause = own_clause(cue) if cue.fragments else None
        if clause is None or (describing_clause(cue) and not plausible_cues([cue], text)):
            continue  # 'X was open when Lee challenged [himself] to ..., he said': no report
        for other in cues:
            if other is cue or not any(overlaps(f, clause) for f in other.fragments):
                continue
            if clause[0] <= other.token.idx < clause[1]:
                continue  # 'Lee, who met her and said that ...': "said" keeps its own words
            other.fragments = _without(other.fragments, clause, text)
    _to_topics(cues)
    live = sorted(
        (c for c in cues if c.fragments),
        key=lambda c: (c.start, -(c.fragments[-1][1] - c.start)),
    )
    kept: list[Cue] = []
    hollow = _hollow(live, text)
    for cue in live:
        where = cue.token.idx
        outer = [
            k
            for k in kept
            if (id(k) not in hollow or _holds_itself(cue))
            and any(f[0] <= where < f[1] for f in k.fragments)
        ]
        if outer and all(
            _passive_topic(cue, k)
            or _hearsay_speech(cue, k)
            or _owned_object(cue, k)
            or _infinitive_act(cue, k)
            or answered_question(cue.token, k.token)
            for k in outer
        ):
            kept = [k for k in kept if k not in outer]
            outer = []
        means = [phrase for k in outer if (phrase := means_phrase(cue, k)) is not None]
        if outer and len(means) == len(outer):
            for k, phrase in zip(outer, means, strict=True):  # 'pressured [them] by ...': Lee's
                k.fragments = _without(k.fragments, phrase, text)
            cue.subject = outer[0].subject
            outer = []
        if outer and not (
            own_description(cue)
            or _felt_by_object(cue)
            or all(nested_report(cue, k) for k in outer)
        ):
            continue
        for k in outer:
            cue.fragments = cited_source_reach(cue, k)
        if any(_cut_repeat(cue, k) for k in kept):
            continue  # 'Lee replied with a statement: "A.... B."': "replied" keeps A and B
        same = [k for k in kept if k.fragments == cue.fragments]
        if same and all(_dashed_label(cue, k) or frames(cue, k) for k in same):
            kept = [k for k in kept if k not in same]  # 'Polls erred - Gallup: "Q"': Gallup
        elif same and not all(answered_report(cue, k) for k in same):
            continue  # one statement per content: 'Ann: "Q"' after 'Ann told us, "Q"'
        kept.append(cue)
    return kept


def _runs_into(other: Cue, cue: Cue) -> bool:
    """Whether another cue's quotation runs on from that cue's sentence into the words a later
    sentence's cue reports after them: in 'Lee described it as "awful. It hurts," she said' the
    quotation begun after "as" goes on into the sentence that "said" closes, whose words are
    its own; "described" keeps the words of its sentence ('it as "awful')."""
    start = cue.fragments[0][0]
    if not other.quoted or not any(f[0] < start < f[1] <= cue.token.idx for f in other.fragments):
        return False
    return other.token.sent.end_char <= start


def _cut_repeat(cue: Cue, other: Cue) -> bool:
    """The same speaker's words cut shorter by a second cue of one sentence: in 'Lee replied
    with a statement on her blog: "A.... B."' the noun "statement" reads only A where the verb
    "replied" reads A and B, and one statement (the longer) is kept."""
    if cue.subject is None or other.subject is None or cue.subject.i != other.subject.i:
        return False
    if cue.fragments == other.fragments:
        return False
    return all(any(o[0] <= f[0] and f[1] <= o[1] for o in other.fragments) for f in cue.fragments)


def _dashed_label(colon: Cue, other: Cue) -> bool:
    """A label colon set off by a dash after another cue with the same words: the label, not
    that cue's subject, speaks ("Polls got the vote wrong - Gallup: "Q"": the parse hung the
    quotation on "got"; Gallup)."""
    name = colon.subject
    token = colon.token
    if token.text != ":" or name is None or not _labels(name, token) or name.i < 2:
        return False
    return name.doc[name.i - 1].text in DASHES and other.token.i < name.i


def _after_semicolon(cue: Cue, cues: list[Cue], text: str) -> list[tuple[int, int]]:
    """A cue closing its sentence reports back only to the last semicolon outside quotation
    marks when another cue lies before it: in 'Lee said A; however, "B," he added' "added"
    reports "B" (without the linking adverb), and "said" keeps A."""
    fragments = cue.fragments
    where = cue.token.idx
    if not fragments or fragments[-1][1] > where or len(fragments) > 1:
        return fragments
    start, end = fragments[0]
    cut = -1
    inside = False
    for i in range(start, end):
        if text[i] in QUOTE_CHARS and text[i] != "'":
            inside = not inside
        elif text[i] == ";" and not inside:
            cut = i
    if cut < 0 or not any(
        other is not cue and start <= other.token.idx < cut and other.subject is not None
        for other in cues
    ):
        return fragments
    after = cue.token.doc.char_span(cut + 1, end, alignment_mode="expand")
    if after is not None and len(after) > 2 and after[0].pos_ == "ADV" and after[1].text == ",":
        return [(after[2].idx, end)]  # "; however, ..."
    return [(cut + 1, end)]


def _holds_itself(cue: Cue) -> bool:
    """The cue lies inside its own content ("something [that the board refused to play by]"),
    a misparse that no outer cue's failing can rescue."""
    return any(f[0] <= cue.token.idx < f[1] for f in cue.fragments)


def _hollow(cues: list[Cue], text: str) -> set[int]:
    """The cues outside the lexicon whose content the parse found wholly before them and that
    are no attribution at all (``plausible``): they shelter no report inside that content. In
    "Officials said the dam had failed; Jones secured the area" the parse gives "secured" the
    first clause, and "said" keeps its statement."""
    before = [
        c
        for c in cues
        if c.fragments[-1][1] <= c.token.idx
        and cue_lemma(c.token.lemma_, c.token.text) not in CUE_LEMMAS
    ]
    kept = {id(c) for c in plausible_cues(before, text)}
    return {id(c) for c in before if id(c) not in kept}


# Verbs whose to-infinitive is an act asked of someone, not one they did: "asked to condemn".
REQUEST_VERBS = frozenset(
    {"ask", "urge", "press", "beg", "implore", "invite", "encourage", "call", "request", "tell"}
)


def _infinitive_act(cue: Cue, outer: Cue) -> bool:
    """'Lee declined [to criticize the mayor]': a to-infinitive judgement with an object of
    its own under another cue keeps its statement ("the mayor"), the outer cue only frames
    it; so does one deeper inside a cue without a speaker when the verb it hangs on names
    its doer ("The ruling seemed so harsh that it prompted [Ann] to condemn the panel").
    An act asked for is not done: "when asked to condemn them" keeps no such statement."""
    verb = cue.token
    return (
        verb.dep_ == "xcomp"
        and cue_lemma(verb.head.lemma_, verb.head.text) not in REQUEST_VERBS
        and (verb.head.i == outer.token.i or (outer.subject is None and _doer_named(verb)))
        and cue_lemma(verb.lemma_, verb.text) in JUDGING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _to_topics(cues: list[Cue]) -> None:
    """A cue whose object is a noun of words without a holder and with a topic of its own
    reports that topic, the noun's own content ("Lee offered kind words about [the coach]":
    the coach); the noun's cue then repeats it and gives way."""
    for outer in cues:
        if outer.quoted or not outer.fragments:
            continue
        for cue in cues:
            if cue is not outer and cue.fragments and framed_topic_noun(cue.token, outer.token):
                outer.fragments = list(cue.fragments)


def _doer_named(verb: Token) -> bool:
    """The verb an infinitive hangs on names its doer as object ("it prompted [Ann] to accuse
    him")."""
    return any(c.dep_ == "dobj" for c in verb.head.children)


def _hearsay_speech(cue: Cue, outer: Cue) -> bool:
    """'Lee is reported to have called the plan "a farce"': an infinitive cue under a passive
    verb of hearsay keeps its statement and its speaker (Lee); the passive only hedges it."""
    verb = outer.token
    if cue.token.dep_ != "xcomp" or cue.token.head.i != verb.i:
        return False
    if verb.lemma_.lower() not in HEARSAY:
        return False
    return is_passive(verb)


def _through(fragments: list[tuple[int, int]], where: int, end: int) -> list[tuple[int, int]]:
    """The fragments with the one holding ``where`` stretched to ``end``: an outer cue that
    reports an inner report whole takes all of the quotation the inner cue carries ("Aides
    say that he told them: "We won. We will win again."")."""
    return [(f[0], max(f[1], end)) if f[0] <= where < f[1] else f for f in fragments]


def _without(
    fragments: list[tuple[int, int]], cut: tuple[int, int], text: str
) -> list[tuple[int, int]]:
    """The fragments with the characters of ``cut`` taken out; pieces of under two words go."""
    return [
        part
        for f in fragments
        for part in ((f[0], min(f[1], cut[0])), (max(f[0], cut[1]), f[1]))
        if len(text[part[0] : part[1]].split()) >= 2
    ]


def _passive_topic(cue: Cue, outer: Cue) -> bool:
    """'[Her warnings about the budget] were echoed by the board': a cue noun inside the
    passive subject that is the whole content of another cue keeps its statement; the verb
    only passes on the noun's."""
    verb = outer.token
    if cue.token.pos_ != "NOUN" or not is_passive(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    return all(start <= f[0] and f[1] <= end for f in outer.fragments)


def _owned_object(cue: Cue, outer: Cue) -> bool:
    """'All the more reason to consider [Lee's proposal] for a new tax': a cue noun with its
    own holder as the object of a cue without a speaker keeps its statement."""
    noun = cue.token
    if outer.subject is not None or cue.subject is None or noun.pos_ != "NOUN":
        return False
    if noun.head != outer.token or noun.dep_ != "dobj":
        return False
    return any(c.dep_ == "poss" for c in noun.children)


def _extent(cue: Cue) -> tuple[int, int]:
    """Characters from the start of a cue's clause (or content) to the end of its content; a
    subject borrowed from another verb ("Trump told X that A, adding, "B"") is not its own,
    but a name before a label colon is ("Polls agree - [Ann Lee: "Q"]")."""
    token = cue.token
    start = min(token.left_edge.idx, cue.fragments[0][0])
    subject = cue.subject
    if subject is not None and (subject.head.i == token.i or _labels(subject, token)):
        start = min(start, subject.left_edge.idx)
    last = _cue_tail(token)
    return start, max(cue.fragments[-1][1], last.idx + len(last.text))


def _cue_tail(token: Token) -> Token:
    """The last word of the cue's own phrase up to the next punctuation mark: in '"Q," Lee said
    [Monday in Ohio], according to aides' the words after "said" go with the quotation."""
    last = token
    for word in token.doc[token.i + 1 : token.right_edge.i + 1]:
        if word.is_punct or word.is_space:
            break
        last = word
    return last


def _labels(name: Token, colon: Token) -> bool:
    """The name right before a label colon ("Ann Lee: "Q""), whatever the parse hung it on."""
    return colon.text == ":" and name.i == colon.i - 1


def _is_direct(doc: Doc, text: str, cue: Cue) -> bool:
    """Every fragment starts and ends with a quotation mark."""
    for start, end in clean_fragments(doc, cue):
        first, last = text[start], text[end - 1]
        if first not in QUOTE_CHARS or last not in QUOTE_CHARS:
            return False
    return bool(cue.fragments)


def clean_fragments(doc: Doc, cue: Cue) -> list[tuple[int, int]]:
    """The cue's content fragments trimmed of edge punctuation and a closing conjunction and
    cutting no word, without a lone determiner or conjunction (a demonstrative that is the
    cue's object stays: "he never mentions [that] in his speeches"), without stray pieces
    (``_stray``), the one a passive of telling addressed (``_addressee``) or a demonstrative
    object pointing past a colon to words the cue also reports ("rejected [this argument]:
    ...", ``colon_pointers``); overlapping
    pieces and pieces split only by the cue's own phrase made one (``_merge_overlaps``,
    ``_join_around_cue``)."""
    out = []
    for start, end in cue.fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or _stray(span, cue) or _addressee(cue, span) or _quoted_one(cue, span):
            continue
        if colon_pointer(span, cue.fragments):
            continue
        trimmed = trim(doc, span.start, span.end)
        while trimmed and doc[trimmed[1] - 1].pos_ == "CCONJ":  # "A, B, and" lost its last item
            trimmed = trim(doc, trimmed[0], trimmed[1] - 1)
        if trimmed:
            trimmed = whole_words(doc, *trimmed)
        if trimmed and (
            trimmed[1] - trimmed[0] > 1
            or doc[trimmed[0]].pos_ not in {"DET", "SCONJ"}
            or _demonstrative_object(cue, doc[trimmed[0]])
        ):
            out.append(char_range(doc, *trimmed))
    return _join_around_cue(doc, cue, _merge_overlaps(out))


def _demonstrative_object(cue: Cue, word: Token) -> bool:
    """A demonstrative pronoun that is the cue's object stands for what was said before it:
    "he never mentions [that] in his speeches"."""
    return word.lower_ in {"that", "this"} and word.dep_ == "dobj" and word.head == cue.token


def _merge_overlaps(fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of one cue that overlap make one: a quotation attached again inside the clause
    that already holds it ('raised it from "moderate" to ["high"]') is no second statement."""
    out: list[tuple[int, int]] = []
    for piece in sorted(fragments):
        if out and piece[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], piece[1]))
        else:
            out.append(piece)
    return out


def _join_around_cue(doc: Doc, cue: Cue, fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Unquoted pieces of one sentence split only by the cue's own phrase make one stretch:
    "Rescuers, according to the ministry, found ten survivors" and "Costs, I would say, are
    high" each report one clause, not two."""
    out: list[tuple[int, int]] = []
    for piece in fragments:
        if out and _cue_between(doc, cue, out[-1], piece):
            out[-1] = (out[-1][0], piece[1])
        else:
            out.append(piece)
    return out


def _cue_between(doc: Doc, cue: Cue, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The words between two unquoted pieces of one sentence are the cue, its subject and the
    other words it heads, and punctuation: ", according to the ministry," or ", I told you,";
    the second piece does not open a clause of its own ("even as ...", "but ...")."""
    whole = doc.char_span(before[0], after[1], alignment_mode="expand")
    if whole is None or not _unquoted_pieces(doc, before, after):
        return False
    marks = [t for t in whole if not _quote_mark(t) and _apostrophe(t, cue)]
    if marks and not _fronted_phrase(whole[0]):
        return False  # an apostrophe ("Lee's") only after an opening phrase of time or cause
    gap = doc.char_span(before[1], after[0], alignment_mode="expand")
    token = cue.token
    if gap is None or not gap.start <= token.i < gap.end:
        return False
    if splits_relative_report(doc[gap.start - 1], token):
        return False  # "[a plan that] the mayor said [was dead]"
    if any(doc[i].is_sent_start for i in range(gap.start, min(gap.end, len(doc) - 1) + 1)):
        return False
    opening = doc.char_span(after[0], after[1], alignment_mode="expand")
    if opening is None or _opens_clause(opening):
        return False  # "..., according to a poll, [even as] turnout fell": a clause of its own
    heads = {token.i}
    for child in token.children:
        if gap.start <= child.left_edge.i and child.right_edge.i < gap.end:
            heads.update(t.i for t in child.subtree)
    if token.i in (aside := _bracketed(gap)):
        return False  # "It meant long days (he reported to the boss) and late nights"
    heads.update(aside)
    return all(t.is_punct or t.is_space or t.i in heads for t in gap)


def _unquoted_pieces(doc: Doc, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Two pieces that are no parts of a quotation: no quote mark between them, and each one's
    quote marks, if any, close a phrase quoted inside it, away from its ends: "Because it is
    warm, says the study, [it forms an "upside-down river" under the ice]" (not '"Overall,"
    he said, "it went well"')."""
    for start, end in (before, (before[1], after[0]), after):
        piece = doc.char_span(start, end, alignment_mode="expand")
        if piece is None:
            return False
        marks = [t for t in piece if _quote_mark(t)]
        if marks and (start == before[1] or len(marks) % 2 or _quote_mark(piece[0])):
            return False
        if marks and _quote_mark(piece[-1]):
            return False
    return True


def _bracketed(span: Span) -> set[int]:
    """The tokens inside brackets within a span: an aside such as "(0900 GMT)" in "At 4 a.m.
    (0900 GMT), police said, the fire broke out" belongs to neither the cue nor the clause."""
    inside: set[int] = set()
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif depth:
            inside.add(token.i)
    return inside if not depth else set()


def _apostrophe(token: Token, cue: Cue) -> bool:
    """A word holding a quote character, other than the possessive ending of a subject before
    a source phrase: "[The firm's Polish arm], according to a paper in May, [is up for sale]"
    is one clause, where the possessive cannot be read as the close of a quotation."""
    if (
        cue.token.lower_ == "according"
        and token.tag_ == "POS"
        and token.text in _POSSESSIVE_ENDINGS
        and token.head.dep_ == "poss"
    ):
        return token.head.head.dep_ not in {"nsubj", "nsubjpass"}
    return any(c in QUOTE_CHARS for c in token.text)


_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})


def _quote_mark(token: Token) -> bool:
    """A quote mark, not the apostrophe of a possessive ("Lee's")."""
    return token.tag_ != "POS" and any(c in QUOTE_CHARS for c in token.text)


_FRONTED_DEPS = frozenset({"prep", "advmod", "npadvmod", "mark"})


def _fronted_phrase(first: Token) -> bool:
    """The first word of a sentence opening with a phrase of time, place or cause ("[In the
    wake of Lee's death], police said, ...", "[As a result of Monday's vote], ...")."""
    return first.is_sent_start and first.dep_ in _FRONTED_DEPS


def _opens_clause(piece: Span) -> bool:
    """The piece opens with a conjunction, after an adverb at most ("[even as] turnout fell",
    "[but] costs rose"); in "His plan, he said, [was for] the city to pay" it does not, nor
    with a modal predicate that has no subject ("[and must] resign", ``aside_cue_conjuncts``)."""
    for token in piece[:2]:
        if token.dep_ in {"mark", "cc"}:
            return not modal_sequel(token)
        if token.pos_ != "ADV":
            return False
    return False


def _addressee(cue: Cue, span: Span) -> bool:
    """A piece that is the passive subject of a verb of telling: in "[he] was told by the
    minister of "delays"" the subject heard the words (but "[the plan] was announced")."""
    verb = cue.token
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    return subject.left_edge.i <= span.start and span.end <= subject.right_edge.i + 1


def _quoted_one(cue: Cue, span: Span) -> bool:
    """A piece that is the one a verb of quoting quotes "as saying": in "quoted [Ann Lee] as
    saying ..." she is the speaker, not what was quoted."""
    quoted = quoted_source(cue.token)
    return quoted is not None and quoted.left_edge.i <= span.start < quoted.right_edge.i + 1


def _stray(span: Span, cue: Cue) -> bool:
    """An unquoted piece of content that reports nothing: a relative pronoun left by a cue
    inside its clause ("fighters [which], the letter said, no one wants"), a date ("she told
    reporters on [Tuesday]"), or a partitive relative clause on a word outside it ("A,
    according to officials, [some of whom were hurt]"), a lone opening adverb ("[However], she
    added, ..."); the subject of a passive stays ("the claims, [which] were denied"), and so
    does the cue's own subject (``_felt_relative``)."""
    words = [t for t in tokens_in(span) if not t.is_punct and not t.is_space]
    if not words or span[0].text in QUOTE_CHARS:
        return False
    if all(
        t.tag_ in RELATIVE_TAGS and t.dep_ != "nsubjpass" and not _felt_relative(t, cue)
        for t in words
    ):
        return True
    if all(t.ent_type_ in DATE_ENTS and t.pos_ not in {"VERB", "AUX"} for t in words):
        return True
    return _partitive_relative(words) or _opening_connective(words)


def _felt_by_object(cue: Cue) -> bool:
    """A verb of feeling whose one piece of content is its own relative subject: inside
    another's content, "the data show [a rise that alarmed the regulators]" keeps the
    regulators' stance theirs."""
    if len(cue.fragments) != 1:
        return False
    words = tokens_in(cue.token.doc.char_span(*cue.fragments[0], alignment_mode="expand"))
    return len(words) == 1 and words[0].tag_ in RELATIVE_TAGS and _felt_relative(words[0], cue)


def _felt_relative(word: Token, cue: Cue) -> bool:
    """A relative pronoun that is the subject of the cue itself, the thing a verb of feeling
    tells how its object took: "a plan [that] pleased the board" (``experiencer_clauses``)."""
    verb = cue.token
    return word.dep_ == "nsubj" and word.head.i == verb.i and verb.lemma_.lower() in STIMULUS_VERBS


# Adverbs that stand for a clause: "he said [so]", "[So] says the mayor".
_CLAUSE_ADVERBS = frozenset({"so", "not", "yes", "no", "otherwise"})


def _opening_connective(words: list[Token]) -> bool:
    """A lone adverb opening the sentence before the cue, which links it to the one before
    and says nothing: "[However], she added, the doors were open"."""
    first = words[0]
    return (
        len(words) == 1
        and first.pos_ == "ADV"
        and first.is_sent_start
        and first.lower_ not in _CLAUSE_ADVERBS
    )


def _partitive_relative(words: list[Token]) -> bool:
    """A piece opening with a partitive relative, whose pronoun stands for a word outside it:
    "[some of whom were hurt]" after "according to officials" describes the officials."""
    return len(words) > 3 and words[1].lower_ == "of" and words[2].lower_ in {"whom", "which"}
