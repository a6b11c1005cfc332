"""Is this clause a forecast? Future and modal cues against past facts, plans and promises.

Each candidate is the head of a predicted clause ("Putin would carry through ...") with the
chain of verbs and adjectives that govern it ("Many analysts doubt that ..."). A clause counts
when it carries a cue of its own (a modal, "going to", an estimative adverb, a stated chance)
or sits under a verb or adjective of expectation ("expected to", "likely to"). Clauses are
dropped when they are questions (any clause of a written sentence ending in "?", and "unclear
how ..."), conditions, counterfactuals, relative clauses, embedded under verbs of decision or
promise ("announced that it would ..."), expectations held in the past ("had hypothesized"),
estimates of the present with no future reference ("it is likely that females have ..."),
habitual or generic statements ("in some cases they will ..."), contents of rules ("the measure
would apply to ..."), or present-tense speculation ("this might be his bottom line"). A
speaker's own plans in the future tense are intentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from foretold.forecasts.lexicon import cue
from foretold.forecasts.probability import Level, Reading, compose, stated_probability
from foretold.records import ForecastKind

_MODAL_FORMS = {"wo": "will", "'ll": "will", "ll": "will", "ca": "can", "'d": "would", "d": "would"}
# Verbs of expectation whose complement is a prediction even without a modal.
_EXPECTATION_VERBS = frozenset(
    {
        "expect",
        "predict",
        "forecast",
        "anticipate",
        "foresee",
        "envision",
        "envisage",
        "project",
        "doubt",
    }
)
_ADJECTIVES = frozenset(
    {
        "likely",
        "unlikely",
        "certain",
        "sure",
        "bound",
        "poised",
        "set",
        "ready",
        "willing",
        "confident",
        "probable",
    }
)
# Adjectives that rate how likely an event is when predicated of it ("could be inevitable").
_EVENT_ADJECTIVES = frozenset(
    {"likely", "unlikely", "probable", "improbable", "certain", "inevitable"}
)
_NO_MODAL_ADJECTIVES = frozenset(
    {"likely", "unlikely", "certain", "sure", "bound", "poised", "probable"}
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "claim",
        "add",
        "note",
        "argue",
        "explain",
        "insist",
        "write",
        "tweet",
        "report",
        "warn",
        "predict",
        "believe",
        "think",
        "expect",
        "doubt",
        "fear",
        "estimate",
        "suggest",
        "indicate",
        "mention",
        "stress",
        "comment",
        "respond",
        "reply",
        "concede",
        "admit",
        "caution",
        "acknowledge",
        "forecast",
        "project",
        "envision",
        "anticipate",
        "contend",
        "maintain",
        "assert",
        "reckon",
        "suspect",
        "worry",
        "speculate",
        "voice",
        "speak",
    }
)
_DECISION_VERBS = frozenset(
    {
        "announce",
        "vow",
        "pledge",
        "promise",
        "plan",
        "intend",
        "decide",
        "agree",
        "confirm",
        "commit",
        "threaten",
        "schedule",
        "want",
        "hope",
        "aim",
        "seek",
        "refuse",
        "ask",
        "call",
        "demand",
        "urge",
        "order",
        "propose",
        "offer",
        "require",
        "wish",
        "prefer",
        "guarantee",
        "assure",
        "swear",
        "undertake",
        "mean",
    }
)
# Verbs whose subject does not choose the outcome: "it will face competition" is a prediction.
_UNWILLED = frozenset(
    {
        "face",
        "need",
        "become",
        "remain",
        "continue",
        "suffer",
        "struggle",
        "rise",
        "fall",
        "grow",
        "decline",
        "increase",
        "drop",
        "reach",
        "help",
        "cost",
        "happen",
        "lead",
        "result",
        "mean",
        "see",
        "prove",
        "hurt",
        "collapse",
        "fail",
        "succeed",
        "win",
        "survive",
        "worsen",
        "improve",
        "recover",
        "slow",
        "run",
        "end",
        "last",
    }
)
_AGENT_NOUNS = frozenset(
    {
        "government",
        "company",
        "firm",
        "administration",
        "ministry",
        "department",
        "agency",
        "president",
        "minister",
        "board",
        "council",
        "parliament",
        "congress",
        "senate",
        "house",
        "court",
        "airline",
        "bank",
        "automaker",
        "carmaker",
        "union",
        "manufacturer",
        "group",
        "team",
        "party",
        "state",
        "city",
        "police",
        "army",
        "military",
        "school",
        "university",
        "hospital",
        "plant",
        "factory",
        "exchange",
        "exchanges",
        "consortium",
        "management",
    }
)
_KNOWN_VERBS = _EXPECTATION_VERBS | SPEECH_VERBS | _DECISION_VERBS
# Nouns of arrangement: "according to the schedule, ... could be affected" reports a plan.
_PLAN_NOUNS = frozenset(
    {"schedule", "plan", "timetable", "agenda", "programme", "program", "proposal", "roadmap"}
)
_CONTENT_VERBS = frozenset({"involve", "include", "consist", "comprise", "contain", "entail"})
# Rules and measures, whom they cover and what they oblige: the content of a decision.
_RULE_NOUNS = frozenset(
    {
        "project",
        "scheme",
        "deal",
        "package",
        "measure",
        "rule",
        "law",
        "policy",
        "regulation",
        "requirement",
        "ban",
        "restriction",
        "mandate",
        "legislation",
        "bill",
        "guidance",
        "guideline",
        "directive",
    }
)
_SCOPE_VERBS = frozenset(
    {"apply", "cover", "require", "exempt", "allow", "permit", "prohibit", "ban", "oblige"}
)
_DEONTIC_WORDS = frozenset(
    {
        "condition",
        "requirement",
        "obligation",
        "offence",
        "offense",
        "mandatory",
        "compulsory",
        "obligatory",
        "illegal",
        "optional",
        "voluntary",
        "prohibited",
        "banned",
    }
)
# Nouns of purpose: "the purpose of X would be to stop Y" states an aim, not a prediction.
_PURPOSE_NOUNS = frozenset({"purpose", "aim", "goal", "point", "intention", "objective", "idea"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "prof"})
_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_FIRST_PERSON = frozenset({"i", "we"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_CONDITION_MARKS = frozenset(
    {
        "so",
        "if",
        "whether",
        "unless",
        "when",
        "once",
        "until",
        "because",
        "as",
        "while",
        "before",
        "after",
        "since",
        "though",
        "although",
    }
)
# Two quotations run together: '... industry," "This opportunity ...'.
QUOTE_BREAK = re.compile(r'[,.!?]?["”]\s+["“]')
_EITHER_OR = re.compile(r"\b[Ee]ither\s+(?P<x>[^,;:]+?),?\s+or\s+(?P<y>[^,;:.!?\"”]+)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One predicted clause in a sentence, with what makes it a forecast."""

    sent: Span
    target: Token
    chain: tuple[Token, ...]
    reading: Reading
    kind: ForecastKind
    stated: bool = False
    clause_text: str | None = None
    condition: str | None = None


def verb_lemma(token: Token) -> str:
    """The token's lemma, repaired from its form when the lemmatiser misses a known verb
    ("hoping" -> "hop" is read back as "hope")."""
    lemma = token.lemma_.lower()
    if lemma in _KNOWN_VERBS or token.pos_ not in {"VERB", "AUX"}:
        return lemma
    form = token.lower_
    stems = []
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("s", "")):
        if form.endswith(suffix):
            stems.append(form[: -len(suffix)] + repl)
    return next((stem for stem in stems if stem in _KNOWN_VERBS), lemma)


def subject_of(verb: Token) -> Token | None:
    """The subject of a clause head (the nearest before it); for "expected X to happen", X."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    before = [c for c in subjects if c.i < verb.i]
    if before or subjects:
        return (before or subjects)[-1]
    for child in verb.children:
        if child.dep_ == "expl":
            return child
    if verb.dep_ == "conj":
        # "US troops had defeated ISIS and Turkey would be moving": a subject parsed as the
        # conjunct of an object stands right before the verb's auxiliaries
        first = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}], default=verb.i)
        before = verb.doc[first - 1] if first > verb.sent.start else None
        if (
            before is not None
            and before.dep_ == "conj"
            and before.pos_ in {"PROPN", "NOUN", "PRON"}
            and before.head.dep_ in {"dobj", "pobj"}
        ):
            return before
    if verb.dep_ in {"xcomp", "conj"} and verb.head is not verb:
        head = verb.head
        if verb.dep_ == "xcomp":
            for child in head.children:
                if child.dep_ in {"dobj"} and child.i < verb.i:
                    return child
        return subject_of(head)
    return None


def _has_date(token: Token) -> bool:
    return any(t.ent_type_ == "DATE" for t in token.subtree)


def _negated(token: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ == "advmod") for c in token.children
    )


def _own_words(token: Token) -> list[str]:
    words: list[str] = []
    children = list(token.children)
    for i, child in enumerate(children):
        form = _MODAL_FORMS.get(child.lower_, child.lower_)
        if child.tag_ == "MD" and child.dep_ in {"aux", "auxpass"}:
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ == "well" and cue(f"{form} well"):
                words.append(f"{form} well")
            elif cue(form):
                words.append(form)
        elif (
            child.dep_ == "advmod"
            and (c := cue(child.lower_))
            and c.kind in {"adverb", "adjective"}
        ):
            words.append(child.lower_)
        elif (
            child.dep_ == "acomp"
            and child.lemma_.lower() in _EVENT_ADJECTIVES
            and token.lemma_ == "be"
            and not any(g.dep_ in {"xcomp", "ccomp"} for g in child.children)
        ):
            words.append(child.lemma_.lower())  # "could be inevitable", "are likely as near as"
        del i
    if (
        token.dep_ == "xcomp"
        and token.head.lower_ == "going"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.head.children)
    ):
        words.append("going to")
    return words


def _level_of(head: Token) -> tuple[Level | None, str]:
    """Cue words carried by a governing verb or adjective, and what role it plays."""
    lemma = verb_lemma(head)
    words: list[str] = []
    role = "other"
    if lemma in _DECISION_VERBS and head.pos_ == "VERB":
        return None, "decision"
    if lemma in _EXPECTATION_VERBS or (cue(lemma) and cue(lemma).kind == "verb"):  # type: ignore[union-attr]
        words.append(lemma)
        role = "expectation" if lemma in _EXPECTATION_VERBS else "belief"
    elif lemma in _ADJECTIVES:
        words.append(lemma)
        role = "adjective-strong" if lemma in _NO_MODAL_ADJECTIVES else "adjective"
    elif lemma == "see" and _negated(head) and any(c.lower_ == "how" for c in head.subtree):
        return Level(("not see how",)), "expectation"
    if lemma in SPEECH_VERBS and role == "other":
        role = "speech"
    for child in head.children:
        if child.dep_ in {"acomp", "attr"} and child.lemma_.lower() in _ADJECTIVES:
            words.append(child.lemma_.lower())
            role = (
                "adjective-strong" if child.lemma_.lower() in _NO_MODAL_ADJECTIVES else "adjective"
            )
            if _negated(child):
                return Level(tuple(words), True), role
        elif child.dep_ == "advmod" and (c := cue(child.lower_)) and c.kind == "adverb":
            words.append(child.lower_)
    if not words:
        return None, role
    return Level(tuple(words), _negated(head)), role


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("\"'”’)").endswith("?")


# The end of a written sentence: a stop before a space, a closing mark or the end; or a blank
# line. spaCy's sentences may run past a question mark or across paragraphs.
_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)\]]*(?:\s|$))|\n\s*\n")


def _in_question(token: Token) -> bool:
    """Whether the written sentence holding the clause ends with a question mark: every clause
    of "what might be the causes ..., and are there ...?" is part of a question."""
    match = _SENTENCE_END.search(token.doc.text, token.idx)
    return match is not None and match.group() == "?"


def _is_counterfactual(token: Token) -> bool:
    """ "would have become": a modal before a perfect infinitive speaks of the past."""
    return any(c.tag_ == "MD" for c in token.children) and any(
        c.lemma_ == "have" and c.dep_ == "aux" and c.tag_ == "VB" for c in token.children
    )


def _future_progressive(token: Token) -> bool:
    """ "will be carrying": the plain future progressive reports an arrangement."""
    return token.tag_ == "VBG" and any(c.lower_ == "be" and c.dep_ == "aux" for c in token.children)


def _evaluative(token: Token) -> bool:
    """ "it would be irresponsible to ...": an evaluation, not a prediction."""
    return (
        token.lemma_ == "be"
        and any(c.dep_ == "expl" or c.lower_ == "it" and c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ in {"acomp", "attr"} for c in token.children)
        and (any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in token.children))
    )


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
_FUTURE_WORDS = frozenset(
    {"next", "coming", "future", "soon", "later", "tomorrow", "eventually", "upcoming"}
)


def _future_oriented(token: Token, own: list[str], chain: list[Token]) -> bool:
    """Whether the clause looks ahead: a modal or "going to" of its own, a non-finite verb
    under "expected to" or "likely to", a future time expression, or "will" in a clause it
    holds ("as near as the public will ever have"). A finite present or past clause without
    these ("it is likely that females have higher mortality", "declines are likely higher")
    estimates how things are, not how they will be."""
    if any((c := cue(w)) is not None and c.kind in {"marker", "modal"} for w in own):
        return True
    if "going to" in own or "not bluffing" in own:
        return True
    finite = token.tag_ in _FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in token.children
    )
    if not finite or _expects([h for h in chain if h.i < token.i]):
        return True  # "outlets have projected Biden won": a projection of an unsettled count
    return any(
        t.lower_ in _FUTURE_WORDS or (t.tag_ == "MD" and cue(_MODAL_FORMS.get(t.lower_, t.lower_)))
        for t in _own_clause(token)
    )


def _own_clause(token: Token) -> list[Token]:
    """The clause's tokens, without the clauses it governs by coordination or complementation
    (they are candidates of their own)."""
    found = [token]
    stack = list(token.children)
    while stack:
        t = stack.pop()
        if t.dep_ in {"ccomp", "conj", "parataxis", "csubj"} and t.pos_ in {"VERB", "AUX"}:
            continue
        found.append(t)
        stack.extend(t.children)
    return found


# Adverbs of frequency and mechanism: "will even attack ... in some cases", "will
# automatically update" describe what happens again and again, not one coming event.
_HABITUAL_ADVERBS = frozenset(
    {
        "sometimes",
        "often",
        "usually",
        "always",
        "typically",
        "generally",
        "normally",
        "occasionally",
        "frequently",
        "routinely",
        "commonly",
        "automatically",
        "repeatedly",
        "regularly",
    }
)
_SOME_CASES = frozenset({"case", "instance", "occasion"})
_GENERIC_MARKS = frozenset({"as", "when", "whenever", "if", "once", "while"})


def _habitual(token: Token) -> bool:
    """Whether the clause tells what happens as a rule: a frequency adverb ("usually"), "in
    some cases", or a condition on a generic "you" ("as you use your system")."""
    heads = [token]
    while heads[-1].dep_ == "conj" and heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "advmod" and child.lower_ in _HABITUAL_ADVERBS:
                return True
            if child.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _SOME_CASES for g in child.children
            ):
                return True
    return any(
        t.dep_ == "advcl"
        and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children)
        and any(c.dep_ == "mark" and c.lower_ in _GENERIC_MARKS for c in t.children)
        for t in token.subtree
    )


def _generic_subject(token: Token, own: list[str]) -> bool:
    """ "an impeachment trial may lay down ...": what any member of a kind may or can do (an
    indefinite subject right before a bare "may" or "can") is generic."""
    modal = next(
        (c for c in token.children if c.tag_ == "MD" and c.lower_ in {"may", "can", "ca"}),
        None,
    )
    if modal is None or not own or any(w not in {"may", "can"} for w in own):
        return False
    i = modal.i - 1
    while i >= token.sent.start and token.doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}:
        i -= 1
    return i < modal.i - 1 and i >= token.sent.start and token.doc[i].lower_ in {"a", "an"}


def _present_speculation(token: Token, words: list[str]) -> bool:
    if not words or any(w not in {"may", "might", "could"} for w in words) or _has_date(token):
        return False
    if any(c.lower_ in {"now", "currently", "already"} for c in token.children):
        return True
    if token.lemma_ == "be" and token.dep_ != "aux":
        return any(
            c.dep_ in {"attr", "acomp"} and c.lemma_.lower() not in _EVENT_ADJECTIVES
            for c in token.children
        )
    return token.lemma_ == "have" and token.pos_ == "VERB"


def _chain(token: Token) -> tuple[list[Token], bool]:
    """Governing verbs up to the clause root; False when the clause is embedded in a noun,
    a condition or an indirect question."""
    chain: list[Token] = []
    current = token
    # "because building the wall would divert funding": a reason clause asserts the
    # consequence it predicts; the other marks make a condition, a time or a concession
    predicted = any(
        c.tag_ == "MD"
        and cue(_MODAL_FORMS.get(c.lower_, c.lower_)) == cue("will")
        or c.lower_ in {"would", "'d"}
        for c in token.children
    )
    marks = _CONDITION_MARKS - {"because"} if predicted else _CONDITION_MARKS
    if any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
        return chain, False
    while current.dep_ != "ROOT" and current.head is not current:
        dep = current.dep_
        head = current.head
        if dep in {"relcl", "acl"} and _expects(chain) and not _about_people(current):
            if _past_expectation(current):
                return chain, False
            break  # "the shutoffs which were expected to last ...": the expectation is stated
        if dep in {"relcl", "acl", "appos", "pcomp", "pobj", "csubj", "amod", "nmod", "dobj"}:
            return chain, False
        if dep == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
                return chain, False
            break
        if dep not in {"ccomp", "xcomp", "conj", "parataxis", "acomp"}:
            break
        if head.pos_ in {"NOUN", "PROPN"}:
            return chain, False
        if dep == "ccomp" and _indirect_question(current):
            return chain, False
        if dep != "conj":
            if _past_perfect(head):
                return chain, False
            chain.append(head)
            if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in head.children):
                return chain, False
        current = head
    return chain, True


_WH_WORDS = frozenset({"why", "how", "what", "whether", "which", "who", "whom", "where", "when"})


# Predicates of knowing whose wh-complement is an open question ("unclear how ...").
_KNOWING = frozenset(
    {
        "know",
        "wonder",
        "ask",
        "understand",
        "determine",
        "question",
        "certain",
        "sure",
        "clear",
        "unclear",
        "unsure",
        "uncertain",
        "unknown",
        "known",
    }
)


def _indirect_question(clause: Token) -> bool:
    """ "not yet certain why females are ...", "not clear how many people will ...": a clause
    that opens with a question word under a predicate of knowing asks rather than tells."""
    first = min(clause.subtree, key=lambda t: t.i)
    if first.lower_ not in _WH_WORDS:
        return False
    head = clause.head
    words = {head.lemma_.lower()} | {
        c.lemma_.lower() for c in head.children if c.dep_ in {"acomp", "attr"}
    }
    return bool(words & _KNOWING)


def _past_perfect(verb: Token) -> bool:
    """ "had initially hypothesized the lava would cause ...": an expectation held before
    the events the article reports, not a forecast made now."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children) and (
        verb.tag_ == "VBN"
    )


def _past_expectation(verb: Token) -> bool:
    """ "There was no reason for us to expect that ...": an infinitive of expecting under a
    noun of a past-tense clause looks back at what could have been expected then."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    noun = verb.head
    clause = noun.head
    return clause.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in clause.children
    )


def _about_people(clause: Token) -> bool:
    """ "Biden and Putin, who are expected to speak ...": people's expected doings are plans."""
    return any(c.lower_ in {"who", "whom"} for c in clause.children)


def _expects(chain: list[Token]) -> bool:
    return any(
        verb_lemma(h) in _EXPECTATION_VERBS or h.lemma_.lower() in _NO_MODAL_ADJECTIVES
        for h in chain
    )


def _passive_without_agent(token: Token) -> bool:
    """ "the details will be kept confidential": an action whose doer is left unsaid."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children
    )


def _purpose_clause(token: Token) -> bool:
    """ "..., so he could be hospitalized": a purpose, not a prediction."""
    return any(
        c.lower_ == "so" and c.dep_ in {"advmod", "mark"} and c.i < token.i and c.i > c.sent.start
        for c in token.children
    ) or any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i > 0 and c.doc[c.i - 1].lower_ == "so"
        for c in token.children
    )


def _hypothetical_subject(sub: Token | None) -> bool:
    """ "such a power outage would cause ...": a kind of event, not a predicted one."""
    return sub is not None and any(
        c.lower_ == "such" and c.dep_ in {"predet", "det", "amod"} for c in sub.children
    )


def _stated_aim(token: Token, sub: Token | None) -> bool:
    """ "the purpose of X would be to stop Y": an aim, not a prediction."""
    return (
        token.lemma_ == "be"
        and sub is not None
        and sub.lemma_.lower() in _PURPOSE_NOUNS
        and any(c.dep_ in {"xcomp", "ccomp", "attr"} for c in token.children)
    )


def _plan_content(token: Token, sub: Token | None) -> bool:
    """ "the project would involve construction of ...", "the measure would apply to people
    using public trains", "it would be a condition of travel": what a plan or rule consists
    of, whom it covers and what it obliges are decided by whoever makes it."""
    if token.lemma_ == "be" and any(
        c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in _DEONTIC_WORDS for c in token.children
    ):
        return True
    return (
        sub is not None
        and sub.lemma_.lower() in _PLAN_NOUNS | _RULE_NOUNS
        and token.lemma_.lower() in _CONTENT_VERBS | _SCOPE_VERBS
    )


def according_to_plan(sent: Span) -> bool:
    """ "According to the company's schedule, ...": the sentence reports an arrangement."""
    for token in sent:
        if token.lower_ == "according" and token.i + 2 < len(token.doc):
            to = token.doc[token.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _PLAN_NOUNS:
                return True
    return False


def _narrator_plan(target: Token, sub: Token | None) -> bool:
    """A narrator's plain "X will do Y" about an actor's own action reports a plan or schedule."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in target.children):
        return True
    if target.lemma_.lower() in _UNWILLED:
        return False
    if sub is None:
        return True
    if sub.lower_ in _PRONOUNS or sub.ent_type_ in _ENTITY_TYPES:
        return True
    return sub.lemma_.lower() in _AGENT_NOUNS or any(
        t.ent_type_ in _ENTITY_TYPES for t in sub.subtree if t.dep_ in {"compound", "poss"}
    )


def _self_reference(sub: Token | None, chain: list[Token]) -> bool:
    """Whether the clause's subject is its speaker: "we", "he said he would", "GM said it
    would", "the firm stated that the company would"."""
    if sub is None:
        return False
    if sub.lower_ in _FIRST_PERSON:
        return True
    speaker = next(
        (
            s
            for v in chain
            if verb_lemma(v) in SPEECH_VERBS
            for s in v.children
            if s.dep_ == "nsubj"
        ),
        None,
    )
    if speaker is None:
        return False
    titled = speaker.i > 0 and speaker.doc[speaker.i - 1].lower_.rstrip(".") in _HONORIFICS
    organisation = (
        (speaker.ent_type_ in {"ORG", "NORP", "GPE"} and not titled)
        or speaker.lower_ in {"it", "they"}
        or (speaker.pos_ == "NOUN" and speaker.lemma_.lower() in _AGENT_NOUNS)
    )
    if sub.lower_ not in _PRONOUNS:
        # "GM stated that the company would ...": a definite common noun for an organisation
        return (
            organisation
            and sub.pos_ == "NOUN"
            and sub.lemma_.lower() in _AGENT_NOUNS
            and any(c.lower_ in {"the", "its", "their"} for c in sub.children)
        )
    if sub.lower_ in {"he", "she"}:
        return speaker.ent_type_ == "PERSON" or speaker.lower_ in {"he", "she"}
    return organisation


def find_candidates(sent: Span, attributed: bool | Callable[[Token], bool]) -> list[Candidate]:
    """The forecast (and intention) clauses of one sentence.

    ``attributed`` says whether someone other than the narrator speaks the clause (a quote,
    "X said", "according to X"), for the whole sentence or per clause head; the narrator's
    plain future about an actor's own action is taken as a reported plan, not a prediction.
    """
    if _is_question(sent) or not sent.text.strip() or according_to_plan(sent):
        return []
    spoken = attributed if callable(attributed) else (lambda _token: attributed)
    found: list[Candidate] = []
    taken: set[int] = set()
    either = _EITHER_OR.search(sent.text)
    if either and not any(
        t.pos_ in {"VERB", "AUX"}
        for t in sent
        if sent.start_char + either.start("x") <= t.idx < sent.start_char + either.end("x")
    ):
        either = None  # "from either Canadian or US governments": not two outcomes
    if either:
        y_start = sent.start_char + either.start("y")
        target = next((t for t in sent if t.idx >= y_start and t.pos_ in {"VERB", "AUX"}), None)
        if target is not None:
            found.append(
                Candidate(
                    sent,
                    target,
                    (),
                    Reading(cue("will").probability, ("either ... or",)),  # type: ignore[union-attr]
                    "forecast",
                    clause_text=either.group("y").strip(),
                    condition="unless " + either.group("x").strip(),
                )
            )
            taken.update(t.i for t in sent if t.idx >= sent.start_char + either.start())
    for token in sent:
        if token.i in taken or token.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
            continue
        if token.pos_ == "AUX" and token.dep_ in {"aux", "auxpass"}:
            continue
        own = _own_words(token)
        bluff = token.lemma_.lower() == "bluff" and (
            _negated(token) or any(c.lower_ == "longer" for c in token.subtree)
        )
        if bluff:
            own = ["not bluffing"]
        chain, free = _chain(token)
        if not free:
            continue
        levels = [Level(tuple(own), _negated(token) and not bluff)] if own else []
        triggered = bool(own)
        decision = False
        for head in chain:
            level, role = _level_of(head)
            if role == "decision":
                decision = True
                break
            if level is not None:
                levels.append(level)
                if role in {"expectation", "adjective-strong"} or (
                    role in {"belief", "adjective"} and own
                ):
                    triggered = True
        stated = stated_probability(sent.text) if _mentions_chance(token) else None
        if stated is not None:
            triggered = True
        if not triggered or decision:
            continue
        if own and all(w in {"can", "should"} for w in own) and not _has_date(token):
            continue
        if own == ["may"] and _negated(token) and not _has_date(token):
            continue  # "may not debate": permission, not likelihood
        if _evaluative(token) or (stated is None and not _future_oriented(token, own, chain)):
            continue
        if stated is None and (_habitual(token) or _generic_subject(token, own)):
            continue
        if _is_counterfactual(token) or (len(levels) == 1 and _present_speculation(token, own)):
            continue
        if token.pos_ in {"ADJ", "NOUN"} and stated is None:
            continue
        if _inside_embedded_question(token, sent) or _in_question(token):
            continue
        reading = stated or compose(levels)
        if reading is None:
            continue
        only_markers = all(
            (c := cue(w.removeprefix("not "))) is not None and c.kind == "marker"
            for w in reading.words
        ) or set(reading.words) <= {"can"}
        sub = subject_of(token)
        if not stated and (
            _hypothetical_subject(sub)
            or _stated_aim(token, sub)
            or _purpose_clause(token)
            or _plan_content(token, sub)
        ):
            continue
        kind: ForecastKind = "forecast"
        if only_markers and not stated:
            said = spoken(token)
            willed = token.lemma_.lower() not in _UNWILLED
            if _future_progressive(token) and not (
                said
                and sub is not None
                and sub.ent_type_ in {"GPE", "NORP"}
                and not _self_reference(sub, chain)
            ):
                continue  # an arrangement, unless a third party's coming conduct is reported
            if willed and _passive_without_agent(token):
                continue  # "the details will be kept confidential": a reported decision
            if _self_reference(sub, chain) and (
                set(reading.words) != {"can"} or sub.lower_ in _FIRST_PERSON
            ):
                kind = "intention"  # "it can make it through": an ability claim stays a forecast
            elif not said and not chain and _narrator_plan(token, sub):
                continue
            elif not said and _has_date(token) and willed:
                continue  # the narrator's dated plain future is a schedule
        found.append(Candidate(sent, token, tuple(chain), reading, kind, stated is not None))
    return _one_per_stated_number(_drop_nested(found))


def _inside_embedded_question(token: Token, sent: Span) -> bool:
    """Whether the clause lies inside a "whether/if/unless/when ..." clause of the sentence."""
    for mark in sent:
        if (
            mark.dep_ == "mark"
            and mark.lower_ in {"whether", "if", "unless", "when", "once"}
            and token in set(mark.head.subtree)
        ):
            return True
    return False


def _mentions_chance(token: Token) -> bool:
    return any(
        t.lemma_.lower() in {"chance", "likelihood", "probability", "odds"} for t in token.subtree
    ) or token.lemma_.lower() in {"give", "rise"}


def _one_per_stated_number(found: list[Candidate]) -> list[Candidate]:
    """A number stated once in a sentence ("a three-in-five chance") makes one forecast."""
    kept: list[Candidate] = []
    for cand in found:
        if cand.stated and any(k.stated and k.reading == cand.reading for k in kept):
            continue
        kept.append(cand)
    return kept


def _between(a: Token, b: Token) -> str:
    lo, hi = sorted((a.idx, b.idx))
    return a.doc.text[lo:hi]


def _drop_nested(found: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per predicted clause: drop a governor when its complement is kept."""
    targets = {c.target.i for c in found}
    kept = []
    for cand in found:
        inner = [
            c
            for c in found
            if cand.target in c.chain
            and c.target.i != cand.target.i
            and not QUOTE_BREAK.search(_between(cand.target, c.target))
        ]
        if inner and cand.target.i in targets and cand.clause_text is None:
            continue
        kept.append(cand)
    return kept


# Offices whose holder speaks for the government ("the federal government would not ...").
_EXECUTIVE_TITLES = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "minister",
        "secretary",
        "governor",
        "mayor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)
_GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet"})


def speaks_for_own_side(
    cand: Candidate, sub: Token | None, role: str | None, organisation: bool = False
) -> bool:
    """Whether a plain future ("the House will appoint ...") tells what the speaker's own
    institution is to do: the subject's head word is in the speaker's role ("House ...
    Speaker"), the speaker holds an executive office and the subject is the government, or
    an organisation speaks of "the banks", "the company"."""
    if sub is None or cand.stated or sub.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not role and not organisation:
        return False
    if cand.target.lemma_.lower() in _UNWILLED:
        return False
    markers = (cue(w.removeprefix("not ")) for w in cand.reading.words)
    if not all(c is not None and c.kind == "marker" for c in markers):
        return False
    if organisation and sub.pos_ == "NOUN" and sub.lemma_.lower() in _AGENT_NOUNS:
        return any(c.lower_ in {"the", "its", "their"} for c in sub.children)
    role_words = set(re.findall(r"[a-z]+", (role or "").lower()))
    head = sub.lower_
    if head in role_words and sub.lemma_.lower() in _AGENT_NOUNS:
        return True
    return sub.lemma_.lower() in _GOVERNMENT_NOUNS and bool(role_words & _EXECUTIVE_TITLES)
