"""Clauses that hold a report of their own inside another report's content, whose words that
report gives up: a contrast or concession set off by a comma or dash ("X said A, while Y said
B"; "- though she admitted ..."; "despite her claim that ...", "despite a paper claiming
..."; not a poll's second figure, "found that 41 percent backed A, while 37 percent favored
B", nor a stance set beside a stance inside the report, "the poll found 54% backed Lee, while
23% favored Park"; but a share that says a clause of its own against another share that
said one, "74 percent said A, while 22 percent said B", reports it itself, unless a poll
gives both), a reporting clause coordinated inside a report by the same named speaker ("Lee
said A and Lee says B"), a cue in brackets with its own subject ("(critics say it is
small)"), a relative clause set off by a comma ("praised the pastor, who has vowed ...") or
interrupted by a report ("ties to Kyiv which, she said, some see as ..."), a closing "when"
clause ("admitted it erred when a doctor reported ..."), and a gerund the parse hung on a
tensed verb inside another report ("saying X was sunk [- and arguing ...]")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.conceded_reports import conceded_report
from foretold.attribution.cue import Cue
from foretold.attribution.cues import CLAUSE_VERBS, OBJECT_VERBS, PREPOSITION_CUES, cue_lemma
from foretold.attribution.marks import DASHES, is_quote_token
from foretold.attribution.misplaced_subjects import NSUBJ_DEPS
from foretold.attribution.named_by import named_aside
from foretold.attribution.sentence_frames import names_poll
from foretold.attribution.tensed_verbs import TENSE_TAGS

# Verbs of hearsay: their passive hedges the words of the one reported ("Lee is said to have").
HEARSAY = frozenset(
    {"report", "say", "rumor", "rumour", "allege", "believe", "think", "understand"}
)


def own_clause(cue: Cue) -> tuple[int, int] | None:
    """The characters of the clause in which a cue reports on its own, or None."""
    return (
        _contrast_clause(cue)
        or _coordinated_report(cue)
        or _concession(cue)
        or _bracketed(cue)
        or _nonrestrictive_relative(cue)
        or _appositive_relative(cue)
        or _interrupted_relative(cue)
        or _closing_when(cue)
        or _stray_gerund(cue)
        or named_aside(cue)
        or conceded_report(cue)
    )


def describing_clause(cue: Cue) -> bool:
    """The cue's own clause tells of the subject or event of the clause around it, so belongs
    to that clause's content unless the cue truly reports: a closing "when" clause ("Sales
    were low when Lee challenged himself to fix them, he said": once "challenged [himself]"
    reports nothing the clause stays in what "he said") or a relative clause on a subject
    that its verb follows ("the study showed the rat, which pressed the lever, tends to ...").
    A contrast, concession or bracket is the writer's aside, and a relative clause closing
    the sentence may be one too ("..., which angered Lee")."""
    if _contrast_clause(cue) or _coordinated_report(cue) or _concession(cue) or _bracketed(cue):
        return False
    if _closing_when(cue) is not None:
        return True
    token = cue.token
    noun = token.head
    return (
        _nonrestrictive_relative(cue) is not None
        and noun.dep_ in NSUBJ_DEPS
        and token.right_edge.i < noun.head.i
    )


def _bracketed(cue: Cue) -> tuple[int, int] | None:
    """The characters of the brackets that hold a cue with its own subject and its whole
    content ("Lee ran the office (staff said she read every letter) for years"): an
    attribution of its own, not part of the content around it."""
    token = cue.token
    if cue.subject is None or cue.subject.head.i != token.i:
        return None
    sent = token.sent
    opening = next((t for t in reversed(sent[: token.i - sent.start]) if t.text in "()"), None)
    if opening is None or opening.text != "(":
        return None
    closing = next((t for t in sent[token.i - sent.start :] if t.text in "()"), None)
    if closing is None or closing.text != ")":
        return None
    start, end = opening.idx, closing.idx + 1
    if not all(start <= f[0] and f[1] <= end for f in cue.fragments):
        return None
    return start, end


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
_CLAUSE_BREAKS = DASHES | {",", "("}


def _nonrestrictive_relative(cue: Cue) -> tuple[int, int] | None:
    """The characters of a relative clause set off by a comma, dash or bracket that a cue heads
    with its whole content ("Lee praised the pastor, [who has vowed to fight the plan]"): a
    remark of its own about the noun it describes, not part of the content around it. A passive
    that only names ("the fund, which is called X") stays in it; one of hearsay ("Lee, who is
    said to have ...") does not."""
    token = cue.token
    if token.dep_ != "relcl" or (is_passive(token) and token.lemma_.lower() not in HEARSAY):
        return None
    first = token.left_edge
    if first.lower_ not in _RELATIVE_PRONOUNS or first.i == 0:
        return None
    before = token.doc[first.i - 1]
    if before.text not in _CLAUSE_BREAKS:
        return None
    last = token.right_edge
    start, end = before.idx, last.idx + len(last.text)
    if not all(start <= f[0] < end for f in cue.fragments):
        return None
    return start, max(end, cue.fragments[-1][1])


# What the parse makes of a noun phrase set off after a clause: an apposition, a loose adverbial
# noun or a second object ("invited her, an honor ...").
_APPOSED = frozenset({"appos", "npadvmod", "dobj"})


def _appositive_relative(cue: Cue) -> tuple[int, int] | None:
    """The characters of a noun set off by a comma after a clause and the relative clause on
    it that a cue opens with a subject of its own and no relative pronoun and heads with its
    whole content ("Lee invited Ann, [an honor Ann said she hoped would last]"): a remark of its
    own about what came before, not part of the content around it."""
    token = cue.token
    noun = token.head
    if token.dep_ != "relcl" or noun.dep_ not in _APPOSED or noun.pos_ != "NOUN":
        return None
    if cue.subject is None or cue.subject.head.i != token.i or cue.subject.i < noun.i:
        return None
    if token.left_edge.i != cue.subject.left_edge.i:
        return None  # a relative pronoun opens it ("a state that she hoped to win")
    first = noun.left_edge
    if first.i == 0 or token.doc[first.i - 1].text not in _CLAUSE_BREAKS:
        return None
    last = token.right_edge
    start, end = token.doc[first.i - 1].idx, last.idx + len(last.text)
    if not all(start <= f[0] < end for f in cue.fragments):
        return None
    return start, max(end, cue.fragments[-1][1])


def _interrupted_relative(cue: Cue) -> tuple[int, int] | None:
    """The characters of a relative clause that a report set off by commas interrupts ("he
    wants to loosen ties to Kyiv [which, she said, some see as a threat]"): the clause is that
    report's content, not part of the report around it."""
    token = cue.token
    clause = token.head
    if token.dep_ != "parataxis" or clause.dep_ != "relcl" or clause.i < token.i:
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    words = [t for t in token.subtree if not t.is_punct]
    doc = token.doc
    before, after = words[0].i - 1, words[-1].i + 1
    if before < 0 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    first, last = clause.left_edge, clause.right_edge
    start, end = first.idx, last.idx + len(last.text)
    if not all(start <= f[0] < end for f in cue.fragments):
        return None
    return start, max(end, cue.fragments[-1][1])


def _closing_when(cue: Cue) -> tuple[int, int] | None:
    """The characters of a "when" clause after the verb it modifies that a cue heads with its
    own subject ("The city admitted it erred [when a doctor reported high lead levels]"): the
    event that set off the claim, reported in its own right."""
    token = cue.token
    if cue.subject is None or token.dep_ != "advcl" or token.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    first = token.left_edge
    if first.lower_ != "when" or first.i < token.head.i:
        return None
    last = token.right_edge
    start, end = first.idx, last.idx + len(last.text)
    if not all(start <= f[0] < end for f in cue.fragments):
        return None
    return start, max(end, cue.fragments[-1][1])


def gerund_on_tensed_verb(token: Token) -> bool:
    """A gerund with no auxiliary that the parse coordinates with a tensed or passive verb
    ("saying the bill was fine - and [arguing] ...", where the parse joins "arguing" to
    "was"): a gerund cannot share a tensed verb's subject."""
    head = token.head
    if token.tag_ != "VBG" or token.dep_ != "conj" or head.tag_ == "VBG":
        return False
    if any(c.dep_ == "aux" for c in token.children):
        return False
    return head.tag_ in TENSE_TAGS or is_passive(head)


def _stray_gerund(cue: Cue) -> tuple[int, int] | None:
    """The characters of a gerund cue with no subject that the parse coordinates with a finite
    verb inside another report ("Lee spoke, saying the bill was fine [- and arguing that it
    had support]"): a gerund cannot share a tense verb's subject, so it goes with the gerund
    before it and reports its own clause."""
    token = cue.token
    if not gerund_on_tensed_verb(token):
        return None
    deps = {c.dep_ for c in token.children}
    if deps & {"nsubj", "nsubjpass"} or "ccomp" not in deps:
        return None
    first = token.left_edge
    start = first.i
    doc = token.doc
    while start > 0 and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct):
        start -= 1
    if start == first.i or not all(f[0] >= token.idx for f in cue.fragments):
        return None
    last = token.right_edge
    return doc[start].idx, max(last.idx + len(last.text), cue.fragments[-1][1])


def is_passive(verb: Token) -> bool:
    """The verb has a passive auxiliary ("which is [called] X")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def agentless_passive(verb: Token) -> bool:
    """The verb has a passive auxiliary and no "by" agent ("it was [noted]", not "it was
    [noted] by the board")."""
    return is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


_CONCESSIVE = frozenset({"despite", "notwithstanding"})


def _concession(cue: Cue) -> tuple[int, int] | None:
    """The characters of a cue noun's or gerund's concessive phrase ("Lee won, [despite Ann's
    claim that the count was wrong]", "the count stands [despite Ann claiming it was wrong]"):
    a statement of its own, not part of the content around it, through its content when the
    parse hung that elsewhere ("[despite concerns, even among aides, that it would fail]")."""
    token = cue.token
    prep = _concessive_prep(token)
    if prep is None:
        return None
    last = max(prep.right_edge, token.right_edge, key=lambda t: t.i)
    end = last.idx + len(last.text)
    return prep.idx, max(end, cue.fragments[-1][1]) if cue.fragments else end


def _concessive_prep(token: Token) -> Token | None:
    """The "despite" a cue noun or gerund reports under, however the parse hung the gerund: on
    the preposition, on its noun ("despite [a paper] claiming") or on the verb beside it."""
    head = token.head
    if token.pos_ == "NOUN" and token.dep_ == "pobj":
        return head if head.lower_ in _CONCESSIVE else None
    if token.tag_ != "VBG":
        return None
    if token.dep_ == "pcomp":
        return head if head.lower_ in _CONCESSIVE else None
    if token.dep_ == "acl" and head.dep_ == "pobj":
        return head.head if head.head.lower_ in _CONCESSIVE else None
    if token.dep_ == "advcl" and token.i > 0:
        before = token.doc[token.i - 1]
        prep = next((a for a in before.ancestors if a.dep_ == "prep"), None)
        if prep is not None and prep.lower_ in _CONCESSIVE and prep.head.i == head.i:
            return prep if prep.right_edge.i == before.i else None
    return None


_CONTRAST = frozenset({"while", "whereas", "but", "although", "though", "and"})
_CONCEDING = frozenset({"although", "though"})


def _contrast_clause(cue: Cue) -> tuple[int, int] | None:
    """The characters of a cue's own clause set off by a comma and a contrast ("X said A,
    while Y said B"; "X said A - [even] though Y admitted B"), also a comma inside the
    quotation mark that closes A ('X called it "a mess," while Y noted its "flair"'): the parse
    hangs it inside A, but it is an attribution of its own."""
    token = cue.token
    if cue.subject is None or token.pos_ != "VERB" or token.dep_ not in {"advcl", "conj"}:
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    if (_counted_contrast(token) and not _share_against_share(token)) or _parallel_stance(cue):
        return None
    first = token.left_edge
    opener = first.lower_
    if opener == "even" and first.i < token.i:
        opener = token.doc[first.i + 1].lower_  # 'even though'
    if opener not in _CONTRAST or first.i == 0:
        return None
    comma = token.doc[first.i - 1]
    if is_quote_token(comma) and first.i > 1 and token.doc[first.i - 2].text == ",":
        comma = token.doc[first.i - 2]  # 'A," while': the comma closes A inside the mark
    end = max(cue.fragments[-1][1], token.right_edge.idx + len(token.right_edge.text))
    if comma.text != "," and not (comma.text in DASHES and opener in _CONCEDING):
        return (first.idx, end) if _bare_contrast_report(token, opener) else None
    return comma.idx, end


# Nouns that count a share of those a poll or count asked: "37 percent", "a third".
_SHARE_NOUNS = frozenset(
    {"percent", "%", "majority", "minority", "plurality", "half", "third", "quarter", "share"}
)
# Entity types of a bare figure: "Sixty percent", "12".
_FIGURE_ENTS = frozenset({"PERCENT", "CARDINAL"})


def _counted_contrast(verb: Token) -> bool:
    """A contrast clause whose subject is a share of those counted ("found that 41 percent
    backed Lee, [while 37 percent favored Reed]") or that closes on a margin of two figures
    ("[while independents favored Reed, 52 percent to 40 percent]"): a poll's or count's
    second figure set against its first, which the report that gave the first gives too, not
    a second source with words of its own."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _share(subject):
        return True
    doc = verb.doc
    last = verb.sent.end - 1  # the parser may hang the margin on the sentence's root
    while last > verb.i and doc[last].is_punct:
        last -= 1
    return any(
        t.lower_ == "to" and t.i > verb.i + 1 and _share(doc[t.i - 1]) and _share(doc[last])
        for t in doc[verb.i + 1 : last]
    )


def _share_against_share(verb: Token) -> bool:
    """A contrast clause in which a share reports a clause of its own, inside what another
    share reported ("74 percent said they would vote, [while 22 percent said they might
    not]"): each share of those asked speaks for itself, and the first cannot report what the
    second said; a poll's finding ("the poll found 48 percent backed Lee, while ...") is no
    share's report and keeps its second figure."""
    if cue_lemma(verb.lemma_, verb.text) not in CLAUSE_VERBS:
        return False
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    outer = _reporting_verb(verb)
    if outer is None or cue_lemma(outer.lemma_, outer.text) not in CLAUSE_VERBS:
        return False
    if outer.dep_ == "ccomp" or _reporting_verb(outer) is not None:
        return False  # "the poll found 48 percent said A, while ...": the poll reports both
    if any(_poll_frame(c) for c in outer.children):
        return False  # "In a new poll, 38 percent said A, while ...": the poll gives both
    subject = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    return subject is not None and _share(subject)


def _poll_frame(prep: Token) -> bool:
    """A phrase that sets a report in a poll: "[in a new poll]", "[in the survey]"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(c.dep_ == "pobj" and names_poll(c) for c in prep.children)
    )


def _share(noun: Token) -> bool:
    """A word that counts a share: "37 percent", "40%", "a third" (not a bare number of
    people with a noun of its own: "19 senators")."""
    if noun.lower_ in _SHARE_NOUNS:
        return any(c.like_num or c.dep_ in {"nummod", "det"} for c in noun.children) or (
            noun.ent_type_ in _FIGURE_ENTS
        )
    return noun.ent_type_ == "PERCENT" and noun.like_num


_BARE_CONTRASTS = frozenset({"while", "whereas"})


def _bare_contrast_report(token: Token, opener: str) -> bool:
    """A "while" or "whereas" clause with no comma before it, closing the clause it hangs
    on, whose cue reports a clause of its own ("Lee said the plan was sound while Reed wrote
    it was reckless"): the clause sets a second source against the first, not a part of the
    first one's words. Put first ("said that while polls showed A, B"), it is part of them."""
    if opener not in _BARE_CONTRASTS or token.head.i > token.left_edge.i:
        return False
    return any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)


_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


def _coordinated_report(cue: Cue) -> tuple[int, int] | None:
    """The characters of a reporting clause that the parse coordinates with a verb inside the
    complement of a report with the same subject ("Lee said if taxes rise, jobs will go [and
    Lee says some firms will leave]"): a speaker does not report themselves by name, so it is
    the writer's second report, not part of the first one's words (with another subject it may
    be: "A, and Cole told them B" can be what the first source says). A clause with its own
    "that" continues the complement ("said that A and that B")."""
    token = cue.token
    if cue.subject is None or token.pos_ != "VERB" or token.dep_ != "conj":
        return None
    if cue_lemma(token.lemma_, token.text) not in CLAUSE_VERBS:
        return None
    children = list(token.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or not _same_subject(subject, _reporting_verb(token)):
        return None
    if any(c.dep_ == "mark" and c.lower_ in _COMPLEMENT_MARKS for c in children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > token.i for c in children):
        return None
    first = token.left_edge
    if first.i == 0 or token.doc[first.i - 1].dep_ != "cc":
        return None
    start = token.doc[first.i - 1]
    if not all(first.idx <= f[0] for f in cue.fragments):
        return None
    end = max(cue.fragments[-1][1], token.right_edge.idx + len(token.right_edge.text))
    return start.idx, end


def _reporting_verb(token: Token) -> Token | None:
    """The verb whose clause complement holds the token: "said" in "Lee said [A and B]"."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "ccomp":
            return ancestor.head
    return None


def _same_subject(subject: Token, verb: Token | None) -> bool:
    """The verb has a subject with the same name as ``subject`` (not a pronoun)."""
    if verb is None or subject.pos_ != "PROPN":
        return False
    other = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return other is not None and other.lower_ == subject.lower_


# Verbs of a stance toward a noun phrase that report no words: "backed [Lee]", "voted for [Lee]".
_STANCE_VERBS = (OBJECT_VERBS | PREPOSITION_CUES) - CLAUSE_VERBS


def _parallel_stance(cue: Cue) -> bool:
    """A contrast clause whose verb holds a stance toward a noun phrase, hung on a verb of a
    stance too, with a noun phrase for subject: in "the poll found that 54% backed Lee, while
    23% favored Park" the second share is found by the poll as the first is, the two a pair,
    not a source set against the poll ("said A, while Park said B"; "said the plan would save
    money, while Acme estimated [a loss]": a verb of saying or believing speaks for its own
    subject; "confirmed they sign it, though she did not discuss [the terms]": a pronoun names
    someone already in the sentence, whose own act the writer sets beside the report)."""
    token = cue.token
    if cue.quoted or any(c.dep_ in {"ccomp", "xcomp"} for c in token.children):
        return False
    if not {_lemma(token), _lemma(token.head)} <= _STANCE_VERBS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ != "PRON"


def _lemma(token: Token) -> str:
    return cue_lemma(token.lemma_, token.text)
