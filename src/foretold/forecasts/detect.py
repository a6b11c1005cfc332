"""Is this clause a forecast? Future and modal cues against past facts, plans and promises.

Each candidate is the head of a predicted clause ("Putin would carry through ...") with the
chain of verbs and adjectives that govern it ("Many analysts doubt that ..."). A clause counts
when it carries a cue of its own (a modal, "going to", an estimative adverb, a stated chance)
or sits under a verb or adjective of expectation ("expected to", "likely to"). Clauses are
dropped when they are questions, conditions, counterfactuals, relative clauses, embedded under
verbs of decision or promise ("announced that it would ..."), or present-tense speculation
("this might be his bottom line"). A speaker's own plans in the future tense are intentions.
"""

from __future__ import annotations

import re
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


def subject_of(verb: Token) -> Token | None:
    """The subject of a clause head (the nearest before it); for "expected X to happen", X."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    before = [c for c in subjects if c.i < verb.i]
    if before or subjects:
        return (before or subjects)[-1]
    for child in verb.children:
        if child.dep_ == "expl":
            return child
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
    lemma = head.lemma_.lower()
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


def _present_speculation(token: Token, words: list[str]) -> bool:
    if not words or any(w not in {"may", "might", "could"} for w in words) or _has_date(token):
        return False
    if any(c.lower_ in {"now", "currently", "already"} for c in token.children):
        return True
    if token.lemma_ == "be" and token.dep_ != "aux":
        return any(c.dep_ in {"attr", "acomp"} for c in token.children)
    return token.lemma_ == "have" and token.pos_ == "VERB"


def _chain(token: Token) -> tuple[list[Token], bool]:
    """Governing verbs up to the clause root; False when the clause is embedded in a noun,
    a condition or an indirect question."""
    chain: list[Token] = []
    current = token
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in current.children):
        return chain, False
    while current.dep_ != "ROOT" and current.head is not current:
        dep = current.dep_
        head = current.head
        if dep in {"relcl", "acl", "appos", "pcomp", "pobj", "csubj", "amod", "nmod", "dobj"}:
            return chain, False
        if dep == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in current.children):
                return chain, False
            break
        if dep not in {"ccomp", "xcomp", "conj", "parataxis", "acomp"}:
            break
        if head.pos_ in {"NOUN", "PROPN"}:
            return chain, False
        if dep != "conj":
            chain.append(head)
            if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in head.children):
                return chain, False
        current = head
    return chain, True


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
    if sub is None:
        return False
    if sub.lower_ in _FIRST_PERSON:
        return True
    speaker = next(
        (
            s
            for v in chain
            if v.lemma_.lower() in SPEECH_VERBS
            for s in v.children
            if s.dep_ == "nsubj"
        ),
        None,
    )
    if speaker is None or sub.lower_ not in _PRONOUNS:
        return False
    if sub.lower_ in {"he", "she"}:
        return speaker.ent_type_ == "PERSON" or speaker.lower_ in {"he", "she"}
    return speaker.ent_type_ in {"ORG", "NORP", "GPE"} or speaker.lower_ in {"it", "they"}


def find_candidates(sent: Span, attributed: bool) -> list[Candidate]:
    """The forecast (and intention) clauses of one sentence.

    ``attributed`` says whether someone other than the narrator speaks in the sentence
    (a quote, "X said", "according to X"); the narrator's plain future about an actor's own
    action is taken as a reported plan, not a prediction.
    """
    if _is_question(sent) or not sent.text.strip():
        return []
    found: list[Candidate] = []
    taken: set[int] = set()
    either = _EITHER_OR.search(sent.text)
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
        if _evaluative(token):
            continue
        if _is_counterfactual(token) or (len(levels) == 1 and _present_speculation(token, own)):
            continue
        if token.pos_ in {"ADJ", "NOUN"} and stated is None:
            continue
        if _inside_embedded_question(token, sent):
            continue
        reading = stated or compose(levels)
        if reading is None:
            continue
        only_markers = all(
            (c := cue(w.removeprefix("not "))) is not None and c.kind == "marker"
            for w in reading.words
        ) or set(reading.words) <= {"can"}
        sub = subject_of(token)
        kind: ForecastKind = "forecast"
        if only_markers and not stated:
            if _future_progressive(token):
                continue
            if _self_reference(sub, chain):
                kind = "intention"
            elif not attributed and not chain and _narrator_plan(token, sub):
                continue
            elif not attributed and _has_date(token) and token.lemma_.lower() not in _UNWILLED:
                continue  # the narrator's dated plain future is a schedule
        found.append(Candidate(sent, token, tuple(chain), reading, kind, stated is not None))
    return _drop_nested(found)


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


def _drop_nested(found: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per predicted clause: drop a governor when its complement is kept."""
    targets = {c.target.i for c in found}
    kept = []
    for cand in found:
        inner = [c for c in found if cand.target in c.chain and c.target.i != cand.target.i]
        if inner and cand.target.i in targets and cand.clause_text is None:
            continue
        kept.append(cand)
    return kept
