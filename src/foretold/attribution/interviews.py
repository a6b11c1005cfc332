"""Interviews printed as turns: whom each turn label denotes and what the interviewee answered.

A turn label opens a paragraph: a short name or initials in double brackets ("((Ann Lee)) We
began in 2010.", "((WN)) How did you start?"), or a name, initials or Q/A before a colon,
bracketed or not ("NG: It started in 1982.", "Q: Why now?", "[Ann Lee]: We began."). An
article is an interview when its labelled paragraphs include at least two answers and one
other turn, some label opening two of them.

- The interviewer is Q, Question or Interviewer, the publisher, or a label whose turns are
  mostly questions; questions make no statement, nor do the cues inside an unquoted question
  outside the answers ("Did the board back you?").
- Another label names a person of the article: by full name, surname, first name or initials
  ("NG": Natasha Gownaris). A or Answer is the person most mentioned before the first turn.
- A label that names nobody ("Note:", "Update:") is no turn, nor is a picture credit under a
  name ("Ann Lee Image: City Council.", "Ann LeePhoto: Reuters."), nor a label used once in
  a style no repeated label uses ("Tom Hale:" among "((Ann Lee))" turns): it heads a part
  of the answer it stands in.

An answer runs from its label through the unlabelled paragraphs up to the next turn (the
last turn of the article keeps its own paragraph only) and becomes a direct statement of the
interviewee: its words are printed as the interviewee's own; the label is cue and speaker
mention. Statements the ordinary cues found stay, except one read from the answer's own
label ("A: ..." as A saying it), which the answer replaces. Inside an answer, one credited
to "I" or "we" outside quotation marks goes to the interviewee; one of the interviewee over
most of the answer's words stands for it, and one naming the interviewee is the writer's,
set between the turns ("IM Ann Lee decided to stay"); any other of the interviewee goes: it
is the answer's own narration ("I don't remember how much I scored", "we asked for more
telescope time"), which the answer carries. One whose speaker stays unknown ("you can see
that", "they will look for alternatives") is the turn's own talk, not a report, and goes,
and so does one credited to anyone else in words not quoted, or quoted only in part ("my
brother wanted to stay", 'the board called it "a waste"'; speech quotes a phrase as a term,
not as a report): the interviewee tells of it, and the answer carries it, as a quotation
carries the reports inside it ('my mother said "it looked smaller"' stays: the answer quotes
her). One credited to the interviewer's label names no one. Inside the interviewer's turns
(and an unlabelled question just before the first turn), one credited to "you" outside
quotation marks is the interviewer recalling what the one asked said ("You mentioned the
site was old. Why?"), not a report: the answer gives the interviewee's words, and it goes;
so does one whose speaker stays unknown ("Allow me to congratulate the crew", "I suspect it
will fail"), the interviewer's own talk. One of a third party stays ("The minister said the
site was old. Do you agree?"): the article reports it. Until an article proves an interview,
only paragraph starts are read.

A paragraph after one of the interviewer's bracketed turns may open with the answerer's
initials set bare, no bracket or colon ("((WN)) Why now? / AL We ran out of time."): those
initials are a label when they open two such paragraphs, and so is the full name they stand
for opening another ("Ann Lee I am a geologist."); whether they name anyone is read as for
any label.

A turn made only of courtesies ("Thank you. Bye.", "You are welcome.") states nothing
(``courtesy_turns``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from foretold.attribution.answer_tails import goes_on
from foretold.attribution.coreference import Coreference
from foretold.attribution.courtesy_turns import courtesy_only
from foretold.attribution.cue_offsets import stripped_range
from foretold.attribution.cues import LABEL_HEADINGS
from foretold.attribution.entities import HONORIFICS, Entity, initials, surname_of
from foretold.attribution.labels import credit_label
from foretold.attribution.narration_paragraphs import narration_start
from foretold.attribution.quotes import QuoteSpan
from foretold.attribution.speaker_words import QUANTIFIER_WORDS
from foretold.attribution.translation_tags import english_parts, tagged_originals
from foretold.ids import folded, normalise_name, person_id, record_id
from foretold.records import Article, Mention, Statement

_PARAGRAPH = re.compile(r"[^\n]+")
_BRACKETED = re.compile(
    r"[ \t]*(?:\(\((?P<double>[^()\n]{1,40})\)\)[ \t]*:?"
    r"|(?:\[(?P<square>[^\[\]\n]{1,40})\]|\((?P<round>[^()\n]{1,40})\))[ \t]*:)[ \t]*(?=\S)"
)
_COLON = re.compile(r"[ \t]*(?P<colon>[^\s:()\[\]][^:\n]{0,38}?)[ \t]*:[ \t]+(?=\S)")
_BARE_INITIALS = re.compile(r"[ \t]*(?P<name>[A-Z]{2,3})[ \t]+(?=[A-Z\"\u201c])")
_BARE_NAME = re.compile(r"[ \t]*(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[ \t]+(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de][\w.'\u2019\-]*")
_PARTICLES = frozenset({"de", "da", "di", "del", "der", "van", "von", "bin", "al", "la", "le"})
_ASKERS = frozenset({"q", "question", "questions", "interviewer", "int"})
_ANSWERERS = frozenset({"a", "answer", "answers"})
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})
# Words heading an editorial label, not a person: those of colon labels, and the plurals and
# section names an interview page adds ("Editor's Notes", "Live Updates").
_SECTION_WORDS = LABEL_HEADINGS | frozenset(
    {"notes", "updates", "editors", "corrections", "clarification", "disclaimer", "warning",
     "summary", "background", "news", "live", "transcript", "statement"}
)  # fmt: skip
# Share of an answer's characters a statement of the interviewee spans to stand for the answer.
_ANSWER_SHARE = 0.8
_INTERVIEWER = Entity(name="", kind="person")  # stands for the interviewer while reading


@dataclass(frozen=True, slots=True)
class Label:
    """A turn label opening a paragraph: its name, where the name and the label lie, where
    the words after it begin and where the paragraph ends ("((WN)) How?": name "WN")."""

    name: str
    start: int
    end: int
    label_start: int
    body: int
    paragraph_end: int

    @property
    def key(self) -> str:
        """The label's name compared case- and punctuation-insensitively ("W.N." = "wn")."""
        return normalise_name(self.name).replace(" ", "")


def paragraph_label(text: str, start: int, end: int) -> Label | None:
    """The turn label opening the paragraph ``text[start:end]``: "((Ann Lee)) We began." and
    "Q: Why now?" have one; "[The] book sold.", "Collectivism 1.0: a plan." and the picture
    credit "Ann Lee Image: City Council." do not."""
    match = _BRACKETED.match(text, start, end) or _COLON.match(text, start, end)
    if match is None:
        return None
    group = next(g for g, value in match.groupdict().items() if value is not None)
    name = match[group].strip()
    if not _name_like(name) or credit_label(name):
        return None
    name_start = match.start(group) + (len(match[group]) - len(match[group].lstrip()))
    end_text = text[start:end].rstrip()
    return Label(
        name=name,
        start=name_start,
        end=name_start + len(name),
        label_start=start + (len(text[start:end]) - len(text[start:end].lstrip())),
        body=match.end(),
        paragraph_end=start + len(end_text),
    )


def _name_like(name: str) -> bool:
    """A name, initials or Q/A: up to four capitalised words ("Ann Lee", "NG", "Q", "Ludwig
    van Beethoven"), not "I"."""
    words = name.split()
    if not 1 <= len(words) <= 4 or name == "I":
        return False
    if not (_NAME_WORD.fullmatch(words[0]) and _NAME_WORD.fullmatch(words[-1])):
        return False
    return all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words[1:-1])


def labelled_paragraphs(text: str) -> list[tuple[int, int, Label | None]]:
    """The paragraphs of a text (one a line) with the turn label that opens each, if any."""
    found = []
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            found.append((match.start(), match.end(), paragraph_label(text, *match.span())))
    return found


def _could_be_interview(paragraphs: list[tuple[int, int, Label | None]]) -> bool:
    """Three labelled paragraphs, one label opening two: worth reading as an interview."""
    counts = Counter(label.key for _, _, label in paragraphs if label is not None)
    return sum(counts.values()) >= 3 and max(counts.values(), default=0) >= 2


def _without_stray_labels(
    paragraphs: list[tuple[int, int, Label | None]], text: str
) -> list[tuple[int, int, Label | None]]:
    """The paragraphs with a label set in a style no repeated label uses, and opening only
    its own paragraph, read as no turn: in turns marked "((Ann Lee))" and "((WN))", the line
    "Tom Hale: he ran the tests." inside an answer heads a part of it, not Tom Hale's turn."""
    labels = [label for _, _, label in paragraphs if label is not None]
    counts = Counter(label.key for label in labels)
    styles = {_bracketed(label, text) for label in labels if counts[label.key] >= 2}
    return [
        (start, end, None)
        if label is not None
        and counts[label.key] == 1
        and styles
        and _bracketed(label, text) not in styles
        else (start, end, label)
        for start, end, label in paragraphs
    ]


def with_bare_labels(
    paragraphs: list[tuple[int, int, Label | None]], text: str
) -> list[tuple[int, int, Label | None]]:
    """The paragraphs with bare initials read as a label where they open two paragraphs
    that each follow a bracketed turn ("((WN)) Why? / AL We ran out."), and the full name
    they stand for as a label where it opens such a paragraph ("Ann Lee I am a geologist.")."""
    bare: dict[int, Label] = {}
    for i in range(1, len(paragraphs)):
        start, end, label = paragraphs[i]
        before = paragraphs[i - 1][2]
        if label is None and before is not None and _bracketed(before, text):
            found = _bare_label(text, start, end)
            if found is not None:
                bare[i] = found
    counts = Counter(label.name for label in bare.values() if label.name.isupper())
    kept = {name for name, count in counts.items() if count >= 2}
    return [
        (start, end, bare[i])
        if i in bare and (bare[i].name in kept or initials(bare[i].name) in kept)
        else (start, end, label)
        for i, (start, end, label) in enumerate(paragraphs)
    ]


def _bare_label(text: str, start: int, end: int) -> Label | None:
    """Bare initials opening a paragraph ("AL We ran out."), or up to three capitalised words
    and the capitalised word after them ("Ann Lee I am a geologist.": "Ann Lee"), as a
    label; which of them stands is for ``with_bare_labels`` to say."""
    match = _BARE_INITIALS.match(text, start, end)
    if match is None:
        match = _BARE_NAME.match(text, start, end)
    if match is None:
        return None
    end_text = text[start:end].rstrip()
    return Label(
        name=match["name"],
        start=match.start("name"),
        end=match.end("name"),
        label_start=match.start("name"),
        body=match.end(),
        paragraph_end=start + len(end_text),
    )


def denotations(
    paragraphs: list[tuple[int, int, Label | None]],
    text: str,
    coref: Coreference,
    publisher: str | None,
) -> dict[str, Entity]:
    """Whom each label denotes: the interviewer (``_INTERVIEWER``) or a person; labels that
    name nobody ("Note", "Update") are left out."""
    labels = [label for _, _, label in paragraphs if label is not None]
    people = [e for e in coref.entities if e.kind == "person"]
    first_turn = labels[0].label_start
    asked = _questioners(labels, text)
    counts = Counter(label.key for label in labels)
    found: dict[str, Entity] = {}
    for label in labels:
        key = label.key
        if key in found:
            continue
        if key in _ASKERS or key in asked or _names_publisher(label.name, publisher):
            found[key] = _INTERVIEWER
        elif key in _ANSWERERS:
            person = _most_mentioned(people, first_turn)
            if person is not None:
                found[key] = person
        elif (person := person_named(label.name, people)) is not None:
            found[key] = _with_full_name(person, label.name)
        elif counts[key] >= 2 and _new_name(label.name, coref.lower_words):
            person = _new_person(label.name)
            coref.entities.append(person)
            people.append(person)
            found[key] = person
    return found


def _with_full_name(person: Entity, name: str) -> Entity:
    """The person under the label's fuller name ("Valeria Gazzola" for "Gazzola")."""
    words = name.split()
    if len(words) > len(person.name.split()) and words[-1] == person.name.split()[-1]:
        person.aliases.setdefault(person.name, None)
        person.name = name
        person.first = folded(words[0])
    return person


def _new_name(name: str, lower_words: frozenset[str]) -> bool:
    """A label of two to four words none of which the article writes in lower case or that
    heads an editorial section ("Perttu Ahola"; not "Editor's Note", "Live Updates")."""
    words = normalise_name(name).split()
    return 2 <= len(name.split()) <= 4 and not any(
        w in lower_words or w in _SECTION_WORDS for w in words
    )


def _new_person(name: str) -> Entity:
    """A person known only by a turn label."""
    words = name.split()
    return Entity(name=name, kind="person", surname=surname_of(words), first=folded(words[0]))


def _questioners(labels: list[Label], text: str) -> set[str]:
    """Keys of the labels opening two or more paragraphs, at least half of them questions."""
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for label in labels:
        total[label.key] += 1
        asked[label.key] += text[label.body : label.paragraph_end].endswith("?")
    return {key for key, n in total.items() if n >= 2 and 2 * asked[key] >= n}


def _names_publisher(name: str, publisher: str | None) -> bool:
    """The label is the publisher's name or its initials ("Wikinews", "Daily News", "DN")."""
    if not publisher:
        return False
    key = normalise_name(name).replace(" ", "")
    return key in {normalise_name(publisher).replace(" ", ""), initials(publisher).lower()}


def person_named(name: str, people: list[Entity]) -> Entity | None:
    """The person a label names: "Ann Lee", "Lee" or "Ann" name Ann Lee; initials "AL" name
    her when only she has them, even initials spelling a title ("MS": Michael Stone); the
    most mentioned of several candidates."""
    words = [w for w in normalise_name(name).split() if w not in HONORIFICS]
    if name.isalpha() and name.isupper() and 2 <= len(name) <= 4:
        found = [e for e in people if initials(e.name) == name and len(e.name.split()) > 1]
    elif not words:
        return None
    else:
        key = " ".join(words)
        found = [e for e in people if key in {normalise_name(n) for n in (e.name, *e.aliases)}]
        if not found:
            found = [e for e in people if _shares_name(words, e)]
    return max(found, key=lambda e: len(e.mentions)) if found else None


def _shares_name(words: list[str], person: Entity) -> bool:
    """A label's words fit a person's name: the surname alone, the first name alone, or the
    first name and the surname (["lee"], ["ann"], ["ann", "lee"] fit Ann Marie Lee)."""
    surname, first = normalise_name(person.surname), normalise_name(person.first)
    if len(words) == 1:
        return words[0] in {surname, first}
    return words[-1] == surname and (words[0] == first or " " not in person.name)


def _most_mentioned(people: list[Entity], before: int) -> Entity | None:
    """The person mentioned most often before a character offset (who "A:" answers for)."""
    counts = [(sum(1 for m in e.mentions if m[0] < before), e) for e in people]
    best = max(counts, key=lambda c: c[0], default=(0, None))
    return best[1] if best[0] > 0 else None


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: its words (through the paragraphs that follow its label until the next
    turn), the label that opens it and who answers."""

    start: int
    end: int
    label: Label
    speaker: Entity


Turn = tuple[Label, Entity | None, int]  # a turn's label, whom it denotes, end of its words


def answers(turns: list[Turn], text: str) -> list[Answer]:
    """The answers: each person's turn runs from the label through the unlabelled paragraphs
    up to the next turn (a label that denotes someone or is bracketed); the last turn of the
    article keeps its own paragraph, for what follows may be the writer's again; a paragraph
    naming the interviewee in full ends it (``narration_start``); a turn that gives its
    words in English and in the original language answers with each English stretch
    (``english_parts``)."""
    found = []
    for label, speaker, end in turns:
        if speaker is not None and speaker is not _INTERVIEWER:
            narration = narration_start(text, label.body, end, speaker.name)
            stop = narration if narration is not None else end
            for part_start, part_end in english_parts(text, label.body, stop):
                found.append(Answer(part_start, part_end, label, speaker))
    return found


def turns_of(
    paragraphs: list[tuple[int, int, Label | None]], speakers: dict[str, Entity], text: str
) -> list[Turn]:
    """Each turn's label, whom it denotes and where its words end ("((WN)) Why? / More." is
    one turn of the interviewer through both paragraphs; the last turn keeps its own, unless
    its own ends in a colon that announces the paragraphs after it: "((Ann Lee)) My three
    aims: / Lower rents. / Safer streets." runs on)."""
    turns: list[Turn] = []
    for _, end, label in paragraphs:
        if label is not None and (label.key in speakers or _bracketed(label, text)):
            turns.append((label, speakers.get(label.key), end))
        elif turns:
            turns[-1] = (turns[-1][0], turns[-1][1], end)
    if turns:
        last = turns[-1][0]
        if not text[last.body : last.paragraph_end].rstrip().endswith(":"):
            turns[-1] = (last, turns[-1][1], last.paragraph_end)
    return turns


def questions(
    turns: list[Turn], paragraphs: list[tuple[int, int, Label | None]], text: str
) -> list[tuple[int, int]]:
    """Where the interviewer's turns lie: the words after each of its labels, and an
    unlabelled paragraph ending in a question just before the first turn ("Thank you for
    your time. Allow me to ask: why now?" followed by "((Ann Lee)) Because...")."""
    found = [(label.body, end) for label, speaker, end in turns if speaker is _INTERVIEWER]
    if turns:
        before = [p for p in paragraphs if p[1] <= turns[0][0].label_start]
        if before and before[-1][2] is None and text[: before[-1][1]].rstrip().endswith("?"):
            found.append((before[-1][0], before[-1][1]))
    return found


def _bracketed(label: Label, text: str) -> bool:
    """The label is set in brackets ("((Ann Lee))"), not followed by a colon alone."""
    return text[label.label_start] in "(["


def is_interview(labels: list[Label], speakers: dict[str, Entity]) -> bool:
    """Two answers and one more turn, the interviewer or a second person."""
    turns = [speakers[label.key] for label in labels if label.key in speakers]
    answered = [s for s in turns if s is not _INTERVIEWER]
    return len(answered) >= 2 and len(turns) >= 3 and len({id(s) for s in turns}) >= 2


def read_interview(
    article: Article,
    coref: Coreference,
    quotes: tuple[QuoteSpan, ...],
    statements: list[Statement],
) -> list[Statement]:
    """The statements with the interviewee's answers added, if the article is an interview;
    ``statements`` unchanged otherwise."""
    text = article.text
    paragraphs = labelled_paragraphs(text)
    if not _could_be_interview(paragraphs):
        return statements
    paragraphs = with_bare_labels(_without_stray_labels(paragraphs, text), text)
    speakers = denotations(paragraphs, text, coref, article.publisher)
    labels = [label for _, _, label in paragraphs if label is not None]
    if not is_interview(labels, speakers):
        return statements
    turns = turns_of(paragraphs, speakers, text)
    found = answers(turns, text)
    if not found:
        return statements
    for label in labels:
        speaker = speakers.get(label.key)
        if speaker is not None and speaker is not _INTERVIEWER:
            speaker.add_mention(label.start, label.end, label.name)
    asking = [label for label in labels if speakers.get(label.key) is _INTERVIEWER]
    kept = [
        _first_person(_unnamed_asker(s, asking), found, quotes)
        for s in statements
        if not _same_turn(s, found) and not _asked(s, found, asking, text)
    ]
    asked = questions(turns, paragraphs, text)
    kept = [
        s
        for s in kept
        if not _told_in_answer(article.text, s, found) and not _askers_talk(s, asked, quotes)
    ]
    kept = [s for s in kept if not _in_original(s, turns, text)]
    added = [
        _answer_statement(article, a)
        for a in found
        if not _already_said(article.text, a, kept) and not courtesy_only(text[a.start : a.end])
    ]
    seen = {s.id for s in kept}
    return sorted(kept + [s for s in added if s.id not in seen], key=lambda s: (s.start, s.end))


def _in_original(statement: Statement, turns: list[Turn], text: str) -> bool:
    """A statement inside the original-language words an answer's translation tag opens
    ("((es))Spanish language: ..."): the English words before it say the same."""
    return any(
        lo <= statement.start < hi
        for label, speaker, end in turns
        if speaker is not None and speaker is not _INTERVIEWER
        for lo, hi in tagged_originals(text, label.body, end)
    )


def _same_turn(statement: Statement, found: list[Answer]) -> bool:
    """A statement the ordinary cues read from an answer's label ("A: Prices will rise." read
    as A saying so; the mention may run past the label): the answer itself, which replaces
    it."""
    mention = statement.speaker_mention
    if mention is None:
        return False
    return any(
        mention.start < a.label.end and a.label.start < mention.end and a.start <= statement.start
        for a in found
    )


_SENTENCE_END = re.compile(r"[.?!\n]")


def _asked(statement: Statement, found: list[Answer], asking: list[Label], text: str) -> bool:
    """An unquoted statement outside the answers whose sentence is a question ("((WN)) What
    has the council planned?", "Did the players back you?"): the interviewer asks, no one
    reports. A question its label's colon puts to the interviewee ("Q: Why now?") stays."""
    mention = statement.speaker_mention
    if statement.kind != "indirect" or (
        mention is not None
        and not any(c.isalpha() for c in statement.cue)
        and any(label.start <= mention.start and mention.end <= label.end for label in asking)
    ):
        return False
    if any(a.start <= statement.start < a.end for a in found):
        return False
    end = _SENTENCE_END.search(text, statement.end)
    return end is not None and end.group() == "?"


def _unnamed_asker(statement: Statement, asking: list[Label]) -> Statement:
    """A statement the ordinary cues credit to an interviewer's label ("Q: Why now?" read as
    Q asking; "((WN)) Were you satisfied?" read as WN being satisfied): it keeps the label as
    speaker mention and names no one."""
    mention = statement.speaker_mention
    if mention is None or statement.speaker is None:
        return statement
    if not any(label.start <= mention.start and mention.end <= label.end for label in asking):
        return statement
    return replace(statement, speaker=None, speaker_id=None, speaker_role=None)


def _first_person(
    statement: Statement, found: list[Answer], quotes: tuple[QuoteSpan, ...]
) -> Statement:
    """A statement inside an answer whose speaker is "I" or "we" outside quotation marks
    ("I think prices will fall"): the interviewee's."""
    mention = statement.speaker_mention
    if mention is None or mention.text.lower() not in _FIRST_PERSON:
        return statement
    if _quoted(mention, quotes):
        return statement
    answer = next((a for a in found if a.start <= mention.start < a.end), None)
    if answer is None:
        return statement
    return _credited(statement, answer)


def _credited(statement: Statement, answer: Answer) -> Statement:
    """The statement given to the one who answers, with the role the article gives them."""
    entity = answer.speaker
    return replace(
        statement,
        speaker=entity.name,
        speaker_id=person_id(entity.name),
        speaker_role=next(iter(entity.roles), None),
    )


def _quoted(mention: Mention, quotes: tuple[QuoteSpan, ...]) -> bool:
    """Whether the mention lies inside quotation marks ("I" in a quoted sentence is not the
    interviewee)."""
    return any(q.start <= mention.start and mention.end <= q.end for q in quotes)


def _told_in_answer(text: str, statement: Statement, found: list[Answer]) -> bool:
    """A statement inside an answer that the answer carries: the interviewee's own narration
    unless it stands for the whole answer ("I don't remember how much I scored"), the turn's
    talk ("they will look for alternatives", "you can see that") or an account of someone
    else not wholly quoted ("my brother wanted to stay", 'the board called it "a waste"');
    not a report the article makes."""
    answer = next((a for a in found if a.start <= statement.start < a.end), None)
    if answer is None:
        return False
    if statement.speaker == answer.speaker.name:
        return not _covers(text, statement, answer) and not _named(statement, answer.speaker)
    return statement.speaker is None or statement.kind != "direct"


def _named(statement: Statement, person: Entity) -> bool:
    """The statement's speaker mention names the person ("IM Ann Lee decided to stay"): the
    writer's narration set between the turns, for no one names themselves."""
    mention = statement.speaker_mention
    words = set(normalise_name(mention.text).split()) if mention is not None else set()
    return bool(words & {normalise_name(person.surname), normalise_name(person.first)} - {""})


def _askers_talk(
    statement: Statement, asked: list[tuple[int, int]], quotes: tuple[QuoteSpan, ...]
) -> bool:
    """A statement inside the interviewer's turn that reports no one: one credited to "you"
    outside quotation marks, the interviewer recalling the interviewee ("((WN)) You mentioned
    the site was old. Why?"), or one whose speaker stays unknown or is a bare quantifier
    and is not the label ("Let me congratulate you on the prize.", "I suspect the rule will
    change; do you agree?", "Some say it will fail. Will it?")."""
    mention = statement.speaker_mention
    turn = next(((a, b) for a, b in asked if a <= statement.start < b), None)
    if turn is None:
        return False
    if mention is not None and mention.text.lower() in _SECOND_PERSON:
        return not _quoted(mention, quotes)
    unknown = statement.speaker is None or (
        mention is not None and mention.text.lower() in QUANTIFIER_WORDS
    )
    return unknown and (mention is None or turn[0] <= mention.start)


def _already_said(text: str, answer: Answer, statements: list[Statement]) -> bool:
    """A statement of the same speaker covers most of the answer."""
    return any(s.speaker == answer.speaker.name and _covers(text, s, answer) for s in statements)


def _covers(text: str, statement: Statement, answer: Answer) -> bool:
    """The statement spans most of the answer's words and the answer says nothing more after
    it: it stands for the answer (not "[my guess is], I'd say, 70.", which goes on)."""
    shared = min(statement.end, answer.end) - max(statement.start, answer.start)
    if shared < _ANSWER_SHARE * (answer.end - answer.start):
        return False
    return not goes_on(text, statement, answer.end)


def _answer_statement(article: Article, answer: Answer) -> Statement:
    """The direct statement of one answer."""
    entity = answer.speaker
    label = answer.label
    text = article.text
    cue_start, cue_end = stripped_range(text, label.label_start, label.body)
    return Statement(
        id=record_id(article.id, answer.start, answer.end, "direct"),
        article_id=article.id,
        text=text[answer.start : answer.end],
        start=answer.start,
        end=answer.end,
        kind="direct",
        speaker=entity.name,
        speaker_id=person_id(entity.name),
        speaker_role=next(iter(entity.roles), None),
        speaker_mention=Mention(label.name, label.start, label.end),
        cue=text[cue_start:cue_end],
        said_on=None,
        cue_start=cue_start,
        cue_end=cue_end,
    )


__all__ = ["Answer", "Label", "paragraph_label", "person_named", "read_interview"]
