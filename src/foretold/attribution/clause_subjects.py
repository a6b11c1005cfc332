"""Objects that are the subject of a clause the parse broke off.

After a verb that takes a clause the parser can read the clause's subject as the verb's object
and hang the clause's verb elsewhere: on the cue as a clause of its own, on the object as a
relative or as a conjunct. In "The judge ruled the new rule violated the law" it made "rule"
the object of "ruled" and "violated" an adverbial clause. A tensed verb with no subject of its
own that opens right after the object goes on with it: the content is "[the new rule violated
the law]". The object's prepositional phrases and a relative clause between commas may stand
between them, wherever the parse hung them: "warned [the storm in the Gulf, which formed last
week, could hit the coast]", and so may a bare phrase of time ("said [the talks Monday were
a failure]"), an infinitive aside between commas ("suggested [arson, perhaps to claim the
insurance, is the main theory]") or an aside in brackets ("noted [wells below the dam (it is
60 m high) can flood]"). A verb after a comma or a conjunction is the cue's own ("praised
the team, thanked the fans"), and so is one after an object with a conjunction in it, which
the parse may have hung inside the object ("announced support from mothers who lost sons and
said ..."); a past form with a "by" agent and no "be" describes the noun ("found the field
turned white by frost").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.marks import bracket_end
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.tensed_verbs import TENSE_TAGS, tensed

# A subject, or a conjunction that makes the verb the cue's own.
_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "cc", "preconj"})
# Words that can open a verb group before its verb: "[had] fled", "[was] [not] forcing".
_OPENER_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Marks the parse may hang at the end of the object that end the noun phrase.
_CLOSING_MARKS = frozenset({",", ";", ":", "--"})


def broken_clause_end(verb: Token, subject: Token) -> int | None:
    """The end (exclusive) of the clause whose subject the parse took for the verb's object,
    through the predicate it hung elsewhere: "ruled [the rule violated the law]"; None when
    the object opens no such clause, or ends in a conjunction that may join the verb to the
    cue ("denied the charges and counter-accused her")."""
    predicate = broken_predicate(verb, subject)
    return None if predicate is None else clause_end(predicate) + 1


def broken_predicate(verb: Token, subject: Token) -> Token | None:
    """The tensed verb with no subject of its own that opens right after the cue's object,
    past the object's prepositional phrases and relative clauses between commas, in the same
    sentence: "said the plan for the park, which the board backed, [would] cost more" gives
    "cost", wherever the parse hung it (but the cue itself, or a verb the cue hangs on, is
    none); None when the object is followed by no such verb."""
    if any(t.dep_ == "cc" for t in subject.subtree):
        return None
    doc = verb.doc
    start = predicate_opening(subject)
    if start >= subject.sent.end:
        return None
    first = doc[start]
    predicate = first.head if first.dep_ in _OPENER_DEPS else first
    if predicate.pos_ not in {"VERB", "AUX"} or predicate.left_edge.i != start:
        return None
    if predicate == verb or predicate in verb.ancestors:
        return None
    if not tensed(predicate) or any(_own_word(c, predicate) for c in predicate.children):
        return None
    return None if _bare_passive(predicate) else predicate


def _own_word(child: Token, predicate: Token) -> bool:
    """A subject of the predicate's own, or a conjunction before it that joins it to the cue
    ("and said ..."); a conjunction after it joins the predicate's own verbs ("is failing and
    losing ...")."""
    return child.dep_ in _OWN_DEPS and not (child.dep_ == "cc" and child.i > predicate.i)


def _bare_passive(predicate: Token) -> bool:
    """A past form with a "by" agent and no "be", which is a participle describing the noun
    before it, not its verb: "saw the field [turned] white by frost"."""
    children = list(predicate.children)
    return any(c.dep_ == "agent" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    )


def predicate_opening(subject: Token) -> int:
    """Where the words after a noun phrase go on, past its prepositional phrases and a
    relative clause between commas, however the parse hung them: in "the plan for the park,
    which the board backed, would cost more" they go on at "would"."""
    doc = subject.doc
    i = subject.right_edge.i + 1
    while i - 1 > subject.i and doc[i - 1].text in _CLOSING_MARKS:
        i -= 1  # "a weapon, which was found[;]" stops at the semicolon
    while i < subject.sent.end:
        token = doc[i]
        if _noun_phrase(token, i) or _bare_day(token, i):
            i = token.right_edge.i + 1
        elif token.text == "," and (relative := _comma_relative(doc, i)) is not None:
            i = relative
        elif token.text == "," and _relative_closes(doc, i):
            i += 1
        elif (after := _aside_after(doc, i)) is not None:
            i = after
        else:
            return i
    return i


def _aside_after(doc: Doc, i: int) -> int | None:
    """The index after asides between commas ("[, above all,]") or in brackets ("[(it is 60 m
    high)]") that open at token ``i``, or None."""
    if doc[i].text == ",":
        return _asides_end(doc, i)
    if doc[i].text == "(":
        return bracket_end(doc, i)
    return None


# Longest aside between commas skipped before a predicate: ", in particular,".
_ASIDE_LENGTH = 6


def _asides_end(doc: Doc, comma: int) -> int | None:
    """The index after one or more asides between commas that hold only an adverb or a
    prepositional phrase, closed by a comma: "claimed Iran[, above all, among others,] is
    ..." (None when the comma opens anything else)."""
    i = comma
    while doc[i].text == ",":
        close = next(
            (j for j in range(i + 1, min(i + 2 + _ASIDE_LENGTH, len(doc))) if doc[j].text == ","),
            None,
        )
        if close is None or close == i + 1 or not _aside(doc[i + 1 : close]):
            break
        i = close
    return i + 1 if i > comma else None


def _aside(words: Span) -> bool:
    """Words that are only an adverb or only a prepositional phrase with a noun phrase:
    "especially", "in particular", "among other parties", "like rising costs" (a participle
    that modifies the noun belongs to the noun phrase)."""
    first = words[0]
    if len(words) == 1:
        return first.pos_ == "ADV"
    return (
        first.pos_ == "ADP"
        and first.right_edge.i in {words[-1].i, words[-1].i + 1}  # or the closing comma
        and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in words)
    ) or _purpose_infinitive(words)


def _purpose_infinitive(words: Span) -> bool:
    """Words that are only an infinitive phrase, with a hedging adverb before it at most:
    "perhaps to win votes", "to be fair" (a verb with no tense of its own)."""
    i = 1 if words[0].pos_ == "ADV" and len(words) > 2 else 0
    to, verb = words[i], words[i + 1] if i + 1 < len(words) else None
    return (
        verb is not None
        and to.lower_ == "to"
        and to.tag_ == "TO"
        and verb.tag_ == "VB"
        and to.head == verb
        and verb.left_edge.i >= words[0].i
        and verb.right_edge.i == words[-1].i
        and not any(t.tag_ in TENSE_TAGS for t in words)
    )


def _noun_phrase(token: Token, i: int) -> bool:
    """A prepositional phrase that opens at ``i`` with a noun phrase for its object: "[in the
    Gulf]" (not "[by observing the area]", whose gerund may itself be misread)."""
    return (
        token.dep_ == "prep"
        and token.left_edge.i == i
        and any(c.dep_ == "pobj" for c in token.children)
    )


# Dependencies of a bare noun phrase of time: "Monday", "last week".
_TIME_DEPS = frozenset({"npadvmod", "tmod"})


def _bare_day(token: Token, i: int) -> bool:
    """A bare phrase of time that opens at ``i``, which the parse may hang on the cue: "warned
    the plan [Monday] would fail" ("the plan" is still the subject of "would fail")."""
    return token.dep_ in _TIME_DEPS and token.ent_type_ in DATE_ENTS and token.left_edge.i == i


def _comma_relative(doc: Doc, comma: int) -> int | None:
    """The index after a relative clause that opens after the comma at ``comma`` and closes
    with a comma of its own: ", [which formed last week]," (None when there is none)."""
    if comma + 1 >= len(doc):
        return None
    for clause in doc[comma + 1].ancestors:
        if clause.dep_ == "relcl" and clause.left_edge.i == comma + 1:
            after = clause.right_edge.i + 1
            return after + 1 if after < len(doc) and doc[after].text == "," else None
    return None


def _relative_closes(doc: Doc, comma: int) -> bool:
    """A comma that closes a relative clause opened by a comma, which the parse hung outside
    the clause: "a feature, which had not failed before[,] was ..."."""
    last = doc[comma - 1]
    for clause in [last, *last.ancestors]:
        if clause.dep_ == "relcl" and clause.right_edge.i == comma - 1:
            opening = clause.left_edge.i - 1
            return opening >= 0 and doc[opening].text == ","
    return False
