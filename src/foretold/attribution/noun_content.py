"""The content of cue nouns and stance adjectives, read from the dependency parse.

- a clause after the noun: "his claim [that ...]", "her decision [to ...]", "his view is [that
  ...]" (also when the parser hung the "that" on a condition inside: "the fear is [that if X,
  Y]"), "the question is [whether ...]" (not a participle that describes the noun: "the
  opinion, released on Wednesday", "the plan following the vote"), up to the ", to" that goes
  on with a "from ... to ..." range; what a participle of saying reports: "a statement saying
  [it was over]" (a quotation it opens is the participle's: 'a statement saying, "Q"'); a
  clause with no gap the parser took for a relative clause ("allegations [he lied]"), and a
  clause after a colon that closes a noun of speech ("a message: [he must stop]");
- the object of the noun's own preposition: "concerns [about X]", or of one right after it
  that the parser hung on a noun measuring it ("months of criticism [over X]"), and the "with"
  phrase of a noun of discontent, which names what the discontent is about ("frustration
  [with the delays]", "her disagreement [with the ruling]"), but a "to"
  phrase after a noun of speech names the listener ("comments to reporters"), and an "on"
  phrase of a day or a broadcast names when or where it was said ("a message on Facebook");
  the object stops before an "and" and a participle that goes on with the participle whose
  object the noun is ("raising the question of [X] and prompting a review");
- what a noun of asking or claiming is said to include: "the strikers' demands include [a
  raise and shorter shifts]";
- a cue noun the parser made the sentence root keeps its clause apart from the sentence verb
  hung inside it ("the claim [that X lied] touched off a debate");
- stance adjectives: "confident [that ...]", "eager [to ...]", "worried [about X]".
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end, day_or_broadcast
from foretold.attribution.cues import (
    CUE_ADJECTIVE_PREPS,
    CUE_NOUN_PREPS,
    PLAIN_SPEAKING_ADJECTIVES,
    word_set,
)
from foretold.attribution.ranges import Range, finish, subtree_range
from foretold.attribution.reporting_objects import (
    participle_report_end,
    participle_report_start,
    saying_participle,
    stance_object,
    stance_past_medium,
)
from foretold.attribution.speaking_things import SENT_DOCUMENTS


def noun_content(noun: Token) -> list[Range]:
    """ "his claim [that ...]", "her decision [to ...]", "concerns [about X]", "his view is
    [that ...]", "the question is [whether ...]"."""
    if colon := colon_clause(noun):
        return colon
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        for child in _predicate_clauses(head):
            if (
                any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
                or _question_clause(child)
                or _opening_that(child)
            ):
                return finish(noun.doc, [(child.left_edge.i, clause_end(child) + 1)], noun.i)
    if listed := _included_items(noun):
        return listed
    for child in noun.rights:  # a clause wins over a phrase before it ("case to X that ...")
        if child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ in {"VERB", "AUX"}:
            if _describing_participle(child):
                continue
            if child.dep_ == "relcl" and not (
                any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
                or _gapless_clause(child)
            ):
                continue
            start, end = subtree_range(child)
            if saying_participle(child):
                start = participle_report_start(child)  # "a statement saying [it was over]"
                end = max(end, participle_report_end(child))
                if noun.doc[start].is_quote:
                    continue  # 'a statement saying, "Q"': the participle quotes
            elif noun.lemma_.lower() in SENT_DOCUMENTS and (
                (stance := stance_object(child)) is not None
            ):
                start = stance.left_edge.i  # "a message blaming [Iran for the attacks]"
            end = _range_cut(noun, start, _main_verb_cut(noun, child, end))
            return finish(noun.doc, [(start, end)], noun.i)
    for child in [*noun.rights, *_measure_phrases(noun)]:
        if child.dep_ == "prep" and _topic_preposition(noun, child) and not _listener(child):
            if (stance := _document_stance(noun, child)) is not None:
                return finish(noun.doc, [stance], noun.i)  # "a message on X blaming [Y]"
            if day_or_broadcast(child):
                continue  # "a message [on Facebook]": where it went out, not what about
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                start, end = subtree_range(objects[0])
                end = _parallel_participle_cut(noun, start, end)
                return finish(noun.doc, [(start, end)], noun.i)
    return []


def _parallel_participle_cut(noun: Token, start: int, end: int) -> int:
    """The end (exclusive) of a cue noun's phrase object before an "and" and a participle
    that the parser joined to a verb inside the object, when the noun is the object of a
    participle: the second participle goes on with the first, "raising the question of [what
    counts as fraud] and prompting a review" (not "the question of [who is hiring and
    training staff]", where the participles share a subject)."""
    if noun.dep_ != "dobj" or noun.head.tag_ != "VBG":
        return end
    doc = noun.doc
    for token in doc[start + 1 : end]:
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBG"
            and token.head.tag_ in {"VBZ", "VBD", "VBP"}
            and doc[token.i - 1].dep_ == "cc"
            and not any(c.dep_ in {"nsubj", "aux"} for c in token.children)
        ):
            return token.i - 1
    return end


def _document_stance(noun: Token, prep: Token) -> Range | None:
    """The object of a participle of stance the parser hung on the site a document went out
    on, past the document's preposition: "a message on Twitter blaming [Iran for the
    attacks]"; None otherwise."""
    if noun.lemma_.lower() not in SENT_DOCUMENTS:
        return None
    stance = stance_past_medium(noun)
    if stance is None or stance.head.head != prep:
        return None
    found = stance_object(stance)
    return None if found is None else (found.left_edge.i, stance.right_edge.i + 1)


def _topic_preposition(noun: Token, prep: Token) -> bool:
    """Whether ``prep`` opens the phrase naming what a cue noun is about: "concerns [about
    X]", and "with" after a noun of discontent ("frustration [with the delays]": the delays
    are what frustrates; "a plan with partners" names no topic)."""
    if prep.lower_ in CUE_NOUN_PREPS:
        return True
    return prep.lower_ == "with" and noun.lower_ in _DISCONTENT_NOUNS


# Cue nouns of discontent, whose "with" phrase names what the discontent is about.
_DISCONTENT_NOUNS = word_set("frustration disagreement concern concerns")


# Nouns of asking or claiming whose items "include" lists: "their demands include a raise".
_LISTED_NOUNS = word_set(
    """
    demand demands request requests claim claims proposal proposals recommendation
    recommendations complaint complaints allegation allegations accusation accusations
    grievances
    """
)


def _included_items(noun: Token) -> list[Range]:
    """The object of "include" after a noun of asking or claiming as its subject: what was
    asked or claimed ("the strikers' demands include [a raise and shorter shifts]")."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_ != "include" or noun.lower_ not in _LISTED_NOUNS:
        return []
    items = next((c for c in head.rights if c.dep_ == "dobj"), None)
    if items is None:
        return []
    return finish(noun.doc, [subtree_range(items)], noun.i)


# Participles that open a phrase of time, not a clause: "the plan following the vote".
_TIME_PARTICIPLES = frozenset({"following", "preceding"})
# Participles that open a phrase of the means words went by: "comments using an app".
_MEANS_PARTICIPLES = frozenset({"using"})
# Participles after a cue noun that open a phrase describing it, not its content.
_DESCRIBING_PARTICIPLES = _TIME_PARTICIPLES | _MEANS_PARTICIPLES


def _describing_participle(clause: Token) -> bool:
    """A participle after a cue noun that describes the noun rather than stating its content:
    "the opinion, [released on Wednesday]", "claims [made by the firm]", "a plan [following
    the vote]", "comments [using an app]" (but "reports [that it failed]", "her decision [to
    run]")."""
    if clause.dep_ != "acl" or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in clause.children
    ):
        return False
    return clause.tag_ == "VBN" or clause.lower_ in _DESCRIBING_PARTICIPLES


def _predicate_clauses(copula: Token) -> list[Token]:
    """The clauses after "be" that can state what its subject noun holds, also one the parse
    hung on an adverb between them: "the question isn't so much [whether ...]"."""
    clauses = []
    for child in copula.rights:
        if child.dep_ == "ccomp":
            clauses.append(child)
        elif child.dep_ == "advmod":
            clauses.extend(c for c in child.rights if c.dep_ == "ccomp")
    return clauses


# Words that open a clause putting a question: "the question is [whether ...]".
QUESTION_WORDS = frozenset({"whether", "if", "how", "why"})


def _question_clause(clause: Token) -> bool:
    """Whether a clause puts a question, opening with "whether", "if", "how" or "why": "the
    question is [whether he can win]" (not "the plan is [what they wanted]")."""
    return clause.doc[clause.left_edge.i].lower_ in QUESTION_WORDS


def _opening_that(clause: Token) -> bool:
    """Whether a clause after "be" opens with a "that" the parser hung on a clause inside it,
    as it does before a fronted condition: "the fear is [that if talks fail, prices will
    rise]" ("that" marks "fail", which hangs on "rise")."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" and first.head != clause


def _range_cut(noun: Token, start: int, end: int) -> int:
    """The end (exclusive) of the content of a cue noun that opens a "from ... to ..." range,
    before the ", to" that goes on with the range: "from his plan [to cut taxes], to his
    feud with the press"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return end
    doc = noun.doc
    for token in doc[start + 1 : end - 1]:
        if token.text == "," and doc[token.i + 1].lower_ == "to" and doc[token.i + 1].pos_ == "ADP":
            return token.i
    return end


def _measure_phrases(noun: Token) -> list[Token]:
    """The phrases right after a cue noun that the parser hung on the noun measuring it through
    "of": "after months of criticism [over the deal]"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return []
    after = noun.right_edge.i + 1
    return [c for c in noun.head.head.rights if c.left_edge.i == after]


# Nouns of things said or sent to someone, whose "to" phrase names the listener: "comments
# to reporters", "a plea to voters", "a report to Congress".
_ADDRESSED_NOUNS = frozenset(
    {
        "comment", "comments", "remark", "remarks", "statement", "message", "words",
        "testimony", "appeal", "plea", "complaint", "complaints", "warning", "warnings",
        "promise", "promises", "assurance", "assurances", "explanation", "advice", "account",
        "report", "reports",
    }
)  # fmt: skip


def _listener(prep: Token) -> bool:
    """A "to" phrase after a noun of something said, which names the listener rather than
    the content: "made comments [to co-workers]", "her plea [to voters]"."""
    return prep.lower_ == "to" and prep.head.lower_ in _ADDRESSED_NOUNS


_MAIN_VERB_DEPS = frozenset({"acl", "compound", "amod", "appos", "dep", "nmod"})


def _main_verb_cut(noun: Token, clause: Token, end: int) -> int:
    """The end (exclusive) of the clause after a cue noun that the parser made the root of
    its sentence, before the sentence's own verb, which the parser hung inside the clause:
    "Lee's claim [that the plan was a sham] touched off a debate" (a finite verb with no
    subject, a participle with an object, or a past form with its phrase to the sentence's
    end, hung on a noun: "His decision [to run again] led to tensions.")."""
    if noun.dep_ != "ROOT":
        return end
    doc = noun.doc
    for token in doc[clause.i + 1 : end]:
        if token.dep_ not in _MAIN_VERB_DEPS or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children
        ):
            continue
        if (
            token.tag_ in {"VBZ", "VBD", "VBP"}
            or (token.tag_ == "VBN" and any(c.dep_ in {"dobj", "prt"} for c in token.children))
            or _past_form_verb(token)
        ):
            auxiliaries = [c.i for c in token.lefts if c.dep_ in {"aux", "neg", "advmod"}]
            return min([token.i, *auxiliaries])
    return end


def _past_form_verb(token: Token) -> bool:
    """A participle the parser hung on a noun that is the sentence's own verb in the past
    tense, with a phrase that goes on to the sentence's end: "His decision to run for a third
    term [led] to tensions." (a form the past tense shares: "led", "drew"; not a passive with
    its "by" agent: "a seat held by the party")."""
    if token.tag_ != "VBN" or token.dep_ != "acl" or token.text.lower() != token.text:
        return False
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in token.children):
        return False
    last = token.sent[-1]
    return token.right_edge.i >= last.i - 1 and any(c.dep_ == "prep" for c in token.rights)


# Nouns of something said that a colon can introduce: "sent him a message: [...]".
_COLON_NOUNS = frozenset(
    {"message", "question", "questions", "warning", "warnings", "statement", "plea", "promise"}
)


def colon_clause(noun: Token) -> list[Range]:
    """The clause after a colon that closes a phrase headed by a noun of something said:
    "they sent him a clear message: [he must stop]", "it raises a question about him: [how
    would he govern?]"."""
    doc = noun.doc
    colon = noun.right_edge.i + 1
    if noun.lower_ not in _COLON_NOUNS or colon >= len(doc) - 1 or doc[colon].text != ":":
        return []
    end = doc[colon].sent.end
    if not any(t.dep_ == "nsubj" and colon < t.head.i < end for t in doc[colon + 1 : end]):
        return []
    return finish(doc, [(colon + 1, end)], noun.i)


def _gapless_clause(verb: Token) -> bool:
    """A clause the parser took for a relative clause of a cue noun, but with no gap the noun
    could fill (no relative word, its own subject and object), so it is what the noun says:
    "allegations [he cheated his partners]" (but not "the claims [he made]")."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.left_edge.i == verb.left_edge.i
        and subject.tag_ not in {"WDT", "WP", "WP$"}
        and any(c.dep_ in {"dobj", "ccomp", "attr", "acomp"} and c.i > verb.i for c in children)
        and not any(c.dep_ == "prep" and not list(c.children) for c in children)
    )


def adjective_content(adjective: Token) -> list[Range]:
    """ "confident [that ...]", "eager [to ...]", "worried [about X]", and a stance with its
    cause in a "by" phrase: "outraged by [the raids]", "delighted by [the result]"."""
    for child in adjective.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            span = (child.left_edge.i, clause_end(child) + 1)
            return finish(adjective.doc, [span], adjective.i)
        if child.lower_ == "with" and adjective.lower_ in PLAIN_SPEAKING_ADJECTIVES:
            continue  # "honest with [voters]" names who heard it
        if (child.dep_ == "prep" and child.lower_ in CUE_ADJECTIVE_PREPS) or child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return finish(adjective.doc, [subtree_range(objects[0])], adjective.i)
    if (clause := _copula_clause(adjective)) is not None:
        return finish(adjective.doc, [(clause.left_edge.i, clause_end(clause) + 1)], adjective.i)
    return []


def _copula_clause(adjective: Token) -> Token | None:
    """A "that" clause right after a stance adjective that the parser hung on the copula
    before it ("She is nervous [that the board will rule]", with "rule" under "is"), or
    None."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or copula.lemma_ != "be":
        return None
    clause = next((c for c in copula.rights if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if clause is None or clause.left_edge.i != adjective.right_edge.i + 1:
        return None
    return clause if clause.left_edge.lower_ == "that" else None
