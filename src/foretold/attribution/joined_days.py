"""Reports joined in one act of saying share its day. A verb of saying conjoined after a dated
one, with the subject they share, tells more of the same occasion: "Lee said on Monday the
plant would close, and warned of more cuts" (the parser may hang the later verb on the
reported clause: "noted that the board [did not ratify] it, and [mentioned] an appeal"), as
does one paired with it by "not only ... but also" ("criticized it on Thursday, not only
implying ..., but also [recommending] ..."). And a verb of saying and the "by" participle that
tells how it was done are one act: "Lee underlined the call by saying "...""; either dates
the other. The day may be the verb's own or one a report carries over (``continued_days``).

The joined verb must be past, with no subject of its own ("and she warned" may be another
occasion), outside the dated report's words, and with no time, auxiliary ("and had warned")
or adverb of another time ("and later warned") on it: any of those may tell of another day,
and a wrong day is worse than none.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from foretold.attribution.continued_days import cue_verbs
from foretold.attribution.sentence_index import SentenceIndex
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.records import Statement

# Adverbs that set a verb apart in time from the one it is joined to: "and [later] warned".
_OTHER_TIME = frozenset(
    {
        "earlier", "previously", "later", "once", "again", "before", "formerly", "already",
        "then", "first", "since", "afterwards", "afterward", "subsequently", "now",
    }
)  # fmt: skip
# Tags of a past verb or participle, which a joined verb of the same act carries.
_JOINED_TAGS = frozenset({"VBD", "VBG"})
# Dependencies that lead from a joined verb up to the dated verb: its conjunct, or the
# reported clause the parser hung it on.
_CHAIN_DEPS = frozenset({"conj", "ccomp"})
_CHAIN_STEPS = 4


def joined_days(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """The statements, each undated one whose verb of saying is joined in one act to the verb
    of a dated report by the same speaker in its sentence given that report's day (see the
    module's note)."""
    sentence_index = SentenceIndex.of(doc)
    sentences = sentence_index.sentences
    numbers = [sentence_index.number(s.start) for s in statements]
    verbs: list[Token | None] = []
    for statement, number in zip(statements, numbers, strict=True):
        found = cue_verbs(sentences[number], statement.cue) if number >= 0 else []
        verbs.append(found[0] if len(found) == 1 else None)
    out = list(statements)
    for _ in range(2):  # a day so given passes on once more: "noted, and mentioned, and ..."
        dated: dict[tuple[int, str], list[tuple[Token, Statement]]] = {}
        for verb, number, other in zip(verbs, numbers, out, strict=True):
            if verb is not None and other.said_on is not None and other.speaker is not None:
                dated.setdefault((number, other.speaker), []).append((verb, other))
        changed = False
        for index, statement in enumerate(out):
            verb = verbs[index]
            if statement.said_on is not None or statement.speaker is None or verb is None:
                continue
            days = {
                other.said_on
                for dated_verb, other in dated.get((numbers[index], statement.speaker), [])
                if dated_verb.i != verb.i
                and (joined := _joined(verb, dated_verb, other)) is not None
                and _free(verb, statement, conjunct=joined)
            }
            if len(days) == 1:
                out[index] = replace(statement, said_on=days.pop())
                changed = True
        if not changed:
            break
    return out


def _joined(verb: Token, dated: Token, report: Statement) -> bool | None:
    """How the verb is joined to the dated verb of ``report``: as a later conjunct outside its
    words ("noted X, and [mentioned] Y"), True; as its "by" participle or the verb of one
    ("underlined it [by saying]"), False; None when it is not."""
    if _by_participle(verb, dated) or _by_participle(dated, verb):
        return False
    if verb.dep_ != "conj" or verb.i < dated.i or report.start <= verb.idx < report.end:
        return None
    head = verb
    for _ in range(_CHAIN_STEPS):
        if head.dep_ not in _CHAIN_DEPS or head.head is head:
            return None
        head = head.head
        if head.i == dated.i:
            return True
    return None


def _by_participle(participle: Token, verb: Token) -> bool:
    """A participle after "by" on the verb: "underlined the call [by saying]"."""
    by = participle.head
    return (
        participle.dep_ == "pcomp"
        and participle.tag_ == "VBG"
        and by.lower_ == "by"
        and by.head.i == verb.i
    )


def _free(verb: Token, statement: Statement, *, conjunct: bool) -> bool:
    """A past verb or participle with nothing on it, outside the statement's words, that may
    tell of another occasion: no auxiliary, time or adverb of another time, and for a
    conjunct no subject of its own ("and she warned")."""
    if verb.tag_ not in _JOINED_TAGS:
        return False
    for child in verb.children:
        if statement.start <= child.idx < statement.end:
            continue  # part of the words
        if child.dep_ in {"aux", "auxpass"} or (conjunct and child.dep_ in {"nsubj", "nsubjpass"}):
            return False
        if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in _OTHER_TIME:
            return False
        if any(t.ent_type_ in DATE_ENTS for t in child.subtree):
            return False
    return True
