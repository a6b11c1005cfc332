"""Quotations attached to the cues around them (see ``statements`` for the rules)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cue import (
    CUE_LEMMAS,
    NEAR,
    QUOTE_CHARS,
    SENTENCE_END,
    Cue,
    char_range,
    overlaps,
)
from foretold.attribution.cues import AMOUNT_ENTS, FILLER_VERBS, HUMAN_SUBJECTS, cue_lemma
from foretold.attribution.entities import HONORIFICS
from foretold.attribution.quotes import QuoteSpan
from foretold.attribution.ranges import trim


def _cue_after(doc: Doc, end_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """The cue right after a quotation ('"Q," she said', '"Q." said Ann'); none when a full
    stop inside the marks ends the sentence ('"Q." But Ann also said ...') or the cue is in a
    clause a conjunction opens ('chants of "Q" until Ann spoke')."""
    if (
        end_token >= 2
        and doc[end_token - 2].text == "."
        and doc[end_token - 1].is_quote
        and end_token < len(doc)
        and not doc[end_token].text[:1].islower()
    ):
        return None
    i = end_token
    seen = 0
    while i < len(doc) and seen < NEAR:
        token = doc[i]
        if token.text in SENTENCE_END or "\n" in token.text:
            return None
        if token.i in cues_at and cues_at[token.i].subject is not None:
            return cues_at[token.i]
        if (subject := _subject_phrase_at(token, cues_at)) is not None:
            i = subject.right_edge.i + 1  # the speaker's own words do not count as distance
            continue
        if token.is_quote or token.text in {"\u201c", "\u201d"} or token.dep_ == "mark":
            return None  # nor a cue in a clause of its own ('"Q" until she said')
        i += 1
        seen += 1
    return None


def _inner(cue: Cue, size: int, other: Cue, other_size: int) -> bool:
    """The innermost of two cues claims a quotation they both cover: the one whose token lies
    in the other's content, and not the other way round ('Polls agree - Ann Lee: "Q"' gives Q
    to the colon), else the one with less content; but a belief the speaker reports of
    themselves goes with the report ('adding that he thinks "Q"': adding)."""
    within = any(f[0] <= cue.token.idx < f[1] for f in other.fragments)
    around = any(f[0] <= other.token.idx < f[1] for f in cue.fragments)
    if within and not around and _own_belief(cue, other):
        return False
    if around and not within and _own_belief(other, cue):
        return True
    return within if within != around else size < other_size


_PERSONAL = frozenset({"he", "she", "they", "i", "we"})


def _own_belief(inner: Cue, outer: Cue) -> bool:
    """A verb of belief with a personal pronoun for subject right under another cue ('Lee
    added that he thinks "Q"', 'remarking she did not feel "Q"'): the speaker's report of
    their own view, which the outer cue's statement holds."""
    token = inner.token
    return (
        token.head == outer.token
        and token.dep_ == "ccomp"
        and token.lemma_.lower() in FILLER_VERBS
        and inner.subject is not None
        and inner.subject.lower_ in _PERSONAL
    )


def _cue_of_subject(doc: Doc, cue: Cue, end_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'Nothing [the mayor said] "will help," the senator said': a cue in a relative clause on
    the subject of a cue right after the quotation; the words are that later cue's."""
    noun = cue.token.head
    if cue.token.dep_ != "relcl" or noun.dep_ not in {"nsubj", "nsubjpass", "dep"}:
        return None
    if cue.subject is None or cue.subject.tag_ in {"WP", "WDT"} or cue.subject.lower_ == "that":
        return None  # 'Ann, who called it "a sham," left': the clause has its own speaker
    after = _cue_after(doc, end_token, cues_at)
    if after is None or after is cue or after.token != noun.head:
        return None
    return after


def _subject_phrase_at(token: Token, cues_at: dict[int, Cue]) -> Token | None:
    """The subject of a later cue whose phrase starts at ``token`` ('"Q," [state leader Ann Lee
    and House Speaker Bo Ray, both lawyers,] said'), when it holds no break of its own."""
    subject = token
    for _ in range(6):
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i in cues_at:
            break
        if subject.head == subject or subject.head.i < token.i:
            return None
        subject = subject.head
    else:
        return None
    last = subject.right_edge.i
    if subject.left_edge.i > token.i or last <= token.i or subject.head.i <= last:
        return None
    phrase = token.doc[token.i : last + 1]
    if any(t.text in SENTENCE_END or "\n" in t.text or t.is_quote for t in phrase):
        return None
    return subject


def _cue_before(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    i = start_token - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in {",", ":", "\u2014", "-"}):
        if "\n\n" in doc[i].text:
            return None
        i -= 1
    seen = 0
    while i >= 0 and seen < NEAR:
        token = doc[i]
        if token.text in SENTENCE_END or "\n" in token.text or token.is_quote:
            return None
        if token.i in cues_at and cues_at[token.i].subject is not None:
            return cues_at[token.i]
        i -= 1
        seen += 1
    return None


def attach_quotes(
    doc: Doc,
    quotes: tuple[QuoteSpan, ...],
    cues: list[Cue],
    in_quote: list[int],
    text: str | None = None,
) -> list[Cue]:
    """Attach each quotation to a cue; returns the cues that carry content."""
    text = doc.text if text is None else text
    cues_at = {cue.token.i: cue for cue in cues}
    by_quote: dict[int, Cue] = {}
    starts = [-1] * len(quotes)
    ends = [-1] * len(quotes)
    for token in doc:
        q = in_quote[token.i]
        if q >= 0:
            if starts[q] < 0:
                starts[q] = token.i
            ends[q] = token.i + 1
    sizes: dict[int, int] = {}
    for cue in cues:
        for fragment in cue.fragments:
            first = doc.char_span(fragment[0], fragment[1], alignment_mode="expand")
            if first is None:
                continue
            size = fragment[1] - fragment[0]
            for q in {in_quote[t.i] for t in first if in_quote[t.i] >= 0 and not t.is_punct}:
                if q not in by_quote or _inner(cue, size, by_quote[q], sizes[q]):
                    by_quote[q], sizes[q] = cue, size
    previous: Cue | None = None
    previous_end = -1
    previous_closed = True  # an open quotation goes on in the next paragraph as one statement
    for q, quote in enumerate(quotes):
        if starts[q] < 0:
            continue
        span = (quote.start, quote.end)
        cue = by_quote.get(q)
        if cue is not None and (outer := _cue_of_subject(doc, cue, ends[q], cues_at)):
            outer.fragments = [span]
            cue.fragments, cue = [], outer
        if cue is not None and (later := _later_colon_cue(doc, cue, starts[q], cues_at)):
            cue.fragments = [f for f in cue.fragments if not overlaps(f, span)]
            later.fragments, cue = [span], later
        if cue is not None:
            cue.fragments = _widen(cue.fragments, span)
            cue.fragments = _cut_before_quote(doc, cue, span, starts[q], cues_at)
            cue.fragments = _clause_of_partial(doc, cue, span, starts[q], cues_at)
            cue.quoted = True
        elif previous is not None and _title_after_cue(doc, previous, starts[q], ends[q]):
            continue  # '"X," she said on "This Week."': a name, not more of her words
        else:
            cue = None
            if not _modifies_noun(doc, ends[q]):
                cue = (
                    _cue_after(doc, ends[q], cues_at)
                    or _cue_before(doc, starts[q], cues_at)
                    or _bare_cue_before(doc, starts[q], cues_at)
                )
            long = len(text[span[0] : span[1]].split()) >= 3 or (
                cue is not None and _opening_words(text, span)
            )
            if cue is None and long and (trailer := _trailer_cue(doc, ends[q], in_quote)):
                cue = trailer
                cues.append(cue)
            elif cue is None and long and (tag := _name_tag(doc, ends[q], in_quote)):
                cue = tag
                cues.append(cue)
            if cue is not None and (joined := _join_following(doc, cue, span, ends[q])):
                cue.fragments = joined
                cue.quoted = True
                previous, previous_end, previous_closed = cue, quote.end, quote.closed
                continue
            if cue is not None and cue.fragments and not _other_side(cue, span):
                cue = None  # the cue has its own content here: this quotation is something else
            if cue is not None and long:
                cue.fragments = _without_speaker(cue)
                lead = _sentence_before_cue(doc, cue, starts[q], ends[q], cues_at)
                cue.fragments = sorted([*cue.fragments, lead or span])  # '"X," he said, "Y."'
                cue.quoted = True
            elif (colon := _cue_before_colon(doc, starts[q], cues_at)) is not None:
                cue = colon
                cue.fragments = _over_colon(text, cue.fragments, span)
                cue.quoted = True
            elif (clause := _clause_before_colon(doc, starts[q], ends[q])) is not None:
                cue = clause
                cue.fragments = [span]
                cues.append(cue)
            elif previous is not None and _continues(text, previous, previous_end, quote.start):
                cue = previous
                if "\n" in text[previous_end : quote.start] and previous_closed:
                    follow = Cue(previous.token, previous.text, previous.subject, [span], True)
                    follow.parent = previous.parent or previous
                    cues.append(follow)
                    cue = follow
                elif "\n" in text[previous_end : quote.start]:
                    cue.fragments = _run_on(cue.fragments, previous_end, span)
                else:
                    cue.fragments = sorted([*cue.fragments, span])
            elif (before := _statement_before(text, cues, quote.start)) is not None:
                cue = before
                cue.fragments = sorted([*cue.fragments, span])
                cue.quoted = True
            elif (scare := _governing_cue(doc, starts[q], ends[q], in_quote)) is not None:
                cue = scare
                cues.append(cue)
        if cue is not None:
            previous, previous_end, previous_closed = cue, quote.end, quote.closed
    return [cue for cue in cues if cue.fragments]


def _opening_words(text: str, span: tuple[int, int]) -> bool:
    """A short quotation that opens its sentence and ends in a comma before the cue ('"As
    mayor," she said, "I will ..."', '"Absolutely," Lee said.'): words said, not a phrase."""
    before = text[: span[0]].rstrip(" \t")
    opens = not before or before[-1] in "\n.!?:"
    return opens and text[span[1] - 2 : span[1] - 1] == ","


def _join_following(
    doc: Doc, cue: Cue, span: tuple[int, int], end_token: int
) -> list[tuple[int, int]] | None:
    """'Lee said the days when the town had "a shared story" from its paper are gone': the
    cue's content resumes after a quotation inside its own sentence, past the cue; the quotation
    and the words after it are one statement."""
    if cue.token.idx >= span[0] or end_token >= len(doc):
        return None
    sentence = doc[end_token - 1].sent
    if cue.token.sent != sentence or doc[end_token - 1].i == sentence.start:
        return None
    for index, fragment in enumerate(cue.fragments):
        if fragment[0] < span[1] or fragment[0] >= sentence.end_char:
            continue
        between = doc.char_span(span[1], fragment[0], alignment_mode="expand")
        if between is None or any(
            t.text in SENTENCE_END or t.is_quote or "\n" in t.text for t in between
        ):
            return None
        if any(f[1] > span[0] and f[0] < span[0] for f in cue.fragments):
            return None
        return sorted([*cue.fragments[:index], (span[0], fragment[1]), *cue.fragments[index + 1 :]])
    return None


def _without_speaker(cue: Cue) -> list[tuple[int, int]]:
    """'"Q," said Ann Lee, a lawyer who heads the Fair Vote group.': a quotation goes to a cue
    whose parse took its speaker for content; the fragment holding the speaker, or a relative
    clause on the speaker ('said Ann Lee, [who recalled ...]'), is dropped."""
    if cue.subject is None:
        return cue.fragments
    where = cue.subject.idx
    return [f for f in cue.fragments if not (f[0] <= where < f[1] or _relative_after(cue, f[0]))]


def _relative_after(cue: Cue, start: int) -> bool:
    """The fragment at ``start`` is a relative clause set off after the cue ('said Ann Lee,
    who ...')."""
    doc = cue.token.doc
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or first.start == 0 or start < cue.token.idx:
        return False
    return first[0].tag_ in {"WP", "WP$"} and doc[first.start - 1].text == ","


def _run_on(
    fragments: list[tuple[int, int]], end: int, span: tuple[int, int]
) -> list[tuple[int, int]]:
    """A quotation left open at the end of its paragraph goes on in the next one: the fragment
    ending there runs on to the end of the next quotation ('"A.\n\n"B," she said.')."""
    out = [(f[0], span[1]) if f[1] == end else f for f in fragments]
    return out if out != fragments else sorted([*fragments, span])


def _over_colon(
    text: str, fragments: list[tuple[int, int]], span: tuple[int, int]
) -> list[tuple[int, int]]:
    """A report that a colon closes at the end of its paragraph goes on into the quotation that
    opens the next one, as one statement ('She said that, all told:\n\n"Q."'); within a
    paragraph the quotation joins the report as a fragment of its own."""
    last = max((f[1] for f in fragments), default=-1)
    between = text[last : span[0]] if 0 <= last <= span[0] else ""
    if between.strip() == ":" and "\n" in between:
        return _run_on(fragments, last, span)
    return sorted([*fragments, span])


def _modifies_noun(doc: Doc, end_token: int) -> bool:
    """The quotation names or labels the noun right after it ('the "Win or Lose" crowd', a
    "no-fault" clause): a phrase inside the sentence, not words said on their own."""
    if end_token >= len(doc) or doc[end_token - 1].text[-1:] not in QUOTE_CHARS:
        return False
    if any(t.text in {",", "."} for t in doc[end_token - 3 : end_token]):
        return False
    after = doc[end_token]
    return after.is_alpha and after.is_lower and after.pos_ in {"NOUN", "PROPN"}


def _clause_before_colon(doc: Doc, start: int, end: int) -> Cue | None:
    """'Lee gave the idea a try on Tuesday: "Q."': a clause with a named subject and no cue
    ends in a colon right before a quotation of a sentence or more; its verb introduces it."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != ":" or end - start < 5:
        return None
    verb = doc[i - 1]
    while verb.pos_ != "VERB" and verb.head.i < i and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subject is None:
        return None
    if subject.pos_ not in {"PROPN", "NOUN"} or subject.ent_type_ in AMOUNT_ENTS:
        return None
    return Cue(verb, verb.text, subject, [], quoted=True)


def _bare_cue_before(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'Jones agreed. "Q."' or 'A, Jones says. "Q."': a cue with a speaker and no content
    after it closes the sentence just before a quotation in the same paragraph; the quotation
    goes on with what was said."""
    i = start_token - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 1 or doc[i].text != ".":
        return None
    sentence = doc[i - 1].sent
    for token in reversed(sentence):
        cue = cues_at.get(token.i)
        if cue is not None and cue.subject is not None:
            if (
                any(f[1] > token.idx for f in cue.fragments)
                or token.dep_ != "ROOT"
                or QUOTE_CHARS & {t.text for t in sentence}
            ):
                return None
            return cue
    return None


_TRAILER_DEPS = {"nsubj", "npadvmod", "advmod", "prep", "punct", "det", "compound", "amod"}


def _trailer_cue(doc: Doc, end_token: int, in_quote: list[int]) -> Cue | None:
    """'"Q," the letter reads.' or '"Q," added Jones.': a short clause of a subject and a
    verb closes the quotation's sentence; whatever the verb, it reports the quotation."""
    if end_token < 2 or doc[end_token - 2].text != ",":
        return None
    while end_token < len(doc) and doc[end_token].is_space and "\n" not in doc[end_token].text:
        end_token += 1
    stop = end_token
    while stop < len(doc) and stop - end_token < 10 and doc[stop].text not in SENTENCE_END:
        if "\n" in doc[stop].text or in_quote[stop] >= 0:
            return None
        stop += 1
    if stop >= len(doc) or doc[stop].text != "." or stop == end_token:
        return None
    verbs = [t for t in doc[end_token:stop] if t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].dep_ != "ROOT":
        return None
    verb = verbs[0]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.i == end_token and cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS:
        subject = next((c for c in verb.rights if c.pos_ == "PROPN"), None)  # "added Jones"
    if subject is None or subject.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    if any(
        t.dep_ not in _TRAILER_DEPS and t.head.i != subject.i
        for t in doc[end_token:stop]
        if t.i not in {verb.i, subject.i}
    ):
        return None
    return Cue(verb, verb.text, subject, [], quoted=True)


def _name_tag(doc: Doc, end_token: int, in_quote: list[int]) -> Cue | None:
    """'"Q," Jane Doe, an analyst at Acme.': a person's name, perhaps after a title ("Sen.",
    "Acme spokesperson", "the firm's chief, "), perhaps with an apposition, closes the
    quotation's sentence with no verb; it tags the words as that person's."""
    if end_token < 2 or doc[end_token - 2].text != "," or end_token >= len(doc):
        return None
    first = _name_after_title(doc, end_token)
    if first is None:
        return None
    name = first
    while name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]
    stop = name.i + 1
    if stop < len(doc) and doc[stop].text == ",":
        while stop < len(doc) and stop - end_token < 25 and doc[stop].text not in SENTENCE_END:
            token = doc[stop]
            if "\n" in token.text or in_quote[token.i] >= 0 or token.pos_ in {"VERB", "AUX"}:
                return None
            stop += 1
    if stop >= len(doc) or doc[stop].text != "." or doc[stop - 1].text == ",":
        return None
    return Cue(name, ",", name, [], quoted=True)


_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})


def _name_after_title(doc: Doc, start: int) -> Token | None:
    """The first token of a person's name at ``start`` or after a short title of nouns, perhaps
    set off by a comma ("Acme spokesperson Jane Doe", "the firm's chief, Jane Doe")."""
    for i in range(start, min(start + 7, len(doc))):
        token = doc[i]
        if token.ent_iob_ == "B" and token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            return token
        comma = token.text == "," and i > start and doc[i + 1 : i + 2].text[:1].isupper()
        if not (comma or token.pos_ in _TITLE_POS or token.lower_.rstrip(".") in HONORIFICS):
            return None
    return None


_PHRASE_DEPS = {"dobj", "prep", "xcomp", "ccomp", "attr", "oprd", "acomp"}


def _names_only(inside: Span) -> bool:
    """A quotation of proper nouns alone is a name or a title ('went from "Good Morning" to
    "Late Show"'), not words quoted from someone."""
    words = [t for t in inside if t.is_alpha]
    return bool(words) and all(t.pos_ == "PROPN" and t.is_title for t in words)


def _governing_cue(doc: Doc, start: int, end: int, in_quote: list[int]) -> Cue | None:
    """A partial quotation in a clause with no reporting verb ('Cruz railed against the
    "fevered dreams" of a brokered convention'): the verb whose phrase holds it, when a
    person or group is its subject, reports their words."""
    inside = doc[start:end]
    if len(inside) > 12 or any(t.text in SENTENCE_END for t in inside[:-2]):
        return None  # a quotation of its own, not a phrase quoted inside a clause
    if _names_only(inside):
        return None
    token = inside.root
    while token.head != token and start <= token.head.i < end:
        token = token.head
    phrase, verb = token, token.head
    for _ in range(6):
        if verb.pos_ == "VERB" and in_quote[verb.i] < 0:
            break
        phrase, verb = verb, verb.head
    else:
        return None
    if verb.pos_ != "VERB" or phrase.dep_ not in _PHRASE_DEPS or phrase.i < verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.ent_type_ in HUMAN_SUBJECTS
        or subject.pos_ == "PROPN"
        or subject.lower_ in {"he", "she", "they"}
    ):
        return None
    if phrase.dep_ == "prep":
        left, right = phrase.i + 1, phrase.right_edge.i + 1
    else:
        left, right = phrase.left_edge.i, phrase.right_edge.i + 1
    trimmed = trim(doc, left, max(right, end))
    if trimmed is None:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *trimmed)], quoted=True)


def _cut_before_quote(
    doc: Doc, cue: Cue, span: tuple[int, int], quote_token: int, cues_at: dict[int, Cue]
) -> list[tuple[int, int]]:
    """'X said: "Q," she said': the second cue's content is Q alone, not X's words before it."""
    out = []
    for fragment in cue.fragments:
        if fragment[0] < span[0] < fragment[1] and cue.token.idx >= span[1]:
            first = doc.char_span(fragment[0], span[0], alignment_mode="expand")
            if first is not None and any(
                _reports_before(t, cue, quote_token, cues_at) for t in first
            ):
                fragment = (_quote_clause_start(doc, cue, quote_token, cues_at), fragment[1])
        out.append(fragment)
    return out


def _clause_of_partial(
    doc: Doc, cue: Cue, span: tuple[int, int], quote_token: int, cues_at: dict[int, Cue]
) -> list[tuple[int, int]]:
    """A quoted phrase inside a clause that a later cue reports ('The pair became "upset" once
    the talk ended, according to a source'): the content starts where that clause starts."""
    previous = doc[quote_token - 1] if quote_token > 0 else None
    if (
        previous is None
        or not previous.is_alpha
        or cue.token.idx < span[1]
        or previous.sent != cue.token.sent
    ):
        return cue.fragments
    out = []
    for fragment in cue.fragments:
        if fragment[0] == span[0]:
            fragment = (_quote_clause_start(doc, cue, quote_token, cues_at), fragment[1])
        out.append(fragment)
    return out


def _sentence_before_cue(
    doc: Doc, cue: Cue, start: int, end: int, cues_at: dict[int, Cue]
) -> tuple[int, int] | None:
    """'The vote signals "the end" for the union, said X': a quotation inside a sentence that
    a cue with no content of its own closes; the content is that sentence up to the source."""
    token = cue.token
    sentence = doc[start].sent
    if cue.fragments or token.i < end or sentence.start >= start or token.sent != sentence:
        return None
    stop = token.i if cue.subject is None else min(token.i, cue.subject.left_edge.i)
    if stop < end or any(
        t.text == ":" or t.i in cues_at or t.is_quote for t in doc[sentence.start : start]
    ):
        return None
    first = sentence.start
    if doc[first].pos_ in {"ADP", "SCONJ", "ADV"}:  # "By July, [the show was named "X"]"
        comma = next((t.i for t in doc[first:start] if t.text == ","), None)
        first = first if comma is None else comma + 1
    elif doc[first].pos_ == "CCONJ":
        first += 1
    trimmed = trim(doc, first, stop)
    return char_range(doc, *trimmed) if trimmed else None


def _reports_before(token: Token, cue: Cue, quote_token: int, cues_at: dict[int, Cue]) -> bool:
    """A colon, or another cue that governs the quotation ('X said: "Q," she said'), sets off
    what comes before it as someone else's report; a cue in a side clause does not ('After Lee
    asked, [the pair became "agitated"], a source said'), nor the quotation's own verb when its
    content stops short of the quotation."""
    if token.text == ":":
        return True
    if token.i not in cues_at or token.i == cue.token.i:
        return False
    quote = token.doc[quote_token]
    if not token.is_ancestor(quote):
        return False
    own_verb = next((t for t in quote.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return token != own_verb or any(f[1] > quote.idx for f in cues_at[token.i].fragments)


def _quote_clause_start(doc: Doc, cue: Cue, quote_token: int, cues_at: dict[int, Cue]) -> int:
    """Where the clause holding a quotation starts, when nothing reported lies between ('A,
    and [the group is less likely to be "overrun,"] she said'); else the quotation itself."""
    token = doc[quote_token]
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        ):
            break
        if token.head == token or token.head.i >= cue.token.i:
            return doc[quote_token].idx
        token = token.head
    else:
        return doc[quote_token].idx
    first = token.left_edge.i
    if first > quote_token or any(
        _reports_before(t, cue, quote_token, cues_at) for t in doc[first:quote_token]
    ):
        return doc[quote_token].idx
    return doc[first].idx


def _other_side(cue: Cue, span: tuple[int, int]) -> bool:
    """The cue's content lies across the cue from the quotation ('"X," he said, "Y."')."""
    where = cue.token.idx
    if span[1] <= where:
        return all(f[0] > where for f in cue.fragments)
    return all(f[1] <= where for f in cue.fragments)


def _later_colon_cue(doc: Doc, cue: Cue, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'"X," Lee said as a heckler yelled: "Y!"': a cue with a speaker and no content of its own
    closes the clause before the colon, past the cue the parse hung the quotation on; the
    quotation is what that later cue reports."""
    colon = _cue_before_colon(doc, start_token, cues_at)
    if colon is None or colon is cue or colon.fragments or colon.token.i < cue.token.i:
        return None
    return colon


def _cue_before_colon(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'X said:' at the end of the sentence (or paragraph) before a quotation."""
    i = start_token - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    sent_start = doc[i].sent.start
    for j in range(i - 1, max(sent_start, i - 40) - 1, -1):
        cue = cues_at.get(j)
        if cue is not None and cue.subject is not None:
            return cue
    return None


def _widen(fragments: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    for fragment in fragments:
        if overlaps(fragment, span):
            fragment = (min(fragment[0], span[0]), max(fragment[1], span[1]))
        out.append(fragment)
    return out


def _statement_before(text: str, cues: list[Cue], start: int) -> Cue | None:
    """The attribution whose content closes the sentence a quotation follows in the same
    paragraph ("She argued that X. "Y.""): the quotation goes on with the speaker's words."""
    for cue in cues:
        if cue.subject is None or not cue.fragments:
            continue
        last = cue.fragments[-1][1]
        between = text[last:start]
        if (
            last <= start
            and cue.token.idx < last
            and "\n" not in between
            and between.strip() in {".", "?", "!", ":"}
        ):
            return cue
    return None


def _title_after_cue(doc: Doc, previous: Cue, start: int, end: int) -> bool:
    """A short capitalised quotation after the cue in the cue's own sentence names a show, a
    book or an ad ('"X," she said on "Meet the Press"'), not more words of the speaker."""
    cue = previous.token
    words = [t for t in doc[start:end] if t.is_alpha]
    return (
        cue.i < start
        and doc[start - 1].text not in {",", ":"}
        and cue.sent.start <= start < cue.sent.end
        and 0 < len(words) <= 5
        and words[0].is_title
        and not any(t.text in SENTENCE_END or t.text == "," for t in doc[start:end])
        and all(f[1] <= cue.idx for f in previous.fragments)
    )


def _continues(text: str, previous: Cue, previous_end: int, start: int) -> bool:
    """A quotation continues the one before: next paragraph with nothing between, or the same
    paragraph with at most the attribution between ('"X," she said. "Y."')."""
    between = text[previous_end:start]
    if "\n" in between:
        return between.strip() == "" and between.count("\n") <= 2
    words = len(between.split())
    if words <= 1:
        return True
    return previous_end <= previous.token.idx < start and words <= 40
