"""Cues in headline lines, whose verb the tagger often reads as a noun or whose object it cuts
short: a short Title Case line ("Mayor Slams Budget Plan", "Senate Panel Just Rejected Tax
Bill"). A lexicon verb right after the line's opening noun phrase, in a form that agrees with
it, is a cue: the phrase is its speaker and the rest of the line, up to a dash or colon, is its
content when its opening suits the verb."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cue import CUE_LEMMAS, Cue, char_range
from foretold.attribution.cues import (
    CLAUSE_ONLY_VERBS,
    CLAUSE_VERBS,
    HUMAN_SUBJECTS,
    INFINITIVE_VERBS,
    JUDGING_VERBS,
    OBJECT_VERBS,
    PAST_FORMS,
    PREPOSITION_VERBS,
    cue_lemma,
)
from foretold.attribution.ranges import subtree_range, trim

_LINE = re.compile(r"[^\n]*\S[^\n]*")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.&-]*")
_MINOR_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "at", "by", "and", "or", "but", "with"}
    | {"from", "as", "is", "are", "be", "vs", "via", "about", "into", "over", "after", "up"}
    | {"out", "off", "through", "than", "against", "without", "under", "between", "during"}
)
_MAX_WORDS = 20
_MAX_SUBJECT = 7
_TITLE_SHARE = 0.9
_SUBJECT_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "CCONJ"})
_SUBJECT_JOINERS = frozenset({"of", "and", "'s", "\u2019s", ".", "&"})
_CONTENT_ENDS = frozenset({"\u2013", "\u2014", "--", ":", ";", "|", "\u2026"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def headline_cues(
    doc: Doc, in_quote: list[int], found: list[Cue], text: str | None = None
) -> list[Cue]:
    """New cues of the headline lines of a text ("Panel Just Dismissed Lee Plan"); a cue
    already found on a headline verb whose content the parse cut to one word gets the rest of
    the line ("Mayor Announces [Plans She Made For Parks]"). A line with any other cue already
    found, but for a colon label after the verb, is left alone. ``text`` is the doc's text,
    when the caller already holds it."""
    at = {cue.token.i: cue for cue in found}
    cues: list[Cue] = []
    text = doc.text if text is None else text  # Doc.text joins every token
    for match in _LINE.finditer(text):
        if not _title_case(match.group()):
            continue
        line = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if line is None:
            continue
        cue = _headline_cue(doc, line)
        if cue is None or any(in_quote[i] >= 0 for i in range(line.start, cue.token.i + 1)):
            continue
        existing = at.get(cue.token.i)
        if any(_other_cue(c, line, cue) for c in found if c is not existing):
            continue
        if existing is None:
            cues.append(cue)
        elif _cut_short(text, existing) or _runs_on(existing, cue):
            existing.fragments = cue.fragments
            existing.subject = cue.subject
    return cues


def _other_cue(other: Cue, line: Span, cue: Cue) -> bool:
    """Another cue on the line, not a colon label after the headline verb, which reports the
    second part of the line: "Panel Rebuts Lee: Plan Is Sound". A cue with no content of its
    own, a verb the parse left bare, is none: "Lee Reveals Who She Would Back"."""
    if not line.start <= other.token.i < line.end or not other.fragments:
        return False
    return other.token.text != ":" or other.token.i < cue.token.i


def _title_case(line: str) -> bool:
    """A short line whose words, all but the minor ones, are capitalised: "Mayor Slams Budget
    Plan For Schools" (not "The mayor slammed the plan.")."""
    words = _WORD.findall(line)
    if not 3 <= len(words) <= _MAX_WORDS:
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and sum(w[0].isupper() for w in major) >= _TITLE_SHARE * len(major)


def _headline_cue(doc: Doc, line: Span) -> Cue | None:
    """The cue of a headline: a lexicon verb (perhaps after an adverb) that follows the
    line's opening noun phrase and agrees with it: "Ohio Mayor Just Rejected The Levy"."""
    start = _after_numbering(line)
    if not _subject_word(doc[start]):
        return None
    for i in range(start + 1, min(line.end, start + _MAX_SUBJECT + 1)):
        word = doc[i]
        verb = word
        if word.pos_ == "ADV" and i + 1 < line.end:
            verb = doc[i + 1]
        subject = doc[i - 1]
        if _headline_verb(subject, verb) and not _verb_after(verb, line):
            content = _content(doc, verb, line.end)
            if content is None:
                return None
            return Cue(verb, verb.text, subject, [char_range(doc, *content)])
        if not _subject_word(word):
            return None
    return None


def _after_numbering(line: Span) -> int:
    """The first token after a list number or bullet that opens a line ("2. PANEL RULES ...",
    "- Mayor Says ...")."""
    i = line.start
    doc = line.doc
    if i + 1 < line.end and doc[i].like_num and doc[i + 1].text in {".", ")"}:
        return i + 2
    if doc[i].text in {"-", "\u2022", "*"}:
        return i + 1
    return i


def _subject_word(token: Token) -> bool:
    """A word of a headline's opening noun phrase: a capitalised noun, name or modifier, or a
    joining word ("Mayor of Springfield", "Ohio's Governor")."""
    if token.lower_ in _SUBJECT_JOINERS:
        return True
    return token.pos_ in _SUBJECT_TAGS and token.text[:1].isupper()


def _headline_verb(subject: Token, verb: Token) -> bool:
    """A capitalised lexicon verb whose form agrees with the noun before it: "Mayor Slams",
    "Voters Reject", "Panel Rejected", "Camp Declining" (not "New Claims", "Daily Show")."""
    if subject.pos_ not in {"NOUN", "PROPN"} or not verb.text[:1].isupper():
        return False
    if cue_lemma(verb.lemma_, verb.text) not in CUE_LEMMAS:
        return False
    word = verb.lower_
    if word in PAST_FORMS or word.endswith(("ed", "ing")):
        return True
    plural = subject.tag_ in _PLURAL_TAGS and subject.lower_.endswith("s")
    if word.endswith("s") and not word.endswith("ss"):
        return not plural
    return plural


def _verb_after(verb: Token, line: Span) -> bool:
    """The next word is itself a verb agreeing with this one read as a plural noun: in "Media
    Reports Reveal ...", "Reports" is the subject of "Reveal"."""
    if verb.i + 1 >= line.end:
        return False
    after = verb.nbor(1)
    if cue_lemma(after.lemma_, after.text) not in CUE_LEMMAS or not after.text[:1].isupper():
        return False
    return verb.lower_.endswith("s") and after.lower_ == cue_lemma(after.lemma_, after.text)


def _content(doc: Doc, verb: Token, end: int) -> tuple[int, int] | None:
    """What a headline verb reports: the rest of the line up to a dash, colon or ellipsis, when
    its opening suits the verb: a noun phrase for a verb that takes an object ("Slams Budget
    Plan"), "to" and a verb for one that takes an infinitive ("Refuses To Back Lee"), the
    verb's own preposition ("Calls For Recount") or a clause ("Warns Deal Will Fail")."""
    lemma = cue_lemma(verb.lemma_, verb.text)
    stop = next((t.i for t in doc[verb.i + 1 : end] if _ends_content(t)), end)
    content = trim(doc, verb.i + 1, stop)
    if content is None:
        return None
    first = doc[content[0]]
    word = first.lower_
    if verb.lower_.endswith("ing") and word != "to":
        return None
    if word == "to" and lemma in INFINITIVE_VERBS:
        return content if content[0] + 1 < stop and doc[content[0] + 1].text[:1].isupper() else None
    if word in PREPOSITION_VERBS.get(lemma, "").split():
        return content
    if first.pos_ in {"ADP", "SCONJ", "ADV", "PART", "AUX"} or word == "to":
        return None
    if lemma in OBJECT_VERBS and _object_opening(first):
        return content
    clausal = lemma in CLAUSE_VERBS or lemma in CLAUSE_ONLY_VERBS  # "Reassures Voters Plan Is Safe"
    if clausal and any(t.pos_ in {"VERB", "AUX"} for t in doc[content[0] : stop]):
        return content
    return None


def _object_opening(first: Token) -> bool:
    """A word that can open a Title Case object: not a verb, unless a gerund or a name the
    tagger took for a verb ("Backs Sending Aid", "Slams Trump")."""
    return first.pos_ != "VERB" or first.lower_.endswith("ing") or _named(first)


def _named(token: Token) -> bool:
    """A word of a named person, group or place ("Lee", "Acme", "Ohio")."""
    return token.ent_type_ in HUMAN_SUBJECTS


def _ends_content(token: Token) -> bool:
    """A dash, colon or ellipsis that closes a headline's first part, or a hyphen used as a
    dash ("Mayor Slams Levy - Council Delays Vote")."""
    return token.text in _CONTENT_ENDS or (token.text == "-" and token.whitespace_ != "")


def _runs_on(cue: Cue, headline: Cue) -> bool:
    """A cue whose content runs past the dash or colon that ends the headline's first part:
    "Panel Rebuts [Lee: Plan Is Sound]" where the headline reads "Panel Rebuts [Lee]"."""
    if len(cue.fragments) != 1 or len(headline.fragments) != 1:
        return False
    (start, end), (first, last) = cue.fragments[0], headline.fragments[0]
    return start == first and end > last


def _cut_short(text: str, cue: Cue) -> bool:
    """A cue whose content the parse cut to a single word, or left out."""
    if not cue.fragments:
        return True
    start, end = cue.fragments[0]
    return len(cue.fragments) == 1 and " " not in text[start:end]


_BARE_PASSIVE_TAGS = frozenset({"VBD", "VBN"})
_GROUND_PREPOSITIONS = frozenset({"of", "for", "over"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "aux", "auxpass", "attr", "dative", "agent"})


def headline_passive(doc: Doc, verb: Token, text: str) -> tuple[int, int] | None:
    """The subject of a past participle of judging that ends a headline of the first paragraph
    with no auxiliary, object or agent: headlines drop "is", so "[Mayor's budget plan]
    criticized" is a passive whose critic goes unnamed (not "Winners announced", "Mayor
    criticized the plan.", nor a line past the first paragraph). A ground the participle takes
    after it goes with the subject: "[Mayor Accused Of Fraud In Audit]"."""
    if verb.tag_ not in _BARE_PASSIVE_TAGS or verb.dep_ != "ROOT":
        return None
    if cue_lemma(verb.lemma_, verb.text) not in JUDGING_VERBS or not verb.lower_.endswith("ed"):
        return None
    if text.find("\n\n", 0, verb.idx) >= 0 or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i > verb.i:
        return None
    if _ground_follows(verb):
        end = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if "\n" in t.text), None)
        return trim(doc, subject.left_edge.i, verb.sent.end if end is None else end)
    if any(t.is_alpha for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    return trim(doc, *subtree_range(subject))


def _ground_follows(verb: Token) -> bool:
    """The participle is followed by the preposition giving the ground of a judgement: "Accused
    Of", "slammed over", "praised for"."""
    if verb.i + 1 >= verb.sent.end:
        return False
    after = verb.nbor(1)
    return after.lower_ in _GROUND_PREPOSITIONS and after.head == verb


def before_headline_verb(name: Span) -> Span:
    """A name the tagger ran on into the Title Case verb after it, cut before the verb: a
    capitalised lexicon verb in -s with a capitalised word after it, the noun phrase or clause
    it reports ("[Ann Lee] Reassures Voters Aid Will Come", "[Lee] Claims Victory"; not "Ann
    Hopes" ending a line, nor "Ross" or "Lee's")."""
    for token in name[1:]:
        if _headline_verb_form(token):
            return name[: token.i - name.start]
    return name


def _headline_verb_form(token: Token) -> bool:
    """A capitalised lexicon verb in -s with a capitalised word after it: "Reassures Voters"."""
    word = token.lower_
    if not token.text[:1].isupper() or not word.endswith("s") or word.endswith(("ss", "'s")):
        return False
    if token.i + 1 >= len(token.doc) or cue_lemma(token.lemma_, token.text) not in CUE_LEMMAS:
        return False
    after = token.nbor(1)
    return after.is_alpha and after.text[:1].isupper()


_PAIR_TAGS = {"VBZ": {"VBZ", "NNS"}, "VBD": {"VBD"}}
_PAIR_DEPS = frozenset({"ccomp", "nsubj"})
_PAIR_SUBJECTS = frozenset({"nsubj", "compound"})


def comma_pair_cue(doc: Doc, verb: Token) -> Cue | None:
    """The second of two lexicon verbs of one form joined by a comma with no object between
    them, which share the subject before the first and the object after the second: a headline
    "Mayor praises, faults [budget plan]" (the parse makes "Mayor praises" a clause the second
    verb reports, or the first verb a plural noun heading its subject)."""
    first = doc[verb.i - 2] if verb.i >= 2 else None
    if first is None or doc[verb.i - 1].text != "," or first.head.i != verb.i:
        return None
    if first.dep_ not in _PAIR_DEPS or first.tag_ not in _PAIR_TAGS.get(verb.tag_, ()):
        return None
    if first.right_edge.i >= verb.i or cue_lemma(first.lemma_, first.text) not in CUE_LEMMAS:
        return None
    if not first.lower_.endswith("s" if verb.tag_ == "VBZ" else "ed"):
        return None
    subject = next((c for c in reversed(list(first.lefts)) if c.dep_ in _PAIR_SUBJECTS), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    if any(c.dep_ == "nsubj" and c.i != first.i for c in verb.lefts):
        return None
    content = trim(doc, verb.i + 1, verb.right_edge.i + 1)
    if content is None:
        return None
    return Cue(verb, doc[first.i : verb.i + 1].text, subject, [char_range(doc, *content)])
