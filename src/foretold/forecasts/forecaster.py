"""Who made a forecast: the speaker of the statement covering it; else the subject of the verb
of saying or expecting that governs it; else the source the narrator cites ("according to U.S.
intelligence"); else the speaker of the quote it sits in; for the narrator's agentless "was
given a one-in-five chance" or stated number, the source the article last cited; else the
publisher. A document for a subject ("the statement said") stands for whoever issued it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from foretold.forecasts.detect import SPEECH_VERBS, Candidate
from foretold.ids import normalise_name, person_id
from foretold.records import Article, Person, Statement

_QUOTES = frozenset('"“”')
_TRIM_DEPS = frozenset({"acl", "relcl", "punct", "cc", "conj", "prep", "appos", "advcl"})
_PRONOUN_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUN_OTHER = frozenset({"it", "they", "them"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Subjects that name no one: relative pronouns, bare common nouns, negative quantifiers.
_WEAK_NAMES = frozenset(
    {
        "which",
        "who",
        "that",
        "statement",
        "the statement",
        "company",
        "the company",
        "it",
        "they",
        "he",
        "she",
        "no one",
        "nobody",
        "one",
        "none",
    }
)
_ORG_NOUNS = frozenset(
    {
        "company",
        "firm",
        "automaker",
        "carmaker",
        "manufacturer",
        "airline",
        "bank",
        "group",
        "government",
        "administration",
        "agency",
    }
)


# Documents that speak for whoever issued them ("the statement said", "the NHC's update").
_DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "release", "announcement", "update", "bulletin", "advisory"}
)
_ISSUING_VERBS = SPEECH_VERBS | {"announce", "release", "issue", "publish"}


@dataclass(frozen=True, slots=True)
class Forecaster:
    name: str
    id: str | None = None
    role: str | None = None
    statement: Statement | None = None


def _noun_phrase(token: Token) -> str:
    """The name a subject or source token stands for, without trailing clauses."""
    keep = [token]
    for child in token.lefts:  # modifiers after a name ("..., close to the Kremlin") are asides
        if child.dep_ in {"compound", "amod", "det", "nummod", "poss", "nmod", "quantmod", "prep"}:
            keep.extend(child.subtree)
    tokens = sorted(keep, key=lambda t: t.i)
    # "a university professor from the University of Michigan": keep a following "of/from" name
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "at"} and child.i > token.i:
            if any(t.ent_type_ in {"ORG", "GPE"} for t in child.subtree) and token.ent_type_ == "":
                tokens = sorted([*tokens, *child.subtree], key=lambda t: t.i)
            break
    start, end = tokens[0].i, tokens[-1].i + 1
    span = token.doc[start:end]
    text = span.text.strip(" ,\"'“”")
    for article in ("the ", "The "):
        if text.startswith(article) and token.ent_type_ in {"ORG", "GPE", "NORP"}:
            break
    return text


def _canonical(name: str, doc: Doc, people: tuple[Person, ...]) -> Person | str:
    """The fullest form of a name in the article ("Conley" -> "Heather Conley")."""
    low = name.lower()
    for person in people:
        names = [person.name, *person.aliases]
        if any(n.lower() == low for n in names):
            return person
    last = low.split()[-1] if low.split() else low
    for person in people:
        if person.name.lower().split()[-1:] == [last] and len(low.split()) <= 2:
            return person
    best = name
    for token in doc:
        if token.lower_ == last and token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
            first = doc[token.i - 1]
            if first.is_title and first.lower_ not in {"mr", "mrs", "ms", "dr"}:
                full = f"{first.text} {token.text}"
                if len(full) > len(best):
                    best = full
    for ent in doc.ents:
        last_word = ent.text.lower().split()[-1:]
        if ent.label_ == "PERSON" and last_word == [last] and len(ent.text) > len(best):
            best = ent.text
    return best


def _resolve_pronoun(token: Token) -> Token | None:
    """A pronoun's antecedent: the latest named subject of a verb of saying (within three
    sentences, this one included), else the nearest earlier named entity of the right kind."""
    doc = token.doc
    wanted_kind = "PERSON" if token.lower_ in _PRONOUN_PERSON else None
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
    for sent in reversed(sents[max(0, here - 3) : here + 1]):
        for verb in reversed(list(sent)):
            if verb.lemma_.lower() in SPEECH_VERBS and verb.pos_ == "VERB":
                speaker = _speaker_token(verb)
                if speaker is None or speaker.i == token.i or speaker.lower_ in _PRONOUN_PERSON:
                    continue
                if speaker.lower_ in _PRONOUN_OTHER | _FIRST_PERSON:
                    continue
                is_person = speaker.ent_type_ == "PERSON"
                if (wanted_kind == "PERSON") == is_person:
                    return speaker
    wanted = {"PERSON"} if token.lower_ in _PRONOUN_PERSON else {"ORG", "GPE", "NORP"}
    for ent in reversed([e for e in doc.ents if e.end <= token.i and e.label_ in wanted]):
        return ent.root
    return None


def _speaker_token(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj"}:
            return child
        if child.dep_ == "agent":
            return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            to = to or (nxt if nxt is not None and nxt.lower_ == "to" else None)
            if to is not None:
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def in_quote(sent: Span) -> bool:
    """Whether the sentence opens inside quotation marks or is itself quoted."""
    doc = sent.doc
    text = doc.text
    para_start = text.rfind("\n\n", 0, sent.start_char)
    para_start = 0 if para_start < 0 else para_start
    before = text[para_start : sent.start_char]
    opened = sum(before.count(q) for q in _QUOTES) % 2 == 1
    starts = sent.text.lstrip()[:1] in _QUOTES
    return opened or starts


def _quote_speaker(sent: Span) -> Token | None:
    """The subject of a verb of saying in this sentence or the next ones of its paragraph."""
    doc = sent.doc
    sents = list(doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start == sent.start)
    order = [
        sents[index],
        *sents[index + 1 : index + 4],
        *reversed(sents[max(0, index - 3) : index]),
    ]
    for candidate in order:
        if (
            "\n\n" in doc.text[sent.start_char : candidate.start_char]
            or "\n\n" in doc.text[candidate.end_char : sent.start_char]
        ):
            continue
        for token in candidate:
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
                speaker = _speaker_token(token)
                if speaker is not None and speaker.lower_ not in _FIRST_PERSON:
                    return speaker
    return None


def _named_source(token: Token) -> Token | None:
    """A subject that names someone: a proper name or a named entity, not a pronoun."""
    if token.lower_ in _PRONOUN_PERSON | _PRONOUN_OTHER | _FIRST_PERSON:
        return None
    if token.lemma_.lower() in _DOCUMENT_NOUNS:
        return None
    if token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return token
    appos = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return appos


def _issuer_before(token: Token) -> Token | None:
    """The person or organisation named last before "in a statement" in its sentence."""
    for ent in reversed([e for e in token.doc.ents if e.end <= token.i]):
        if ent.start < token.sent.start:
            break
        if ent.label_ in {"PERSON", "ORG"}:
            return ent.root
    return None


def last_source(doc: Doc, before: int) -> Token | None:
    """The source the article cited last before token ``before``: the named subject of a verb of
    saying or issuing, the object of "according to", or the owner of a report ("the
    Center's update")."""
    for token in reversed(doc[:before]):
        if token.pos_ == "VERB" and token.lemma_.lower() in _ISSUING_VERBS:
            speaker = _speaker_token(token)
            found = _named_source(speaker) if speaker is not None else None
            if found is not None:
                return found
        if token.lemma_.lower() in _DOCUMENT_NOUNS and token.pos_ == "NOUN":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            found = _named_source(owner) if owner is not None else None
            if found is None and token.head.lower_ == "in":
                found = _issuer_before(token)  # "Trump, in a statement, announced ..."
            if found is not None:
                return found
        if token.lower_ == "according" and token.i + 1 < len(doc):
            obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            found = _named_source(obj) if obj is not None else None
            if found is not None:
                return found
    return None


def _name_of(token: Token) -> str | None:
    if token.lower_ in {"who", "which", "that"} and token.head.dep_ == "relcl":
        return _name_of(token.head.head)
    if token.lemma_.lower() in _DOCUMENT_NOUNS and token.pos_ == "NOUN":
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        issuer = _named_source(owner) if owner is not None else last_source(token.doc, token.i)
        return _noun_phrase(issuer) if issuer is not None else None
    appos = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None and token.pos_ == "NOUN":
        return _noun_phrase(appos)
    if token.lemma_.lower() in _ORG_NOUNS and token.pos_ == "NOUN":
        earlier = [e for e in token.doc.ents if e.end <= token.i and e.label_ == "ORG"]
        acting = [e for e in earlier if e.root.dep_ in {"nsubj", "nsubjpass"}]
        for ent in reversed(acting or earlier):
            return ent.text
    if (
        normalise_name(token.text) in _WEAK_NAMES
        and token.lower_ not in _PRONOUN_PERSON | _PRONOUN_OTHER
    ):
        return None
    if token.lower_ in _FIRST_PERSON or token.lower_ in {"you", "this", "that", "there"}:
        return None
    if token.lower_ in _PRONOUN_PERSON | _PRONOUN_OTHER:
        resolved = _resolve_pronoun(token)
        return _noun_phrase(resolved) if resolved is not None else None
    return _noun_phrase(token)


_FORECASTING_VERBS = frozenset({"expect", "forecast", "predict", "project", "estimate"})


def _agentless_verb(cand: Candidate) -> Token | None:
    """The passive verb of forecasting without its agent ("were expected to last", "is
    projected to win"), if the forecast hangs on one."""
    return next(
        (
            verb
            for verb in (cand.target, *cand.chain)
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
            and verb.lemma_.lower() in _FORECASTING_VERBS | {"give"}
        ),
        None,
    )


def _agentless(cand: Candidate) -> bool:
    """A stated number, or a passive verb of forecasting without its agent ("was given a
    one-in-five chance", "were expected to last"): the estimate has a source left unsaid."""
    return cand.stated or _agentless_verb(cand) is not None


def _projecting_source(doc: Doc, before: int, lemma: str) -> Token | None:
    """Who the article said earlier does what the passive leaves unsaid: for "Biden is
    projected to win", the subject of an earlier "news outlets have projected ..."."""
    for token in reversed(doc[:before]):
        if token.lemma_.lower() != lemma or token.pos_ != "VERB":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        unnamed = _FIRST_PERSON | _PRONOUN_PERSON | _PRONOUN_OTHER | {"which", "who", "that"}
        if subject is not None and subject.lower_ not in unnamed:
            return subject
    return None


def covering_statement(cand: Candidate, statements: tuple[Statement, ...]) -> Statement | None:
    """The statement whose span holds the predicted clause (the innermost one)."""
    at = cand.target.idx
    holding = [s for s in statements if s.start <= at < s.end and s.speaker]
    return min(holding, key=lambda s: s.end - s.start) if holding else None


def find_forecaster(
    cand: Candidate,
    article: Article,
    statements: tuple[Statement, ...] = (),
    people: tuple[Person, ...] = (),
) -> Forecaster:
    """Who made the forecast in ``cand`` (see the module docstring for the order)."""
    doc = cand.sent.doc
    statement = covering_statement(cand, statements)
    name: str | None = None
    named = False
    for verb in cand.chain:
        if verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() == "see":
            speaker = _speaker_token(verb)
            if speaker is not None and speaker.lower_ not in {"it", "there"}:
                name = _name_of(speaker)
                named = speaker.pos_ == "PROPN" or speaker.ent_type_ in {"PERSON", "ORG", "GPE"}
                named = named or bool(name and name.split()[-1][:1].isupper())
                if name:
                    break
    if (
        statement is not None
        and statement.speaker
        and not named
        and normalise_name(statement.speaker) not in _WEAK_NAMES
    ):
        return Forecaster(
            statement.speaker, statement.speaker_id, statement.speaker_role, statement
        )
    if name is None:
        source = _according_to(cand.sent)
        if source is not None:
            name = _noun_phrase(source)
    if name is None and in_quote(cand.sent):
        speaker = _quote_speaker(cand.sent)
        if speaker is not None:
            name = _name_of(speaker)
    if name is None:
        for token in cand.sent:
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
                speaker = _speaker_token(token)
                if speaker is not None:
                    name = _name_of(speaker)
                    if name:
                        break
    passive = _agentless_verb(cand)
    if not name and passive is not None and passive.lemma_.lower() in _FORECASTING_VERBS:
        # the source that made the projection, else an institution cited before, else the
        # publisher: a person quoted in the sentence before is not the one who projects
        source = _projecting_source(doc, cand.sent.start, passive.lemma_.lower())
        if source is None:
            # an institution cited before (a forecaster's update, a company's statement) may
            # issue the estimate; a person quoted before speaks in their own words
            source = last_source(doc, cand.sent.start)
            if source is not None and source.ent_type_ == "PERSON":
                source = None
        if source is not None:
            name = _noun_phrase(source)
    elif not name and _agentless(cand):
        source = last_source(doc, cand.sent.start)
        if source is not None:
            name = _noun_phrase(source)
    if not name:
        publisher = article.publisher or article.agency or "the publisher"
        return Forecaster(publisher, person_id(publisher))
    found = _canonical(name, doc, people)
    if isinstance(found, Person):
        return Forecaster(found.name, found.id, found.roles[0] if found.roles else None)
    return Forecaster(found, person_id(found))
