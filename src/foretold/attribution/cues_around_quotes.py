"""Cues found beside a quotation with no cue of its own: right after it ('"Q," she said'), right
before it ('She said, "Q."', or with only its adverbials between: 'writing on Sunday after
the count, "Q"'), closing the sentence before it ('Jones agreed. "Q."'), before a
colon that introduces it ('X said: "Q."'), a clause whose object is a noun of something said
before a comma ('X made the statement, "Q."'), or a short subject-and-verb trailer closing its
sentence ('"Q," the letter reads.'); and the cues that take a quotation over from the one the
parse hung it on (a relative clause on a later cue's subject, a later cue before a colon, a
later cue inside the first one's content with only its adverbials before the quotation:
'insisted it was "early" while adding on taxes, "Q."'), and the cue a quoted reason set off by a
comma after its content goes with ('argued that it was late, "because the count took weeks."'):
the reason is part of what was argued."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import (
    CUE_LEMMAS,
    DOUBLE_QUOTES,
    NEAR,
    QUOTE_CHARS,
    SENTENCE_END,
    Cue,
)
from foretold.attribution.cues import AMOUNT_ENTS, cue_lemma
from foretold.attribution.tensed_verbs import TENSE_TAGS


def cue_after(doc: Doc, end_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """The cue right after a quotation ('"Q," she said', '"Q." said Ann'); none when a full
    stop inside the marks ends the sentence ('"Q." But Ann also said ...') or the cue is in a
    clause a conjunction opens ('chants of "Q" until Ann spoke') or in a phrase a preposition
    opens around a gerund ('warned "Q" before predicting ...'); after a quotation that ends its
    sentence inside the marks, only a reporting verb ('"Why?" Ann asked', not '"Why?" Ann left')."""
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
        if token.i in cues_at and (subject := cues_at[token.i].subject) is not None:
            if _quoted_subject(doc, end_token, token, subject):
                return None  # '"... Lee has to win" - persuading voters': "Lee" says nothing
            if subject.i < _opening_mark(doc, end_token):
                return None  # the quotation is in its subject's phrase ('Lee, who wrote "Q," left')
            return cues_at[token.i] if _reports_after(doc, end_token, token) else None
        if (subject := _subject_phrase_at(token, cues_at)) is not None:
            i = subject.right_edge.i + 1  # the speaker's own words do not count as distance
            continue
        if token.is_quote or token.text in {"\u201c", "\u201d"} or token.dep_ == "mark":
            return None  # nor a cue in a clause of its own ('"Q" until she said')
        if _opens_gerund_phrase(token):
            return None  # nor one in a phrase of its own ('"Q" before predicting ...')
        i += 1
        seen += 1
    return None


def _quoted_subject(doc: Doc, end_token: int, verb: Token, subject: Token) -> bool:
    """The subject the parse lent a verb after a quotation from a verb inside it is a word of
    that quotation ('"Rates must fall. The bank has to act" - persuading markets it can':
    "bank"), which says nothing of the quoted words: no double mark lies between it and the
    closing one (a single one may set off a word inside: 'the 'two-step''). A subject of the
    verb's own, or a verb right after the quotation ('"Q" tweeted the mayor',
    ``quoted_subjects``) is read elsewhere, and a quotation that closes on a comma is the
    verb's own words ('"It failed," adding ...')."""
    if subject.head.i == verb.i or subject.i >= end_token - 1:
        return False
    if all(t.is_punct for t in doc[end_token : verb.i]):
        return False
    if doc[end_token - 1].text not in DOUBLE_QUOTES or doc[end_token - 2].text == ",":
        return False
    return not any(t.text in DOUBLE_QUOTES for t in doc[subject.i + 1 : end_token - 1])


def _opening_mark(doc: Doc, end_token: int) -> int:
    """The index of the mark that opens the quotation ending at ``end_token``."""
    i = end_token - 2
    while i > 0 and not doc[i].is_quote and "\n" not in doc[i].text:
        i -= 1
    return i


def _opens_gerund_phrase(token: Token) -> bool:
    """A preposition that opens a phrase of its own around a gerund: "[before] predicting"."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children
    )


def cue_in_closing_sentence(doc: Doc, end_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'"We will appeal." Lee said.': a quotation whose own full stop inside the marks ends its
    sentence, followed in the same paragraph by a sentence of only a named subject, a reporting
    verb with no content of its own, and a full stop; the writer misplaced the comma, and that
    cue reports the quotation ('"Q." But Lee also said the plan failed.' has words of its own
    after the verb; '"Q." Lee left.' has no reporting verb)."""
    if end_token < 2 or doc[end_token - 2].text != "." or not doc[end_token - 1].is_quote:
        return None
    i = end_token
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    stop = i
    while stop < len(doc) and stop - i < 8 and doc[stop].text not in SENTENCE_END:
        if "\n" in doc[stop].text or doc[stop].is_quote:
            return None
        stop += 1
    if stop >= len(doc) or doc[stop].text != "." or stop == i:
        return None
    verb = doc[stop - 1]
    cue = cues_at.get(verb.i)
    if cue is None or cue.subject is None or cue.fragments or verb.dep_ != "ROOT":
        return None
    if cue_lemma(verb.lemma_, verb.text) not in CUE_LEMMAS:
        return None
    subject = cue.subject
    if subject.pos_ != "PROPN" or subject.left_edge.i != i or subject.right_edge.i != verb.i - 1:
        return None
    return cue


def _reports_after(doc: Doc, end_token: int, verb: Token) -> bool:
    """A quotation that ends its own sentence inside the marks ('"Why not?" Lee asked'), or
    holds a whole sentence and closes with no comma ('"We won! #Vote4Lee" Lee tweeted'), is
    taken up by a reporting verb after it, not by any verb with a subject that starts the next
    sentence ('"Why not?" Lee sold the house', '"We won! #Vote4Lee" Vote4Lee trends')."""
    if end_token < 2 or not doc[end_token - 1].is_quote:
        return True
    if doc[end_token - 2].text in SENTENCE_END or _holds_sentence_end(doc, end_token - 1):
        return cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS
    return True


def _holds_sentence_end(doc: Doc, closing: int) -> bool:
    """The quotation closed by the mark at ``closing``, with no comma before that mark, has a
    sentence end with words after it inside: '"Go! Now" ...' (but '"Go," ...', '"the
    victims[.]" ...' and '"Red Tide" ...' have none)."""
    if doc[closing - 1].text == ",":
        return False
    words = False
    i = closing - 1
    while i >= 0 and not doc[i].is_quote and "\n" not in doc[i].text:
        if doc[i].text in SENTENCE_END and words:
            return True
        words = words or not doc[i].is_punct
        i -= 1
    return False


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


def cue_of_subject(doc: Doc, cue: Cue, end_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'Nothing [the mayor said] "will help," the senator said': a cue in a relative clause on
    the subject of a cue right after the quotation; the words are that later cue's. A relative
    clause with a speaker of its own keeps them: the subject of an active clause, or the agent
    of a passive one whose relative pronoun is the one described ('Ann, who was called "a
    sham" by critics, left')."""
    noun = cue.token.head
    if cue.token.dep_ != "relcl" or noun.dep_ not in {"nsubj", "nsubjpass", "dep"}:
        return None
    if cue.subject is None or _relative_pronoun(cue.subject):
        return None  # 'Ann, who called it "a sham," left': the clause has its own speaker
    if any(_relative_pronoun(c) for c in cue.token.children if c.dep_ == "nsubjpass"):
        return None  # 'Ann, who was called "a sham" by critics, left': the critics' words
    after = cue_after(doc, end_token, cues_at)
    if after is None or after is cue or after.token != noun.head:
        return None
    return after


def _relative_pronoun(word: Token) -> bool:
    """A relative pronoun: "who", "which", "that"."""
    return word.tag_ in {"WP", "WDT"} or word.lower_ == "that"


def cue_before(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """The cue with a speaker right before a quotation ('She said, "Q."'), also past an
    aside set off by dashes between them ('Lee commented - which few expected - "Q."'): the
    writer's aside holds no cue of the quotation's."""
    i = start_token - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in {",", ":", "\u2014", "-"}):
        if "\n\n" in doc[i].text:
            return None
        i -= 1
    if i + 1 < start_token and doc[i + 1].text == "\u2014":
        i = _before_aside(doc, i)
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


_ASIDE_REACH = 20  # tokens of a dash aside between a cue and its quotation


def _before_aside(doc: Doc, last: int) -> int:
    """The token before the long dash that opens the aside ending at token ``last``, when one
    opens it within ``_ASIDE_REACH`` tokens in the same sentence; else ``last``."""
    for i in range(last, max(-1, last - _ASIDE_REACH), -1):
        token = doc[i]
        if token.text in SENTENCE_END or "\n" in token.text or token.is_quote:
            return last
        if token.text == "\u2014":
            return i - 1
    return last


def aside_before_quote(doc: Doc, cue: Cue, start_token: int) -> tuple[int, int] | None:
    """The characters of an aside set off by long dashes between a cue and the quotation right
    after it ('Lee commented - [- which few expected -] - "Q."'), or None: the writer's
    words, which the cue does not report."""
    i = start_token - 1
    while i > cue.token.i and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    if i <= cue.token.i or doc[i].text != "\u2014":
        return None
    opening = _before_aside(doc, i - 1) + 1
    if opening == i or opening <= cue.token.i:
        return None
    return doc[opening].idx, doc[i].idx + len(doc[i].text)


_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep", "tmod"})


def cue_of_reason(doc: Doc, start: int, end: int, cues_at: dict[int, Cue]) -> Cue | None:
    """The cue with a speaker before a quotation that opens with a subordinating conjunction
    after a comma, whose clause the parse hung on that cue as an adverbial ('argued that it was
    late, "because the count took weeks."'): the quoted clause gives the speaker's reason, the
    rest of what the cue reports; None otherwise."""
    if end - start < 3 or start < 2 or doc[start - 1].text != ",":
        return None
    mark = doc[start + 1] if doc[start].is_quote else doc[start]
    if mark.dep_ != "mark":
        return None
    clause = mark.head
    if clause.dep_ != "advcl" or not start <= clause.i < end:
        return None
    cue = cues_at.get(clause.head.i)
    if cue is None or cue.subject is None or clause.head.i > start:
        return None
    return cue


def cue_before_adverbials(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'Lee has not conceded, writing late on Sunday night after the count, "I won."': a cue
    with a speaker and no content of its own, followed only by its own adverbials (however
    long) and a comma right before a quotation, reports it."""
    i = start_token - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    last = doc[i - 1]
    verb = last
    while verb.i not in cues_at and verb.head.i < verb.i:
        verb = verb.head
    cue = cues_at.get(verb.i)
    if cue is None or cue.subject is None or cue.fragments or verb.i == last.i:
        return None
    if cue_lemma(verb.lemma_, verb.text) not in CUE_LEMMAS:
        return None
    edges = [c for c in verb.rights if c.i < i]
    if not edges or any(c.dep_ not in _ADVERBIAL_DEPS for c in edges):
        return None
    between = doc[verb.i + 1 : i]
    if any(t.is_punct or t.is_quote or "\n" in t.text for t in between):
        return None
    return cue if edges[-1].right_edge.i == i - 1 else None


def later_adverbial_cue(
    doc: Doc, cue: Cue, start_token: int, cues_at: dict[int, Cue]
) -> Cue | None:
    """'Lee insisted the vote was "early" while adding on taxes, "We will act."': a later cue
    inside the first cue's content, with only its own adverbials and a comma before the
    quotation, is the one that reports it (``cue_before_adverbials``); so is a bare participle
    of saying set off by commas ('Lee said it was "late," explaining, "because ..."')."""
    later = cue_before_adverbials(doc, start_token, cues_at) or _bare_participle(
        doc, start_token, cues_at
    )
    if later is None or later is cue or later.token.i < cue.token.i:
        return None
    where = later.token.idx
    return later if any(f[0] <= where < f[1] for f in cue.fragments) else None


def _bare_participle(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """The participle of a reporting verb with a speaker and no content of its own, between
    two commas right before the quotation (', explaining, "Q."')."""
    i = start_token - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 3 or doc[i].text != ",":
        return None
    if doc[i - 2].text != "," and not (doc[i - 2].is_quote and doc[i - 3].text == ","):
        return None  # ', explaining, "Q."' or '"X," explaining, "Q."'
    verb = doc[i - 1]
    cue = cues_at.get(verb.i)
    if cue is None or cue.subject is None or cue.fragments or verb.tag_ != "VBG":
        return None
    return cue if cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS else None


def bare_cue_before(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
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


def later_colon_cue(doc: Doc, cue: Cue, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'"X," Lee said as a heckler yelled: "Y!"': a cue with a speaker and no content of its own
    closes the clause before the colon, past the cue the parse hung the quotation on; the
    quotation is what that later cue reports. So it is when the later cue's own phrase ends at
    the colon ('She backs A, opposes B and recalled her first race: "Q."': recalled). A cue in
    a side phrase the clause goes on past ('According to Lee, the letter, if written by the
    boss, ends the case: "Q."': written) closes nothing before the colon and claims nothing."""
    colon = cue_before_colon(doc, start_token, cues_at)
    if colon is None or colon is cue or colon.token.i < cue.token.i:
        return None
    mark = _colon_before(doc, start_token)
    if any(f[0] < colon.token.idx or f[1] > mark.idx for f in colon.fragments):
        return None
    if _phrase_ends_before(doc, colon.token, mark):
        return None
    return colon


def _phrase_ends_before(doc: Doc, verb: Token, mark: Token) -> bool:
    """A verb whose phrase ends before a word of the clause that goes on to the colon ("if
    written by the boss [ends] the case:"), not at the colon ("recalled her first race:")."""
    end = verb.right_edge.i
    return end < mark.i and any(not t.is_punct for t in doc[end + 1 : mark.i])


def _colon_before(doc: Doc, start_token: int) -> Token:
    """The colon right before a quotation (``cue_before_colon`` found it)."""
    i = start_token - 1
    while doc[i].is_space:
        i -= 1
    return doc[i]


def before_later_cue(doc: Doc, cue: Cue, later: Cue) -> list[tuple[int, int]]:
    """The content of ``cue`` up to the clause of a later cue the parse took into it ('She
    backs [A], opposes B and recalled ...: "Q"'): the later verb, and the verbs before it it is
    coordinated with, start a clause of their own; a fragment that starts in it is dropped."""
    verb = later.token
    while verb.dep_ == "conj" and verb.head.i > cue.token.i and verb.head.pos_ == "VERB":
        verb = verb.head
    stop = verb.left_edge.i
    while stop > 0 and (doc[stop - 1].dep_ == "cc" or doc[stop - 1].is_space):
        stop -= 1
    while stop > 0 and doc[stop - 1].is_punct and not doc[stop - 1].is_quote:
        stop -= 1
    cut = doc[stop].idx
    return [(f[0], min(f[1], cut)) for f in cue.fragments if f[0] < cut]


def cue_before_colon(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'X said:' at the end of the sentence (or paragraph) before a quotation."""
    i = _before_spaces(doc, start_token)
    if i < 0 or doc[i].text != ":":
        return None
    sent_start = doc[i].sent.start
    for j in range(i - 1, max(sent_start, i - 40) - 1, -1):
        cue = cues_at.get(j)
        if cue is not None and cue.subject is not None:
            return cue
    return None


def conjunct_before_colon(doc: Doc, cue: Cue, start_token: int) -> Cue | None:
    """'Lee backs "fair raises" and recalled the long freeze: "Q."': a tensed verb with no
    subject of its own, joined by "and" or "but" after a cue and before the colon that closes
    its clause, is a second act of the cue's speaker, and it is what introduces the quotation
    after the colon (the last such verb when there are more); None when none stands between."""
    colon = _before_spaces(doc, start_token)
    for verb in reversed(doc[cue.token.i + 1 : colon]):
        if verb.pos_ != "VERB" or verb.tag_ not in TENSE_TAGS or verb.dep_ != "conj":
            continue
        if doc[verb.i - 1].lower_ not in {"and", "but"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        return Cue(verb, verb.text, cue.subject, [], quoted=True)
    return None


def clause_before_colon(doc: Doc, start: int, end: int) -> Cue | None:
    """'Lee gave the idea a try on Tuesday: "Q."': a clause with a named subject and no cue
    ends in a colon right before a quotation of a sentence or more; its verb introduces it."""
    i = _before_spaces(doc, start)
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


# Nouns of something said, which a quotation after them and a comma sets out: "made the
# statement, [Q]".
_QUOTE_OPENING_NOUNS = frozenset(
    {
        "statement", "statements", "remark", "remarks", "comment", "comments", "message",
        "warning", "reply", "response", "answer", "plea", "promise", "vow",
    }
)  # fmt: skip


def clause_before_said_noun(doc: Doc, start: int, end: int) -> Cue | None:
    """'The mayor made the statement, "Q."', "Part of Lee's tweet included the statement,
    "Q."': a clause whose direct object, a noun of something said, ends at a comma right
    before a quotation; the quotation is what was said, and the clause's verb introduces it
    with its subject as the speaker."""
    i = _before_spaces(doc, start)
    if i < 1 or doc[i].text != "," or end - start < 3:
        return None
    noun = doc[i - 1]
    if noun.lower_ not in _QUOTE_OPENING_NOUNS or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subject is None or subject.i > verb.i:
        return None
    if subject.pos_ not in {"PROPN", "NOUN", "PRON"} or subject.ent_type_ in AMOUNT_ENTS:
        return None
    return Cue(verb, verb.text, subject, [], quoted=True)


_TRAILER_DEPS = {"nsubj", "npadvmod", "advmod", "prep", "punct", "det", "compound", "amod"}


def trailer_cue(doc: Doc, end_token: int, in_quote: list[int]) -> Cue | None:
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


def _before_spaces(doc: Doc, start: int) -> int:
    """The position of the last token before ``start`` that is not white space (-1 if none)."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i
