"""Quotations attached to the cues that report them (see ``statements`` for the rules): each
quotation goes to the innermost cue whose content covers it, else to a cue beside it
(``cues_around_quotes``), a name closing its sentence (``name_tags``), the statement it
continues (``continued_quotes``, also across a scene-setting phrase or narration that
finishes the quotation before: ``quote_leads``) or the verb of the clause a quoted phrase sits in
(``quoted_phrases``); the content of the cue it joins is widened or cut to fit."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.block_quotations import block_quotation
from foretold.attribution.continued_quotes import (
    added_after,
    continues,
    heading_label,
    join_following,
    join_preceding,
    later_statement,
    moves_on,
    over_colon,
    run_on,
    statement_above,
    statement_before,
    verb_between,
)
from foretold.attribution.cue import Cue, overlaps
from foretold.attribution.cues import FILLER_VERBS
from foretold.attribution.cues_around_quotes import (
    aside_before_quote,
    bare_cue_before,
    before_later_cue,
    clause_before_colon,
    clause_before_said_noun,
    conjunct_before_colon,
    cue_after,
    cue_before,
    cue_before_adverbials,
    cue_before_colon,
    cue_in_closing_sentence,
    cue_of_reason,
    cue_of_subject,
    later_adverbial_cue,
    later_colon_cue,
    trailer_cue,
)
from foretold.attribution.issued_statements import issued_statement
from foretold.attribution.name_tags import name_tag
from foretold.attribution.quote_leads import finishes_sentence, lead_start
from foretold.attribution.quoted_phrases import (
    clause_after_cue,
    clause_of_partial,
    cut_before_quote,
    governing_cue,
    in_phrase,
    modifies_noun,
    names_source,
    sentence_before_cue,
    title_after_cue,
    title_after_noun,
    without_gloss,
    word_as_subject,
    work_title,
)
from foretold.attribution.quotes import QuoteSpan
from foretold.attribution.token_index import tokens_in
from foretold.attribution.verb_first_quotes import verb_first_cue


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
# Closing quotation marks, typewriter ones doubled as two apostrophes: "''To date,'' she said".
_CLOSING_MARKS = "\"'\u201d\u2019"


def _own_belief(inner: Cue, outer: Cue) -> bool:
    """A verb of belief with a personal pronoun for subject under another cue, in its
    complement or a reason clause hung on that ('Lee added that he thinks "Q"', 'saying she
    waited because she believed "Q"'): the speaker's report of their own view, which the outer
    cue's statement holds."""
    token = inner.token
    return (
        _under(token, outer.token)
        and token.lemma_.lower() in FILLER_VERBS
        and inner.subject is not None
        and inner.subject.lower_ in _PERSONAL
    )


def _under(token: Token, head: Token) -> bool:
    """``token`` heads the complement clause of ``head``, or a side clause hung on it ('saying
    [she had waited because she believed "Q"]': believed hangs on waited, said's complement)."""
    for _ in range(3):
        if token.dep_ != "advcl" or token.head == token:
            break
        token = token.head
    return token.dep_ == "ccomp" and token.head == head


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
    for i, q in enumerate(in_quote):  # one quotation index for each token
        if q >= 0:
            if starts[q] < 0:
                starts[q] = i
            ends[q] = i + 1
    sizes: dict[int, int] = {}
    for cue in cues:
        for fragment in cue.fragments:
            first = doc.char_span(fragment[0], fragment[1], alignment_mode="expand")
            if first is None:
                continue
            size = fragment[1] - fragment[0]
            for q in {
                in_quote[t.i] for t in tokens_in(first) if in_quote[t.i] >= 0 and not t.is_punct
            }:
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
        reason: Cue | None = None
        if cue is not None and work_title(doc, starts[q], ends[q]):
            cue.fragments = [f for f in cue.fragments if not overlaps(f, span)]
            continue  # 'on its podcast, "So, That Happened."': the work's name, not words said
        if cue is not None and (outer := cue_of_subject(doc, cue, ends[q], cues_at)):
            outer.fragments = [span]
            cue.fragments, cue = [], outer
        if cue is not None and (later := later_colon_cue(doc, cue, starts[q], cues_at)):
            # a later cue with a phrase of its own was taken into the first cue's content:
            # the first keeps its words up to that cue's clause
            kept = before_later_cue(doc, cue, later) if later.fragments else cue.fragments
            cue.fragments = [f for f in kept if not overlaps(f, span)]
            later.fragments, cue = [span], later
        if cue is not None and (later := later_adverbial_cue(doc, cue, starts[q], cues_at)):
            # '... while adding on taxes, "Q."': the later cue reports the quotation
            cue.fragments = [f for f in before_later_cue(doc, cue, later) if not overlaps(f, span)]
            later.fragments, cue = [span], later
        if cue is not None:
            cue.fragments = _widen(cue.fragments, span)
            cue.fragments = cut_before_quote(doc, cue, span, starts[q], cues_at)
            cue.fragments = clause_of_partial(doc, cue, span, starts[q], cues_at)
            cue.fragments = without_gloss(doc, cue, span, ends[q])
            cue.quoted = True
        elif previous is not None and title_after_cue(doc, previous, starts[q], ends[q]):
            continue  # '"X," she said on "This Week."': a name, not more of her words
        elif names_source(doc, starts[q], ends[q]):
            continue  # 'according to "The Plan: A History," ...': the title of the source
        elif title_after_noun(doc, starts[q], ends[q]):
            continue  # 'ruled on the case "Lee v. Ames"': a title, not words said
        elif word_as_subject(doc, starts[q], ends[q]):
            continue  # '"Vax" is the word of the year': a word spoken of, not words said
        else:
            cue = None
            opening = lead_start(doc, starts[q], ends[q]) or quote.start
            if not modifies_noun(doc, ends[q]):
                after = None if in_phrase(doc, starts[q]) else cue_after(doc, ends[q], cues_at)
                cue = (
                    after
                    or cue_in_closing_sentence(doc, ends[q], cues_at)
                    or cue_before(doc, starts[q], cues_at)
                    or bare_cue_before(doc, starts[q], cues_at)
                    or cue_before_adverbials(doc, starts[q], cues_at)
                )
                if cue is None:
                    cue = reason = cue_of_reason(doc, starts[q], ends[q], cues_at)
            long = len(text[span[0] : span[1]].split()) >= 3 or (
                cue is not None and (_opening_words(text, span) or _exclaimed_words(text, span))
            )
            if cue is None and long and (leader := verb_first_cue(doc, starts[q])):
                cue = leader
                cues.append(cue)
            elif cue is None and long and (trailer := trailer_cue(doc, ends[q], in_quote)):
                cue = trailer
                cues.append(cue)
            elif cue is None and long and (tag := name_tag(doc, ends[q], in_quote)):
                cue = tag
                cues.append(cue)
            if cue is not None and (joined := join_following(doc, cue, span, ends[q])):
                cue.fragments = joined
                cue.quoted = True
                previous, previous_end, previous_closed = cue, quote.end, quote.closed
                continue
            if cue is not None and (joined := join_preceding(text, cue, span, reason is cue)):
                cue.fragments = joined
                cue.quoted = True
                previous, previous_end, previous_closed = cue, quote.end, quote.closed
                continue
            if cue is not None and (aside := aside_before_quote(doc, cue, starts[q])):
                cue.fragments = [f for f in cue.fragments if not _within(f, aside)]
            if cue is not None and cue.fragments and not _other_side(cue, span):
                cue = None  # the cue has its own content here: this quotation is something else
            if cue is not None and long:
                cue.fragments = _without_speaker(cue)
                lead = sentence_before_cue(
                    doc, cue, starts[q], ends[q], cues_at
                ) or clause_after_cue(doc, cue, starts[q], ends[q])
                cue.fragments = sorted([*cue.fragments, lead or span])  # '"X," he said, "Y."'
                cue.quoted = True
            elif (colon := cue_before_colon(doc, starts[q], cues_at)) is not None:
                cue = colon
                if (second := conjunct_before_colon(doc, colon, starts[q])) is not None:
                    cue = second  # 'backs "A" and recalled the freeze: "Q."'
                    cues.append(cue)
                cue.fragments = over_colon(text, cue.fragments, span)
                cue.quoted = True
            elif (
                clause := clause_before_colon(doc, starts[q], ends[q])
                or clause_before_said_noun(doc, starts[q], ends[q])
            ) is not None:
                cue = clause
                cue.fragments = [span]
                cues.append(cue)
            elif previous is not None and (
                verb := verb_between(doc, text, previous, previous_end, starts[q])
            ):
                cue = Cue(verb, verb.text, previous.subject, [span], quoted=True)
                cues.append(cue)
            elif (
                previous is not None
                and (
                    continues(text, previous, previous_end, opening)
                    or quotes[q - 1].end == previous_end
                    and finishes_sentence(doc, text, set(cues_at), previous_end, quote.start)
                )
                and later_statement(text, cues, previous, opening) is None
                and not moves_on(text, previous, previous_end, quote.start)
                and not heading_label(text, span)
                and not added_after(
                    previous,
                    statement_before(
                        text, cues, opening, clause=_holds_verb(doc, starts[q], ends[q])
                    ),
                )
            ):
                cue = previous
                if "\n" in text[previous_end : quote.start] and previous_closed:
                    follow = Cue(previous.token, previous.text, previous.subject, [span], True)
                    follow.parent = previous.parent or previous
                    cues.append(follow)
                    cue = follow
                elif "\n" in text[previous_end : quote.start]:
                    cue.fragments = run_on(cue.fragments, previous_end, span)
                else:
                    cue.fragments = sorted([*cue.fragments, span])
            elif (
                before := statement_before(
                    text, cues, opening, clause=_holds_verb(doc, starts[q], ends[q])
                )
            ) is not None:
                cue = before
                cue.fragments = sorted([*cue.fragments, span])
                cue.quoted = True
            elif (above := statement_above(text, cues, span)) is not None:
                cue = above
                cue.fragments = run_on(cue.fragments, cue.fragments[-1][1], span)
                cue.quoted = True
            elif (issued := issued_statement(text, cues, quote.start, quote.end)) is not None:
                cue = issued
                cues.append(cue)
            elif (scare := governing_cue(doc, starts[q], ends[q], in_quote)) is not None:
                cue = scare
                cues.append(cue)
        if cue is not None:
            previous, previous_end, previous_closed = cue, quote.end, quote.closed
    for cue in cues:
        if (block := block_quotation(cue, text)) is not None:
            cue.fragments = [block]  # 'he said:\n\nLet no one be mistaken ...'
    return [cue for cue in cues if cue.fragments]


def _holds_verb(doc: Doc, start: int, end: int) -> bool:
    """The quotation's tokens hold a verb: words said, not a quoted term ("Plan B")."""
    return start >= 0 and any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end])


def _opening_words(text: str, span: tuple[int, int]) -> bool:
    """A short quotation that opens its sentence and ends in a comma before the cue ('"As
    mayor," she said, "I will ..."', '"Absolutely," Lee said.', "''To date,'' she said"):
    words said, not a phrase."""
    before = text[: span[0]].rstrip(" \t")
    opens = not before or before[-1] in "\n.!?:"
    return opens and text[span[0] : span[1]].rstrip(_CLOSING_MARKS).endswith(",")


def _exclaimed_words(text: str, span: tuple[int, int]) -> bool:
    """A short quotation after a comma, or opening its sentence, that ends in an exclamation or
    question mark ('the crowd chanted, "Go home!"', 'she asked, "Why not?"', '"Go home!" she
    wrote.'): words said, not a phrase."""
    before = text[: span[0]].rstrip(" \t")
    after = before.endswith(",") or not before or before[-1] in "\n.!?:"
    return after and text[span[0] : span[1]].rstrip(_CLOSING_MARKS).endswith(("!", "?"))


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


def _within(fragment: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= fragment[0] and fragment[1] <= outer[1]


def _other_side(cue: Cue, span: tuple[int, int]) -> bool:
    """The cue's content lies across the cue from the quotation ('"X," he said, "Y."')."""
    where = cue.token.idx
    if span[1] <= where:
        return all(f[0] > where for f in cue.fragments)
    return all(f[1] <= where for f in cue.fragments)


def _widen(fragments: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    for fragment in fragments:
        if overlaps(fragment, span):
            fragment = (min(fragment[0], span[0]), max(fragment[1], span[1]))
        out.append(fragment)
    return out
