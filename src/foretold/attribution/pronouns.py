"""Pronoun resolution: the person a "he" or "she" refers to, and the speaking body a "they"
continues.

The people an article mentions are kept in text order. A pronoun goes to the nearest preceding
compatible person, preferring speakers and main-clause subjects ("Conley said she believes ...")
or the owners of a main-clause subject that is a thing ("Bale's visit ...", `subject_owners`)
and never reaching into another quotation, but a person of unknown gender loses to one in the
pronoun's own sentence already known to have its gender, or to a subject of any clause in the
sentence before known to have it (or named as the owner of such a subject: "Lee's plan") when
the person comes from further back or from an earlier paragraph ("Lee said the king gave in.
Later he said ...": the king), and a speaker or subject of an earlier sentence loses to the
person who frames the pronoun's own sentence, the subject of an adverbial clause or an author
after "by" ("When Lee took office, she praised ..."; "A letter by Lee reached them, and she
..."), or to the person the sentence before is about when no person is its main-clause subject
("It was the first time Lee spoke since he was freed by Cole. He said ...": Lee,
`sentence_centres`). A person of unknown gender is passed over when a narrating "he" or "she" of
the other gender follows them before anyone else is named, for it stands for them ("Bo Ray died.
He was 19. She said ...": not Ray); the pronoun's gender then sticks to that person. A person of
unknown gender named after a narrating "he" or "she" that opens their sentence loses to whoever
that pronoun stands for ("He ran, and Ann Lee helped him. He won": not Lee), and no one named
before an unnamed newcomer of the pronoun's gender in its sentence or the one before is its
antecedent: the newcomer is ("after one of their daughters escaped. She said ...": one of their
daughters, `newcomer`), sentences wholly inside quotation marks not counted ('A woman came up. I
said, "Stop. Be calm." And she said ...': the woman). A possessive "his" or "her" names an owner
only when one subject of its gender alone fits in its sentence or the one before
(`Antecedents.owner`), and a role description ("the former governor") the nearest fitting
speaker or subject (`Antecedents.described`). A named person who reports a clause that opens
with "he" or "she" outside quotation marks ("Conley said she believes ...") speaks of themselves
and has that gender from then on, and so does the one person a narrating "he" or "she" can stand
for (`pronoun_genders`). A "he" or "she" that names a speaker is itself an antecedent for the
pronouns after it ("She backs the plan. She opposes ..."), and a name a plural verb or ending
shows to be a group ("Ex-Rangers are ...") is none. A "they" outside quotation marks that opens
the sentence of a cue goes to an organisation or group that spoke in the same or the sentence
before ("The company said ... They added ..."), when no other plural subject comes between, bar
one inside what that organisation said ("The army said 36 people were ill. They added ...");
failing that, it goes to the nearest plural subject before it in its sentence or the one before
(past quoted sentences; a thing in a relative clause does not count), when that subject names
people or a body ("The researchers tagged the birds. They found ...": the researchers; "The
authorities gave no list of the ports they said were shut": the authorities; not "The flies
hovered. They did not land"). A plural record on the way ends the search ("The files leaked.
They showed ...": no one), and any other thing is passed over ("The researchers tagged birds.
Some flies hovered. They found ...": the researchers). Names joined by "and" count as plural,
also a list the parser hung on the first name as an apposition ("Ann Lee, Bo Ray and Cy
Dunn"). With nothing there, it reaches one sentence further back for
such a subject ("Lee and Ray met. An envoy joined them. They said ...": Lee and Ray), or a body
or people subject ("The team tagged geese. Each tag weighed 5 g. They found ..."). A short form
the tagger took for a pronoun ("WHO said ...") names the organisation that spoke under that name
or whose initials it gives. A possessive "their" outside quotation marks goes to the subject of
a clause holding it that names people or a body, past an "it" or "they" standing for that
subject, unless a body or people named as an object come between ("GM said it may need $30
billion, up from their estimate": GM; not "Acme asked the board about their ruling")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

from foretold.attribution.author_groups import et_al, loose_authors
from foretold.attribution.cues import SPEAKING_DOCUMENTS
from foretold.attribution.entities import Entity
from foretold.attribution.people_plurals import measured, people_plural
from foretold.attribution.pronoun_genders import (
    SUBJECT_PRONOUNS,
    main_clause,
    taught_gender,
    unnamed_newcomer,
)
from foretold.attribution.sentence_centres import centre_before, sentence_before
from foretold.attribution.sentence_reach import narrated_reach_start, reach_start
from foretold.attribution.short_forms import long_form
from foretold.attribution.subject_owners import owns_subject
from foretold.attribution.token_index import tokens_lowered
from foretold.ids import normalise_name

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
PERSON_WINDOW = 4000  # characters back that a pronoun may reach


# How many sentences before its reach a "they" with no subject there looks back for a group.
_FURTHER_SENTENCES = 3


class Antecedents:
    """The person mentions of one article, in text order, that pronouns look back through."""

    def __init__(self, in_quote: list[int]) -> None:
        self._in_quote = in_quote  # the quotation each token is in, or -1
        self._speaker_tokens: set[int] = set()
        self._person_starts: list[int] = []  # char offsets of person mentions, sorted
        self._person_at: list[tuple[Token, Entity]] = []
        self._bodies: list[tuple[Token, Entity]] = []  # organisation and group speakers

    def add(self, head: Token, entity: Entity) -> None:
        """Index a mention of a person by its head token (once per token)."""
        at = bisect_left(self._person_starts, head.idx)
        if at < len(self._person_starts) and self._person_at[at][0].i == head.i:
            return
        self._person_starts.insert(at, head.idx)
        self._person_at.insert(at, (head, entity))

    def learn_genders(self, doc: Doc) -> None:
        """Give each person the gender of a narrating "he" or "she" that can only stand for
        them (`pronoun_genders`), in text order."""
        for token in tokens_lowered(doc, ("he", "she")):
            end = bisect_left(self._person_starts, token.idx)
            taught = taught_gender(token, self._person_at[:end], self._in_quote)
            if taught is not None:
                _learn(*taught)

    def note_speaker(self, head: Token, entity: Entity) -> None:
        """A speaker is the likeliest antecedent of the pronouns that follow, also one a "he"
        or "she" names ("She backs the plan. She opposes ...": whoever the first is)."""
        if entity.kind == "person" and head.lower_ in {"he", "she"}:
            self._speaker_tokens.add(head.i)
            self.add(head, entity)
        elif entity.kind == "person" and head.pos_ != "PRON":
            self._speaker_tokens.add(head.i)
            self.add(head, entity)
            if entity.gender is None and (own := self._own_subject(head)) is not None:
                _learn(entity, "m" if own.lower_ in MALE_PRONOUNS else "f")
        elif entity.kind in {"organization", "group"} and head.pos_ != "PRON":
            self._bodies.append((head, entity))

    def _own_subject(self, head: Token) -> Token | None:
        """The "he" or "she" that opens the clause a named person reports, outside quotation
        marks ("Conley said she believes ...": she, Conley herself), or None."""
        if head.dep_ != "nsubj":
            return None
        for clause in head.head.children:
            if clause.dep_ != "ccomp" or clause.i < head.i:
                continue
            for subject in clause.children:
                if (
                    subject.dep_ in {"nsubj", "nsubjpass"}
                    and subject.lower_ in {"he", "she"}
                    and self._in_quote[subject.i] < 0
                ):
                    return subject
        return None

    def short_form_body(self, token: Token) -> Entity | None:
        """The organisation that spoke before under a short form the tagger took for a pronoun
        ("The World Health Organization (WHO) said ... WHO said ...": the World Health
        Organization, by its alias or its initials), or None for a real pronoun."""
        text = token.text
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6):
            return None
        before = [entity for head, entity in self._bodies if head.i < token.i]
        key = normalise_name(text)
        for entity in reversed(before):
            if key in {normalise_name(name) for name in (entity.name, *entity.aliases)}:
                return entity
        return long_form(text, "organization", before)

    def resolve_plural(self, token: Token) -> Entity | None:
        """The organisation or group a sentence-opening "they" continues: the last one that
        spoke in the same or the sentence before, with no other plural subject between ("The firm
        said it would appeal. They added ...": the firm; not when "120 of the members backed it"
        comes between, but past one inside what the firm said), or None."""
        if token.lower_ != "they" or self._in_quote[token.i] >= 0 or not self._bodies:
            return None
        if any(not t.is_punct for t in token.sent[: token.i - token.sent.start]):
            return None  # only a sentence's subject: "... a report in which they said" is not
        head, entity = self._bodies[-1]
        doc = token.doc
        sentence = token.sent
        if head.i >= token.i or self._in_quote[head.i] >= 0:
            return None
        if head.sent != sentence and (
            sentence.start == 0 or head.sent != doc[sentence.start - 1].sent
        ):
            return None
        between = doc[head.i + 1 : token.i]
        reported = head.head if head.dep_ == "nsubj" else None
        if any(_blocks(t, reported) for t in between):
            return None
        return entity

    def plural_subject(self, token: Token) -> Token | None:
        """The nearest plural subject before a "they" outside quotation marks, in its sentence
        or the one before, when it names people or a body ("The officers were suspended. They
        said ...": officers; "The geologists began in 2004. At first, they thought ...":
        geologists, `people_plural`), or None: the nearest is what "they" stands for, and a
        record ("the files") speaks for no one, unless it is the subject of a relative
        clause ("The team mapped spots where fences had fallen. They concluded ...": not the
        fences); a thing that can be no source of words ("the flies") is passed over, but
        only for people or a body named as a plural subject, or for a group of the sentence
        before those searched (`_group_further_back`). The sentence before passes over
        sentences that open inside quotation marks, where things block nothing. With no
        plural subject there, a "they" goes to the nearest body named as a singular subject
        ("The team tagged the birds. They found ...", "Acme have cut prices, and they said
        ...": the team, Acme) or, failing one, to an earlier "they" that is a subject there
        ("They tagged the birds. They found ...": whoever the first stands for). Authors
        cited as "X et al" before the main verb are a subject whatever the parser made of
        them ("Berg et al studied mosses. They found ...": Berg et al, `loose_authors`), and
        so is a name the parser hung as a modifier on the verb just after it when that verb
        has no subject (`_stray_subject`). The people or body owning a plural thing that is
        a subject stand for it ("The strikers' demands include a raise. They also asked ...":
        the strikers, `_plural_owners`)."""
        if token.lower_ != "they" or self._in_quote[token.i] >= 0:
            return None
        doc = token.doc
        start = self._unquoted_reach(token)
        near = reach_start(token, 1)  # things beyond it, past quotations, block nothing
        fallback: Token | None = None
        earlier: Token | None = None
        passed_thing = -1  # where a thing that can be no source came between
        for candidate in reversed(doc[start : token.i]):
            if self._in_quote[candidate.i] >= 0:
                continue
            if loose_authors(candidate):
                return candidate  # "Berg et al studied mosses. They found ...": Berg et al
            if candidate.dep_ not in {"nsubj", "nsubjpass"} and not _stray_subject(candidate):
                continue
            if candidate.lower_ == "they":
                earlier = earlier or candidate
                continue
            if candidate.pos_ in {"PRON", "NUM"}:
                continue
            if not _plural(candidate):
                if fallback is None and _singular_body(candidate):
                    fallback = candidate
                continue
            body = candidate.ent_type_ in {"ORG", "NORP", "PERSON"} or _body_noun(candidate)
            if body or people_plural(candidate):
                return measured(candidate)
            if (owners := _plural_owners(candidate)) is not None:
                return owners
            if candidate.head.dep_ != "relcl" and candidate.i >= near:
                if _records(candidate):
                    return None
                passed_thing = max(passed_thing, candidate.i)
        if passed_thing >= 0:  # past a thing, only people it acted on or an earlier group
            return self._people_object(token, passed_thing) or self._group_further_back(
                token, start
            )
        return (
            fallback
            or earlier
            or self._people_object(token)
            or self._group_further_back(token, start)
        )

    def _people_object(self, token: Token, after: int = -1) -> Token | None:
        """The nearest plural object naming people or a body before a "they" in its own
        sentence, outside quotation marks, when no subject there or in the sentence before
        could be what "they" stands for: a singular subject leaves the people it acted on
        ("Fields made a deal with prosecutors on condition they would not seek death": the
        prosecutors; "The update lets users share files, provided they accept the terms":
        the users); past a plural thing, only an object after it ("The hearings ended. Fields
        made a deal with prosecutors on condition they would not seek ...": the prosecutors).
        The clause of "they" must hang under the verb whose object it takes, as a condition, a
        sequel or a report of it: not "With men, they find it easy" (the object of the clause
        of "they" itself) nor "When critics failed the women, they said" (an object inside a
        clause before it)."""
        verb = _clause_verb(token)
        for candidate in reversed(token.doc[max(token.sent.start, after + 1) : token.i]):
            if self._in_quote[candidate.i] >= 0 or candidate.dep_ not in _OBJECT_DEPS:
                continue
            acting = _clause_verb(candidate)
            if acting is None or verb is None or acting == verb or not acting.is_ancestor(verb):
                continue
            if not _plural(candidate) or candidate.pos_ in {"PRON", "NUM"}:
                continue
            if _body_noun(candidate) or people_plural(candidate) or _named_people(candidate):
                return measured(candidate)
        return None

    def their_owner(self, token: Token) -> Token | None:
        """The subject that owns a possessive "their" outside quotation marks, found up the
        clauses that hold it (`_clause_owner`): "GM said it may need more, up from their
        estimate": GM; "Lee and her aides faced scrutiny over their claims": Lee and her
        aides; or None."""
        if token.lower_ != "their" or token.dep_ != "poss" or self._in_quote[token.i] >= 0:
            return None
        return _clause_owner(token)

    def _group_further_back(self, token: Token, start: int) -> Token | None:
        """The nearest subject of the sentences before token ``start``, up to three back and
        outside quotation marks, that names people joined by "and", a body or people, or
        None: a "they" with no plural subject, body or earlier "they" in its own sentence or
        the one before reaches past sentences about one of them, a newcomer or a thing ("Ann
        Lee and Bo Ray met in Oslo. The Dutch envoy joined them. They said ...": Lee and Ray;
        "The team tagged geese. Each tag weighed 5 g. It held a chip. Most birds flew south.
        They observed ...": the team), also authors cited as "X et al" ("Berg et al cite a
        study. Some microbes survive. They found ...": Berg et al). Sentences that open
        inside quotation marks are passed over without being counted."""
        doc = token.doc
        counted = 0
        while start > 0 and counted < _FURTHER_SENTENCES:
            sentence_start = doc[start - 1].sent.start
            opening = next((t for t in doc[sentence_start:start] if not t.is_punct), None)
            if opening is None or self._in_quote[opening.i] < 0:
                counted += 1
            for candidate in reversed(doc[sentence_start:start]):
                if self._in_quote[candidate.i] < 0 and loose_authors(candidate):
                    return candidate  # "Berg et al cite a study. Some moss dies. They found"
                if self._in_quote[candidate.i] >= 0 or candidate.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                if _named_people(candidate) or _singular_body(candidate):
                    return candidate
                if _plural(candidate) and (_body_noun(candidate) or people_plural(candidate)):
                    return measured(candidate)
            start = sentence_start
        return None

    def _unquoted_reach(self, token: Token) -> int:
        """The start of the sentence before a token's own, passing over sentences that open
        inside quotation marks ("Acme issued a statement: "We regret it. We will pay." They
        added ...": back to "Acme")."""
        doc = token.doc
        start = token.sent.start
        while start > 0:
            start = doc[start - 1].sent.start
            opening = next((t for t in doc[start:] if not t.is_punct), doc[start])
            if self._in_quote[opening.i] < 0:
                break
        return start

    def resolve(self, token: Token, prefer: Entity | None = None) -> Entity | None:
        """The nearest compatible person before a personal pronoun, or the one framing its
        sentence ("When Lee took office, she ...") over a speaker of an earlier sentence; for a
        short form the tagger took for a pronoun, the organisation it names
        (`short_form_body`)."""
        if (body := self.short_form_body(token)) is not None:
            return body
        lower = token.lower_
        if lower in PLURAL_PRONOUNS or lower not in GENDERED_PRONOUNS:
            return None
        gender = "m" if lower in MALE_PRONOUNS else "f"
        if prefer is not None and prefer.kind == "person" and prefer.gender in {None, gender}:
            return _learn(prefer, gender)
        end = bisect_left(self._person_starts, token.idx)
        fallback: Entity | None = None
        framing: Entity | None = None  # "When Lee took office, she ...": Lee
        known: Entity | None = None  # the nearest in its sentence known to have its gender
        recent: Entity | None = None  # the nearest such subject in the sentence before
        sentence_start = token.sent.start
        before = reach_start(token, 1)
        newcomer = self._newcomer(token, gender, narrated_reach_start(token, 1, self._in_quote))
        for index in range(end - 1, -1, -1):
            if token.idx - self._person_starts[index] > PERSON_WINDOW:
                break
            head, entity = self._person_at[index]
            if head.i < newcomer:
                break  # "after one of their daughters escaped, she ...": no one named
            if entity.gender not in {None, gender} or head.i >= token.i or _plural_name(head):
                continue
            if entity.gender is None and self._drew_other(index, token, gender):
                continue
            if self._in_quote[head.i] >= 0 and self._in_quote[head.i] != self._in_quote[token.i]:
                continue
            if (
                head.i in self._speaker_tokens
                or (head.dep_ in {"nsubj", "nsubjpass"} and main_clause(head.head))
                or owns_subject(head)
            ):
                if entity.gender is None and known is not None:
                    return known  # "Lee said Mrs. Cole's aide cut her salary": Cole
                if recent is not None and (
                    entity.gender is None and head.i < before or _other_paragraph(head, token)
                ):
                    return recent  # "Lee said the king gave in. Later he said ...": the king
                if framing is not None and head.i < sentence_start:
                    return _learn(framing, gender)
                if head.i < before and (centre := self._centre(token, end, gender)) is not None:
                    return _learn(centre, gender)  # "This was the first time Lee spoke ..."
                if entity.gender is None and (
                    (opener := self._narrating_opener(head, gender)) is not None
                    and (earlier := self.resolve(opener)) is not None
                ):
                    return earlier  # "He ran, and Ann Lee helped him. He won": not Lee
                return _learn(entity, gender)
            if fallback is None:
                fallback = entity
                if head.i >= sentence_start and _framing_person(head):
                    framing = entity
            if known is None and entity.gender == gender and head.i >= sentence_start:
                known = entity
            elif recent is None and entity.gender == gender and _subject_from(head, before):
                recent = entity
        return _learn(fallback, gender) if fallback else None

    def _centre(self, token: Token, end: int, gender: str) -> Entity | None:
        """The person the sentence before a pronoun is about when no person is its
        main-clause subject (`centre_before`), among the first ``end`` people, or None."""
        sentence = sentence_before(token)
        if sentence is None:
            return None
        start = bisect_left(self._person_starts, sentence.start_char)
        return centre_before(token, self._person_at[start:end], self._in_quote, gender)

    def newcomer(self, token: Token) -> Token | None:
        """The unnamed person of its gender a "he" or "she" outside quotation marks stands for
        when one was brought in in its sentence or the one before (`unnamed_newcomer`): "after
        one of their daughters escaped. She said ...": one of their daughters; or None."""
        lower = token.lower_
        if self._in_quote[token.i] >= 0 or lower not in GENDERED_PRONOUNS:
            return None
        gender = "m" if lower in MALE_PRONOUNS else "f"
        start = narrated_reach_start(token, 1, self._in_quote)
        found = self._newcomer(token, gender, start)
        return None if found < 0 else token.doc[found]

    def _newcomer(self, token: Token, gender: str, start: int) -> int:
        """The position of the last unnamed person of ``gender`` brought in outside quotation
        marks between token ``start`` and a pronoun (`unnamed_newcomer`), or -1."""
        for candidate in reversed(token.doc[start : token.i]):
            if self._in_quote[candidate.i] < 0 and unnamed_newcomer(candidate, gender):
                return candidate.i
        return -1

    def _narrating_opener(self, head: Token, gender: str) -> Token | None:
        """The narrating subject "he" or "she" of ``gender`` that opens the main clause of a
        person's sentence before that person is named, or None: it stands for someone else,
        whom a later pronoun of that gender continues ("He ran, and Ann Lee helped him. He
        won": the first "he", not Lee)."""
        for token in head.doc[head.sent.start : head.i]:
            if (
                SUBJECT_PRONOUNS.get(token.lower_) == gender
                and token.dep_ in {"nsubj", "nsubjpass"}
                and token.head.dep_ == "ROOT"
                and self._in_quote[token.i] < 0
            ):
                return token
        return None

    def _drew_other(self, index: int, token: Token, gender: str) -> bool:
        """Whether the person at ``index`` is the nearest before a narrating subject "he" or
        "she" of the other gender that comes before ``token``, which stands for them ("Bo Ray
        died. He was 19. She said ...": the "he" is Ray, so "she" is not)."""
        head = self._person_at[index][0]
        stop = token.i
        if index + 1 < len(self._person_at):
            stop = min(stop, self._person_at[index + 1][0].i)
        return any(
            SUBJECT_PRONOUNS.get(t.lower_) not in {None, gender}
            and t.dep_ in {"nsubj", "nsubjpass"}
            and self._in_quote[t.i] < 0
            for t in token.doc[head.i + 1 : stop]
        )

    def owner(self, token: Token) -> Entity | None:
        """The person a possessive "his" or "her" refers to when the text leaves no doubt: the
        one person of a fitting gender named as a subject in its sentence or the sentence
        before, with no other such person named between ("Lee sold the firm, and his
        campaign said ...", "Lee spoke. His campaign said ...": Lee; a name set beside the
        subject noun counts: "Singer Bo Ray died. His agent said ...": Ray), or None; the pronoun
        teaches no one a gender. The subject of a clause whose own subject the pronoun owns
        is the likeliest owner also past others named in between ("Lee attacked Ray and his
        campaign said ...": Lee, `_conjunct_subject`)."""
        lower = token.lower_
        if lower not in {"his", "her"} or self._in_quote[token.i] >= 0:
            return None
        gender = "m" if lower in MALE_PRONOUNS else "f"
        if (parallel := self._conjunct_subject(token, gender)) is not None:
            return parallel
        start = reach_start(token, 1)
        end = bisect_left(self._person_starts, token.idx)
        found: Entity | None = None
        for index in range(end - 1, -1, -1):
            head, entity = self._person_at[index]
            if head.i < start:
                break
            if entity.gender not in {None, gender} or self._in_quote[head.i] >= 0:
                continue
            if found is not None and entity is not found:
                return None  # two people it could be
            if (
                head.dep_ in {"nsubj", "nsubjpass"}
                or _beside_subject(head)
                or head.i in self._speaker_tokens
            ):
                found = found or entity
            elif found is None:
                return None  # a nearer person who is no subject
        return found

    def _conjunct_subject(self, token: Token, gender: str) -> Entity | None:
        """The person of a fitting gender who is the subject of the clause that the clause of
        a possessive pronoun's subject is joined to by "and" or "but" ("Lee attacked Ray and
        his campaign called ...": Lee), or None."""
        noun = token.head
        if token.dep_ != "poss" or noun.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        verb = noun.head
        if verb.dep_ != "conj" or verb.head.i >= verb.i:
            return None
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or self._in_quote[subject.i] >= 0:
            return None
        at = bisect_left(self._person_starts, subject.idx)
        if at == len(self._person_starts) or self._person_at[at][0].i != subject.i:
            return None
        entity = self._person_at[at][1]
        return entity if entity.gender in {None, gender} else None

    def described(
        self, head: Token, gender: str | None = None, fits: Callable[[Entity], bool] = bool
    ) -> Entity | None:
        """The person a definite description of a role looks back to when no one was given
        that role: the nearest speaker or main-clause subject before it in its sentence or
        the two before, of a fitting gender and kind (``fits``), never inside another
        quotation ("Ann Lee endorsed Cole. The former governor said ...": Ann Lee), or None."""
        start = reach_start(head, _DESCRIBED_REACH)
        end = bisect_left(self._person_starts, head.idx)
        for index in range(end - 1, -1, -1):
            token, entity = self._person_at[index]
            if token.i < start:
                break
            if gender is not None and entity.gender not in {None, gender} or not fits(entity):
                continue
            if self._in_quote[token.i] >= 0 and self._in_quote[token.i] != self._in_quote[head.i]:
                continue
            if token.i in self._speaker_tokens or (
                token.dep_ in {"nsubj", "nsubjpass"} and main_clause(token.head)
            ):
                return entity if gender is None else _learn(entity, gender)
        return None


_DESCRIBED_REACH = 2  # sentences before a role description searched for its person


def _beside_subject(head: Token) -> bool:
    """A name set beside the noun that is a clause's subject, which the parser may make the
    head ("US singer and lyricist Bo Ray died": Ray, in apposition to "lyricist"), and so
    is that subject."""
    return head.dep_ == "appos" and head.head.dep_ in {"nsubj", "nsubjpass"}


def _framing_person(head: Token) -> bool:
    """A person who frames the clause a pronoun opens: the subject of an adverbial clause
    ("When Lee took office, she ...") or the author after "by" ("a letter by Lee shows her
    ...")."""
    if head.dep_ in {"nsubj", "nsubjpass"}:
        return head.head.dep_ == "advcl"
    return head.dep_ == "pobj" and head.head.lower_ == "by"


def _plural_name(head: Token) -> bool:
    """A name read as a person's that a plural verb or plural ending shows to be a group
    ("Ex-Rangers are a minority"), which no "he" or "she" stands for."""
    if head.dep_ == "nsubj" and head.head.tag_ == "VBP":
        return True
    if not head.ent_type_:
        return False
    last = head
    while last.i + 1 < len(head.doc) and head.doc[last.i + 1].ent_iob_ == "I":
        last = head.doc[last.i + 1]
    return last.tag_ == "NNPS"


def _other_paragraph(head: Token, token: Token) -> bool:
    """Whether a line break stands between two tokens: they are in different paragraphs."""
    return "\n" in head.doc[head.i : token.i].text_with_ws  # not Doc.text, which joins all


def _subject_from(head: Token, start: int) -> bool:
    """A subject of any clause at or after token ``start``, or the owner named before one
    ("Lee's plan includes ...": Lee)."""
    if head.dep_ == "poss":
        head = head.head
    return head.i >= start and head.dep_ in {"nsubj", "nsubjpass"}


def _learn(entity: Entity, gender: str) -> Entity:
    if entity.gender is None:
        entity.gender = gender
    return entity


def _stray_subject(name: Token) -> bool:
    """A name just before a verb that has no subject, which the parser hung on that verb as a
    modifier ("Acme unveiled a phone" read with "Acme" as a noun-phrase adverbial): the
    verb's subject all the same."""
    verb = name.head
    return (
        name.dep_ == "npadvmod"
        and name.pos_ == "PROPN"
        and verb.pos_ == "VERB"
        and verb.i == name.i + 1
        and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children)
    )


def _clause_owner(pronoun: Token) -> Token | None:
    """The subject of the nearest clause holding a possessive "their" that names people or a
    body, plural or singular ("GM says it may need $30 billion, up from their estimate": GM,
    past the "it" that stands for it; "Lee and her aides faced scrutiny over their claims":
    Lee and her aides), or None: when that subject is a person, a thing or another pronoun,
    when the "their" is inside it, or when a body or people named as an object come between
    ("Acme asked the board about their ruling": either)."""
    verb = pronoun
    while verb.head != verb:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i > pronoun.i:
            continue
        if subject.lower_ in {"it", "they"}:
            continue  # "GM says it may need ...": the subject above stands for both
        if subject.pos_ in {"PRON", "NUM"} or subject.is_ancestor(pronoun):
            return None
        body = _plural(subject) and (
            subject.ent_type_ in {"ORG", "NORP", "PERSON"}
            or _body_noun(subject)
            or people_plural(subject)
        )
        if not (body or _singular_body(subject)):
            return None
        between = subject.doc[subject.right_edge.i + 1 : pronoun.i]
        if any(_named_party(t) for t in between):
            return None
        return measured(subject)
    return None


def _named_party(token: Token) -> bool:
    """A body or people named as an object, which a "their" after it may stand for as well
    ("the board", "the rebels", "Acme")."""
    if token.dep_ not in {"dobj", "pobj", "dative", "conj"}:
        return False
    if _plural(token) and token.pos_ != "NUM":
        return _body_noun(token) or people_plural(token) or token.ent_type_ in {"ORG", "NORP"}
    return token.dep_ == "dobj" and _singular_body(token)


def _blocks(subject: Token, reported: Token | None) -> bool:
    """A plural subject that a "they" could stand for instead of the body before it; not one
    inside what that body said ("The army said 36 people were ill. They said ...": the army),
    unless it is names joined by "and"."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or not _plural(subject):
        return False
    if reported is None or not reported.is_ancestor(subject):
        return True
    return subject.pos_ == "PROPN" and any(c.dep_ == "conj" for c in subject.children)


def _plural_owners(thing: Token) -> Token | None:
    """The plural people or body named as owners of a plural thing ("[the strikers'] demands",
    "[the banks'] losses"), or None: what the thing says or does is theirs, so a "they" after
    it stands for them."""
    if _records(thing) or thing.pos_ != "NOUN":
        return None
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or not _plural(owner):
        return None
    if _body_noun(owner) or people_plural(owner):
        return measured(owner)
    return None


def _records(thing: Token) -> bool:
    """A plural thing that can itself be the source of what a "they" reports, so that the
    "they" may stand for it and for no one further back: documents, studies and other records
    ("The files leaked. They showed ...", "The tests were rerun. They found ..."); not one
    that tells nothing ("Some microbes survive. They found ...": not the microbes)."""
    lemma = thing.lemma_.lower()
    return lemma in SPEAKING_DOCUMENTS or lemma in _RECORD_NOUNS


# Plural things besides documents that a reporting "they" may stand for.
_RECORD_NOUNS = frozenset(
    {
        *("data", "result", "finding", "figure", "record", "test", "number", "statistic"),
        *("image", "photo", "photograph", "picture", "scan", "sample", "measurement"),
        *("observation", "experiment", "trial", "file", "log", "recording", "message", "text"),
        *("sign", "sensor", "instrument", "camera", "tape", "note"),
    }
)


# Dependencies of an object a "they" may stand for ("met the officers", "a deal with them").
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word belongs to: the first verb or auxiliary up its heads
    ("prosecutors" of "made a deal with prosecutors": made), or None at a root with none."""
    while token.pos_ not in {"VERB", "AUX"}:
        if token.head == token:
            return None
        token = token.head
    return token


def _plural(token: Token) -> bool:
    """A plural noun, pronoun or number, names joined by "and" or authors cited as "X et al"
    ("officials", "they", "120 of the members", "Acme and Velo", "Berg et al")."""
    return (
        token.tag_ in {"NNS", "NNPS"}
        or any(et_al(c) for c in (token, *token.children))
        or token.lower_ in PLURAL_PRONOUNS
        or token.pos_ == "NUM"
        or any(c.dep_ == "conj" for c in token.children)
        or _named_people(token)
    )


def _named_people(subject: Token) -> bool:
    """A person's name joined by "and" to other names or to people, also when the parser
    hung the list on the first name as an apposition ("Ann Lee and Bo Ray", "Lee and her
    aides", "Ann Lee, Bo Ray and Cy Dunn")."""
    if subject.ent_type_ != "PERSON" or subject.pos_ != "PROPN":
        return False
    listed = [c for c in subject.children if c.dep_ == "conj"]
    for apposition in subject.children:
        if apposition.dep_ == "appos" and apposition.pos_ == "PROPN":
            listed += [c for c in apposition.children if c.dep_ == "conj"]
    return any(c.pos_ == "PROPN" or c.tag_ == "NNS" for c in listed)


def _singular_body(subject: Token) -> bool:
    """A singular subject that a "they" may stand for: an organisation's name or a noun for a
    body of people ("Acme", "the council", "the research team"), not a person or a thing."""
    return subject.ent_type_ in {"ORG", "NORP"} or _body_noun(subject)


def _body_noun(subject: Token) -> bool:
    """A common noun for a body of people or a business, by its lemma, singular or plural
    ("the council", "authorities", "the two companies", "the shops"): bodies speak like the
    people a "they" stands for."""
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in COLLECTIVE_NOUNS


# Nouns for a body of people or a business, which news often continues with "they",
# singular ("the council", "the mayor's office") or, by their lemma, plural ("authorities",
# "the banks").
COLLECTIVE_NOUNS = frozenset(
    [
        *("team", "panel", "jury", "crew", "delegation", "tribe", "government", "family"),
        *("band", "committee", "council", "board", "commission", "ministry", "department"),
        *("agency", "bureau", "authority", "administration", "company", "firm", "union"),
        *("organisation", "organization", "association", "institute", "university"),
        *("foundation", "league", "federation", "alliance", "coalition", "party", "club"),
        *("network", "group", "parliament", "assembly", "congress", "senate", "court"),
        *("police", "army", "navy"),
        *("corporation", "bank", "store", "shop", "retailer", "supermarket", "airline"),
        *("automaker", "carmaker", "manufacturer", "insurer", "lender", "broadcaster"),
        *("charity", "office"),
    ]
)
