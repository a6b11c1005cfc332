"""Cues whose holder goes unnamed, and what they report: a fronted participle of a question
verb ("Asked whether [...], Lee said"), a sentence that is only a gerund ("Warning [that the
deal could fail]."), an infinitive after "it is" and an adjective ("It is
important to note [that ...]"), an agentless passive whose stance is in a preposition ("[the
mayor was accused of lying]"; of a question verb only what was asked: "she was asked about
[the budget]"), the subject of an agentless passive of a naming verb ("[two donors] are
mentioned in the emails"), a stance noun after "there is" ("there are fears [the vote
will slip]"), a noun of news that comes to light with what it tells ("rumors circulated
[she would run]", "news emerged [that the deal was off]"), a participle with "as" and no
subject or agent ("The council approved it, as noted above") and a participle after "when" or
"if" with no subject ("bristles when told [to smile]"). Also the clause of an infinitive cue
after "be" and an adjective that the parse hung on "be" past an aside, holder named or not
("She is right to note, however, [that ...]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import cue_lemma
from foretold.attribution.joined_prepositions import joined_preposition_end
from foretold.attribution.object_content import question_conjunct_end
from foretold.attribution.ranges import drop_trailing_aside, subtree_range, trim
from foretold.attribution.tagged_entities import DATE_ENTS

# Verbs of questioning, whose object (or passive subject) is the one asked, not what was asked.
_QUESTION_VERBS = frozenset({"ask", "press", "question", "quiz"})


def unstated_asker(verb: Token) -> bool:
    """A fronted participle of a question verb with no subject of its own ("Asked whether ...,";
    the tagger may call it a past tense)."""
    return (
        verb.tag_ in {"VBN", "VBD"}
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and cue_lemma(verb.lemma_, verb.text) in _QUESTION_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    )


def as_passive(verb: Token) -> bool:
    """A past participle with "as" and no subject or agent, a writer's pointer whose holder
    goes unnamed: "The council approved the budget, as noted above" (not the council's
    note), "as was reported earlier", "as expected"."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    )


# Words that open a reduced passive clause of a condition or a time: "when asked to ...".
_REDUCED_OPENERS = frozenset({"when", "if", "unless", "once", "whenever"})


def reduced_passive(verb: Token) -> bool:
    """A past participle after "when", "if", "unless", "once" or "whenever" with no subject,
    auxiliary or agent, a passive whose speaker goes unnamed: "she bristles when told to
    smile", "he declined, when asked to, to name them" (the one told or asked is the main
    clause's subject, not the teller)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    children = list(verb.children)
    if any(c.dep_ in _OWN_SUBJECT_DEPS for c in children):
        return False
    return any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in _REDUCED_OPENERS and c.i < verb.i
        for c in children
    )


def gerund_fragment(verb: Token) -> bool:
    """A sentence that is only a gerund with no subject, as in a list of what someone did in a
    speech, whose doer goes unnamed: "Praising the mayor's record on housing.", "Warning that
    the deal could collapse."."""
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT":
        return False
    opening = next((t for t in verb.sent if not (t.is_space or t.is_punct)), None)
    if opening != verb or any(c.dep_ in _OWN_SUBJECT_DEPS for c in verb.children):
        return False
    return any(c.dep_ in {"dobj", "ccomp"} and c.i > verb.i for c in verb.children)


_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "expl"})


def impersonal_infinitive(verb: Token) -> bool:
    """An infinitive after "it is" and an adjective, whose holder goes unnamed: "It is
    important to note that ...", "it is hard not to wonder whether ..."."""
    copula = verb.head
    if verb.dep_ != "xcomp" or copula.lemma_ != "be" or copula.i > verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    adjective = next((c for c in copula.children if c.dep_ == "acomp"), None)
    return (
        subject is not None
        and subject.lower_ == "it"
        and adjective is not None
        and subject.i < adjective.i < verb.i
    )


def copula_clause(verb: Token) -> list[tuple[int, int]]:
    """The clause of an infinitive cue after "be" and an adjective that the parser hung on
    "be" past an aside: "She is right to note, however, [that the plan fails]"."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if copula.lemma_ != "be":
        return []
    for child in copula.rights:
        if child.dep_ == "ccomp" and child.i > verb.i:
            clause = trim(verb.doc, child.left_edge.i, clause_end(child) + 1)
            return [clause] if clause else []
    return []


# Verbs whose passive subject is what was said: "[two donors] are mentioned in the emails".
_TOPIC_VERBS = frozenset({"mention", "cite", "report"})


def passive_topic(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The subject of an agentless passive of a verb that names what was said, the topic
    spoken of by no one named: "[two donors] are mentioned in the emails", "[no figures]
    were cited"; an event said to have gone unreported reports nothing: "the fault was not
    reported", "no damage was reported"."""
    lemma = cue_lemma(verb.lemma_, verb.text)
    if lemma not in _TOPIC_VERBS or verb.tag_ != "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > verb.i or subject.pos_ == "PRON":
        return None
    if lemma == "report" and _unreported(verb, subject):
        return None
    return trim(doc, *subtree_range(subject))


def _unreported(verb: Token, subject: Token) -> bool:
    """A passive "report" denied, on the verb or in its subject's determiner: "the leak was
    not reported", "no injuries were reported"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in subject.children)


_PASSIVE_STANCE_PREPS = frozenset({"of", "for", "with", "about", "as"})


def passive_stance(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The clause of a passive cue with no agent whose stance is in a preposition, its subject
    included: "[the mayor was accused of lying]", "[she is known for her candour]", without a
    comma-set aside that closes it ("[he was accused of fraud], which he denied"); a verb of
    questioning reports only what its preposition names, its subject being the one asked:
    "the mayor was asked about [the budget]" (and a question joined to it: "about [the budget
    and whether it will pass]"); a passive sharing the subject of the verb before
    it reports only its preposition's words: "She coached and was known as [a fine player]".
    A preposition that names a time states none: "the vote was planned for May 2"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    shared = subject is None and verb.dep_ == "conj" and verb.tag_ == "VBN"
    if not shared and (subject is None or subject.i > verb.i or subject.lower_ in {"it", "there"}):
        return None
    asked = cue_lemma(verb.lemma_, verb.text) in _QUESTION_VERBS
    for prep in verb.rights:
        stated = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ == "prep" and prep.lower_ in _PASSIVE_STANCE_PREPS and stated:
            if stated[0].ent_type_ in DATE_ENTS:
                return None  # "the vote was planned for [May 2]": a time, not a stance
            start = stated[0].left_edge.i if asked or subject is None else subject.left_edge.i
            end = drop_trailing_aside(doc, start, prep.right_edge.i + 1)
            end = question_conjunct_end(verb, joined_preposition_end(verb, end))
            return trim(doc, start, end)  # "asked about [X and whether ...]"
    return None


def existential_cue(doc: Doc, noun: Token) -> Cue | None:
    """A stance noun after "there is" whose clause states the view, held by no one named:
    "there are fears [the vote will slip]", "there is no consensus on [whether it works]"."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in copula.children):
        return None
    for child in noun.rights:
        if child.dep_ == "acl" and any(
            c.dep_ in {"mark", "nsubj", "nsubjpass"} and c.i < child.i for c in child.children
        ):
            clause = trim(doc, *subtree_range(child))
        elif child.dep_ == "prep" and child.lower_ in {"on", "about", "over"}:
            inner = next((c for c in child.children if c.dep_ == "pcomp"), None)
            opens = inner is not None and inner.left_edge.lower_ in {"whether", "if", "how"}
            clause = trim(doc, *subtree_range(inner)) if opens else None
        else:
            continue
        if clause is not None:
            return Cue(noun, noun.text, None, [char_range(doc, *clause)])
    return None


# Nouns of word passed on by no one named, and verbs of its coming to light: "[news] emerged
# that ...", "[rumors] circulated ...".
_NEWS_NOUNS = frozenset(
    {"news", "word", "rumor", "rumors", "rumour", "rumours", "report", "reports", "speculation"}
)
_SURFACING_VERBS = frozenset({"emerge", "surface", "spread", "circulate", "swirl"})


def surfaced_cue(doc: Doc, noun: Token) -> Cue | None:
    """A noun of news, held by no one named, as the subject of a verb of coming to light with a
    clause after it that tells the news: "news emerged on Monday [that the deal was off]",
    "rumors circulated [he would retire]" (not "details emerged about the call", a topic, nor
    "his report surfaced", whose holder is named)."""
    verb = noun.head
    if noun.lower_ not in _NEWS_NOUNS or noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in _SURFACING_VERBS or any(
        c.dep_ in {"poss", "prep"} for c in noun.children
    ):
        return None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    start, end = subtree_range(clause)
    words = trim(doc, start, drop_trailing_aside(doc, start, _joined_clause_cut(clause, end)))
    return Cue(noun, noun.text, None, [char_range(doc, *words)]) if words else None


def _joined_clause_cut(clause: Token, end: int) -> int:
    """The end (exclusive) of a clause before a clause joined to it after a comma with a
    subject of its own and no "that": in "news emerged [that the deal was off], and traders
    are wondering why" the writer goes on past the news."""
    doc = clause.doc
    for child in clause.rights:
        if child.dep_ != "conj" or any(c.dep_ == "mark" for c in child.children):
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            continue
        cut = child.left_edge.i
        while cut > clause.i and doc[cut - 1].dep_ in {"cc", "punct"}:
            cut -= 1
        if doc[cut].text == ",":
            return cut
    return end
