"""Date hosts: the verb whose date a cue with no date of its own shares, because its words
were said in the same act. A cue coordinated with it ("on Monday denied it and [said] ..."),
a closing participle of a report ("on Monday denied it, [blaming] ..."), a "with" clause
hung on it ("shut the bridge on Friday, with the mayor [saying] ..."), a statement noun it
issued ("on Friday released a [statement] saying ...") or a participle of what it issued ("on
Friday filed a suit [claiming] ..."), a "where" clause of the place it happened at ("spoke at
a rally on Monday, where she [said] ..."), or, the other way round, a "while" or "when"
participle that goes with the cue ("[said] it, while addressing reporters on Monday"), also
one after a later conjunct of the cue ("[cited] the law and said, "It is void", while
addressing reporters on Monday"). A closing participle hung on a purpose clause goes with
the act the clause served ("on Monday declared a drought so the state could release funds,
[saying] ..."), not with the aim, which had not happened yet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue_conjuncts import JOINERS
from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

_VERBS = frozenset({"VERB", "AUX"})
# Verbs that put out a statement, letter or post: "issued a statement saying ...".
ISSUING_VERBS = frozenset(
    {
        "issue", "release", "publish", "post", "send", "deliver", "make", "give", "write",
        "file", "present", "share", "tweet", "broadcast", "submit",
    }
)  # fmt: skip
# Words that tie a participle to the time of the verb it hangs on: "said it while speaking".
_AT_ONCE_WORDS = frozenset({"while", "when"})
# Heads a "where" clause may hang on on the way up to its verb: "spoke [at] a [rally] in
# [Ohio], where ...".
_PLACE_PATH_DEPS = frozenset({"pobj", "prep", "dobj", "conj", "appos"})
# Modals of an aim: "so the state [could] release funds".
_AIM_MODALS = frozenset({"could", "would", "can", "will", "might", "may"})


def has_own_subject(verb: Token) -> bool:
    """A verb with a subject of its own, which dates its own saying ("and [the mayor] said")."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def first_conjunct(cue: Token) -> Token | None:
    """The verb a cue with no subject of its own is coordinated with: its date is the cue's
    ("on Tuesday announced his death and [announced] the cause")."""
    if cue.dep_ != "conj" or cue.head.pos_ not in _VERBS:
        return None
    if has_own_subject(cue):
        return None
    return cue.head


def quoted_clause_conjunct(cue: Token) -> Token | None:
    """The reporting verb a cue with no subject of its own goes with when the parser hung it,
    as a conjunct, on the clause that verb reported, right after the closing quotation mark
    that ends the words: the writer goes on with the speaker's acts ("in its May 3 release
    [reported] that stores "sold out", and [called] the demand "unprecedented""; "went on a
    rant, [saying] the board "was asleep" and [called] for cuts")."""
    if cue.dep_ != "conj" or has_own_subject(cue) or not _after_quote_and_joiner(cue):
        return None
    head = cue.head
    for _ in range(3):
        if head.dep_ not in {"ccomp", "conj"} or head.head.i > head.i:
            return None
        head = head.head
        if head.dep_ != "conj" and cue_lemma(head.lemma_, head.text) in ALL_VERBS:
            return head
    return None


def _after_quote_and_joiner(cue: Token) -> bool:
    """A word right after a closing quotation mark and a joiner, maybe with a comma between:
    "... "was asleep" and [called]"."""
    i = cue.i - 1
    return i >= 0 and cue.doc[i].lower_ in JOINERS and _closing_quote_at(cue.doc, i - 1)


def reporting_head(cue: Token) -> Token | None:
    """The reporting verb a closing participle with no subject of its own hangs on, directly
    or through the clause it reported: its date is the participle's ("on Monday denied the
    claim, [blaming] the weather"; "on Monday said the plant had closed, [citing] costs"; "on
    Monday reported him to be dead [citing] aides")."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.i > cue.i:
        return None
    if has_own_subject(cue):
        return None
    head = cue.head
    for _ in range(3):
        if cue_lemma(head.lemma_, head.text) in ALL_VERBS:
            return head
        if head.dep_ not in {"ccomp", "xcomp", "conj"} or head.head.i > head.i:
            return None
        head = head.head
    return None


def with_clause_head(cue: Token) -> Token | None:
    """The verb a "with X saying" clause of a participle cue hangs on: the words go with
    the act ("The bridge was shut on Friday, with the mayor [saying] it was unsafe"), also
    when the parser made the participle a modifier of the noun after "with"."""
    if cue.tag_ != "VBG":
        return None
    if cue.dep_ == "pcomp":
        with_word = cue.head
    elif cue.dep_ == "acl" and cue.head.dep_ == "pobj" and cue.head.i < cue.i:
        with_word = cue.head.head
    else:
        return None
    if with_word.lower_ != "with" or with_word.dep_ != "prep":
        return None
    verb = with_word.head
    return verb if verb.pos_ in _VERBS else None


def issuing_verb(cue: Token) -> Token | None:
    """The verb that put out a noun cue as its object: "On Friday the army released a
    [statement] saying no one was hurt" (but not "joined the [calls] for a ban": joining is
    no putting out), or put out the object a participle cue tells the words of: "On Friday
    two farmers filed a lawsuit [claiming] the dam is unsafe"."""
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and cue.head.i < cue.i:
        cue = cue.head
    elif cue.pos_ != "NOUN":
        return None
    if cue.dep_ != "dobj" or cue.head.pos_ not in _VERBS:
        return None
    return cue.head if cue.head.lemma_.lower() in ISSUING_VERBS else None


def where_host(cue: Token) -> Token | None:
    """The verb of the event at whose place a cue's "where" clause was said: "Lee spoke at
    a rally in Ohio on Monday, where she [said] taxes would fall" (the parser hangs the
    clause on the last noun before it)."""
    if cue.dep_ != "relcl" or not any(c.lower_ == "where" and c.i < cue.i for c in cue.children):
        return None
    head = cue.head
    for _ in range(6):
        if head.pos_ in _VERBS:
            return head
        if head.dep_ not in _PLACE_PATH_DEPS:
            return None
        head = head.head
    return None


def accompanying_participle(cue: Token) -> Token | None:
    """A "while" or "when" participle after a cue, with no subject of its own, that tells
    what the speaker was doing as they spoke: "Lee [said] it, while addressing reporters on
    Monday", "Lee [said], "We will win", when asked about it on Monday". The parser may hang
    it on a quotation the cue reported, but after the closing quotation mark it is no part
    of the words. On a reported clause without quotation marks it may belong to the
    clause ("said the suspect lied when asked on Monday"), so that is none."""
    for verb in (cue, *(c for c in cue.rights if c.dep_ == "ccomp")):
        for clause in (c for c in verb.rights if c.dep_ == "advcl"):
            if not _participle_at_once(clause):
                continue
            if verb.i == cue.i or _after_closing_quote(clause):
                return clause
    return None


def later_conjunct_participle(cue: Token) -> Token | None:
    """The "while" or "when" participle after a quotation that a later conjunct of the cue,
    with no subject of its own, reported: it tells what the speaker was doing through the
    whole coordination ("Lee [cited] the law and said, "It is void", while addressing
    reporters on Monday"): the closing quotation mark ends what the conjuncts said. A date of
    that conjunct itself is its own ("denied it and on Tuesday said ...")."""
    for verb in cue.rights:
        if verb.dep_ != "conj" or verb.pos_ not in _VERBS or has_own_subject(verb):
            continue
        clause = accompanying_participle(verb)
        if clause is not None and _after_closing_quote(clause):
            return clause
    return None


def served_verb(clause: Token) -> Token | None:
    """The verb whose act a purpose clause states the aim of: "declared a drought [so] the
    state could release funds" (a modal after "so"), "shut the road [to let] crews work"
    (an infinitive). None for a clause of what followed ("it rained, so the game was
    called off") or any other clause."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in _VERBS or clause.head.i > clause.i:
        return None
    before = [c for c in clause.children if c.i < clause.i]
    aim = any(c.lower_ == "so" and c.dep_ in {"mark", "advmod"} for c in before) and any(
        c.dep_ == "aux" and c.lower_ in _AIM_MODALS for c in before
    )
    infinitive = clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in before)
    return clause.head if aim or infinitive else None


def _participle_at_once(clause: Token) -> bool:
    """A participle clause opened by "while" or "when", with no subject: "while visiting
    the site", "when asked about it" (but not "when she visited the site")."""
    if not (clause.tag_ == "VBG" or (clause.tag_ == "VBN" and clause.lemma_ == "ask")):
        return False
    if has_own_subject(clause):
        return False
    return any(
        c.lower_ in _AT_ONCE_WORDS and c.dep_ in {"mark", "advmod"} and c.i < clause.i
        for c in clause.children
    )


def _after_closing_quote(clause: Token) -> bool:
    """A clause that starts right after a closing quotation mark, maybe with a comma between:
    ""We will win," [while ...]"."""
    return _closing_quote_at(clause.doc, clause.left_edge.i - 1)


def _closing_quote_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a closing quotation mark or a comma right after one, with
    only commas between: the mark of '"We will win,"', the comma of '"We will win",'."""
    while i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].tag_ == "''"
