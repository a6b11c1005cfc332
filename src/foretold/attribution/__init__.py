"""Who said what: people, roles and attributed statements of one parsed article."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from foretold.attribution.according_sources import broken_source, set_off_name, source_name
from foretold.attribution.addressed_quotations import (
    addressed_quotation_start,
    quotations_after_addressees,
)
from foretold.attribution.apposed_organisations import apposed_organisation
from foretold.attribution.apposed_things import names_apposed_thing
from foretold.attribution.backshifted_sequels import backshifted_sequels
from foretold.attribution.continued_days import continued_days
from foretold.attribution.coordinated_titles import coordinated_title
from foretold.attribution.coreference import Coreference
from foretold.attribution.counted_names import counted_apposition
from foretold.attribution.credited_blocks import credited_blocks
from foretold.attribution.cue_offsets import cue_offsets, stripped_range
from foretold.attribution.cue_quoted_tails import cue_quoted_tail
from foretold.attribution.cues import KNOWN_LEMMAS, cue_lemma
from foretold.attribution.dates import cue_date
from foretold.attribution.document_names import names_document
from foretold.attribution.emphatic_reflexives import reflexive_subject
from foretold.attribution.entities import HONORIFICS, ROLE_NOUNS, Entity
from foretold.attribution.fronted_adverbials import fronted_adverbial_start
from foretold.attribution.inner_reports import reported_within
from foretold.attribution.interviews import read_interview
from foretold.attribution.joined_days import joined_days
from foretold.attribution.lead_days import lead_days
from foretold.attribution.leading_participles import split_leading_participles
from foretold.attribution.market_indexes import names_market_index
from foretold.attribution.mentions import MentionIndex, after_closing_quote, provider_end
from foretold.attribution.name_marks import sets_off_name
from foretold.attribution.named_by import names_by
from foretold.attribution.narrated_occasions import narrated_occasion_days
from foretold.attribution.nominal_adjectives import frames_quotation
from foretold.attribution.partitive_names import partitive_name
from foretold.attribution.plausible import plausible_cues
from foretold.attribution.portion_subjects import portion_whole
from foretold.attribution.quote_edges import (
    before_next_sentence,
    closed_marks,
    closed_single_mark,
)
from foretold.attribution.quote_tails import quote_tail_cut
from foretold.attribution.quoted_phrase_tails import quoted_phrase_tail
from foretold.attribution.quoted_topics import drop_quoted_topics
from foretold.attribution.quotes import QuoteSpan, find_quote_spans
from foretold.attribution.recorded_words import records_words
from foretold.attribution.regnal_holders import merged_bare_titles
from foretold.attribution.relative_carriers import relative_carrier
from foretold.attribution.relative_people import person_for_who, stray_who_antecedent
from foretold.attribution.sentence_index import sentences_looked_up
from foretold.attribution.shared_roles import shared_roles
from foretold.attribution.speaker_words import names_neither
from foretold.attribution.speakers import conjoined_speakers, last_joined_subject
from foretold.attribution.statements import (
    Cue,
    attach_quotes,
    clean_fragments,
    drop_nested,
    find_cues,
    token_quotes,
)
from foretold.attribution.storm_names import names_storm
from foretold.attribution.thing_names import names_thing
from foretold.attribution.unquoted_writings import credit_unquoted_writings
from foretold.attribution.which_antecedents import which_antecedent
from foretold.ids import person_id, record_id
from foretold.records import Article, Mention, Person, Statement, StatementKind

EXTRACTOR = "foretold.attribution.v1"


@dataclass(frozen=True, slots=True)
class Attribution:
    """The people and statements read from one article."""

    people: tuple[Person, ...] = ()
    statements: tuple[Statement, ...] = ()


def statement_kind(text: str, start: int, end: int, quotes: tuple[QuoteSpan, ...]) -> StatementKind:
    """direct: wholly inside quotation marks, or all but the "that" that opens it ('said that
    "I will stay"', also 'said that, "I will stay"': the speaker's words whole), or whole
    quotations joined by "and" ('said "I will stay" and "I will fight"'); mixed: contains
    some; indirect: none."""
    touched = sorted(
        (q for q in quotes if not (q.end <= start or q.start >= end)), key=lambda q: q.start
    )
    if not touched:
        return "indirect"
    opening = text[start : touched[0].start] if touched[0].start > start else ""
    if _opening(opening) in _QUOTE_OPENERS and end <= touched[-1].end:
        gaps = (text[a.end : b.start] for a, b in zip(touched, touched[1:], strict=False))
        if all(_opening(gap) in _QUOTE_JOINERS for gap in gaps):
            return "direct"
    return "mixed"


# What may open a direct statement before its quotation: 'said [that] "I will stay"'.
_QUOTE_OPENERS = frozenset({"", "that"})
# What may stand between two whole quotations of one direct statement.
_QUOTE_JOINERS = frozenset({"", "and"})


def _opening(words: str) -> str:
    """Words with the spaces and commas around them taken off, lower-cased."""
    return words.strip().strip(",").strip().lower()


def _spoken(
    doc: Doc, quotes: tuple[QuoteSpan, ...], start: int, end: int, cue: Cue
) -> tuple[QuoteSpan, ...]:
    """The quotations that can make a statement direct or mixed: not those inside it that set
    off a name or a term ('said its OS "Glacier" ships in May', ``name_marks``) or that a
    report inside it gives to a source of its own ('a log in which the union says "no"',
    ``inner_reports``)."""
    return tuple(
        q
        for q in quotes
        if not (
            start <= q.start
            and q.end <= end
            and q.end - q.start < end - start
            and (
                sets_off_name(doc, q.start, q.end, cue.token)
                or reported_within(doc, (q.start, q.end), (start, end), cue.token)
            )
        )
    )


def attribute(doc: Doc, article: Article) -> Attribution:
    """People and statements of an article from its parse (``doc`` is ``nlp(article.text)``)."""
    if not article.text.strip():
        return Attribution()
    with sentences_looked_up(doc):
        return _attribution(doc, article)


def _attribution(doc: Doc, article: Article) -> Attribution:
    """The people and statements of an article with words in it."""
    text = article.text
    quotes = find_quote_spans(text)
    in_quote = token_quotes(doc, quotes)
    cues = attach_quotes(doc, quotes, find_cues(doc, in_quote, text), in_quote, text)
    cues = split_leading_participles(drop_nested(cues, doc, text))
    cues = drop_quoted_topics(plausible_cues(cues, text), text)
    for cue in cues:
        if (carrier := relative_carrier(cue)) is not None:
            cue.subject = carrier  # "articles published in May that examined "X"": "that"
    mentions = MentionIndex(doc)
    coref = Coreference(
        doc,
        article.captions,
        in_quote,
        text=text,
        chunks=mentions.chunks,
        publisher=article.publisher,
    )
    statements: list[Statement] = []
    resolved: dict[int, _Speakers] = {}
    # two cues reporting the same words make one statement, unless two speakers say them
    seen: dict[str, str | None] = {}
    for cue in sorted(cues, key=lambda c: (c.start, c.token.is_punct)):
        source = cue.parent or cue
        if id(source) not in resolved:
            resolved[id(source)] = _speaker(source, coref, mentions, resolved)
        entity, mention, others = resolved[id(source)]
        said_on = cue_date(cue.token, article.published)
        cue_start, cue_end = cue_offsets(text, cue)
        for fragment in clean_fragments(doc, cue):
            start, end = closed_marks(text, *quote_tail_cut(doc, text, *fragment, quotes), quotes)
            end = before_next_sentence(text, start, closed_single_mark(text, start, end), quotes)
            end = cue_quoted_tail(doc, text, cue.token, start, end, quotes)
            end = quoted_phrase_tail(doc, text, start, end, quotes)
            start = addressed_quotation_start(doc, text, cue.token, start, end, quotes)
            start = fronted_adverbial_start(doc, text, cue.token, start, end, quotes)
            kind = statement_kind(text, start, end, _spoken(doc, quotes, start, end, cue))
            for speaker in (entity, *others):
                # the first speaker's id leaves out the name: ids stay those of one speaker
                parts = (
                    (start, end, kind) if speaker is entity else (start, end, kind, speaker.name)
                )
                statement_id = record_id(article.id, *parts)
                name = speaker.name if speaker else None
                if statement_id in seen and speaker is entity and seen[statement_id] != name:
                    # the same words by another speaker: "Lee claims [X], which Cole denied"
                    statement_id = record_id(article.id, start, end, kind, name)
                if statement_id in seen:
                    continue
                seen[statement_id] = name
                statements.append(
                    Statement(
                        id=statement_id,
                        article_id=article.id,
                        text=text[start:end],
                        start=start,
                        end=end,
                        kind=kind,
                        speaker=speaker.name if speaker else None,
                        speaker_id=person_id(speaker.name) if speaker else None,
                        speaker_role=next(iter(speaker.roles), None) if speaker else None,
                        speaker_mention=mention,
                        cue=cue.text,
                        said_on=said_on,
                        extractor=EXTRACTOR,
                        cue_start=cue_start,
                        cue_end=cue_end,
                    )
                )
    statements = _block_quotations(doc, text, article.id, coref, statements)
    statements = quotations_after_addressees(doc, text, article.id, quotes, statements)
    statements = credit_unquoted_writings(text, quotes, statements)
    statements = backshifted_sequels(doc, statements, text)
    statements = narrated_occasion_days(doc, statements, article.published)
    statements = continued_days(doc, statements, text)
    statements = lead_days(doc, statements, text)
    statements = joined_days(doc, statements)
    statements = read_interview(article, coref, quotes, statements)
    statements = merged_bare_titles(coref.entities, statements)
    people = person_records(_without_named_things(doc, coref.entities, statements))
    statements = shared_roles(statements, people)
    return Attribution(people=people, statements=tuple(statements))


def _block_quotations(
    doc: Doc, text: str, article_id: str, coref: Coreference, statements: list[Statement]
) -> list[Statement]:
    """Each block quotation credited by a dash line (``credited_blocks``) as one direct
    statement by the person the line names, in place of the statements the cues inside it
    made ("The judge wrote:" / "This Court finds ..." / "– Judge Ann Lee": the judge's words),
    so long as some statement opens in the block or in the paragraph leading into it."""
    for block in credited_blocks(text):
        name = doc.char_span(block.name_start, block.name_end, alignment_mode="expand")
        if name is None or not any(block.opening <= s.start < block.end for s in statements):
            continue  # no cue reads the block as anyone's words
        entity = coref.entity_for(name, name.root)
        statements = [s for s in statements if not block.start <= s.start < block.end]
        cue_start, cue_end = stripped_range(text, block.name_start - 2, block.name_start)
        statements.append(
            Statement(
                id=record_id(article_id, block.start, block.end, "direct"),
                article_id=article_id,
                text=text[block.start : block.end],
                start=block.start,
                end=block.end,
                kind="direct",
                speaker=entity.name if entity else None,
                speaker_id=person_id(entity.name) if entity else None,
                speaker_role=next(iter(entity.roles), None) if entity else None,
                speaker_mention=Mention(name.text, name.start_char, name.end_char),
                cue=text[cue_start:cue_end],
                said_on=None,
                extractor=EXTRACTOR,
                cue_start=cue_start,
                cue_end=cue_end,
            )
        )
    return sorted(statements, key=lambda s: s.start)


def _without_named_things(
    doc: Doc, entities: list[Entity], statements: list[Statement]
) -> list[Entity]:
    """The entities that stay in the people table once organisations that a mention shows
    to be things are dropped ("their aircraft, the Velo Jet": ``names_apposed_thing``; "the
    Velo fell 82 points": ``names_market_index``); an entity some statement is credited to
    stays, as the record its speaker names."""
    speakers = {s.speaker for s in statements}
    return [
        e
        for e in entities
        if e.kind != "organization"
        or e.name in speakers
        or not (names_apposed_thing(doc, e.mentions) or names_market_index(doc, e.mentions))
    ]


def person_records(entities: list[Entity]) -> tuple[Person, ...]:
    """One record per name: entities whose names give the same id (a name the tagger read
    once as an organisation and once as a person) make one record, of the kind of the entity
    mentioned most, with the aliases (no possessive form), roles and mentions of all. A
    writing ("reports", "the study") is no one and makes no record (``names_document``), nor
    is a thing, an act or an idea taken for an organisation or a person ("the way", "kerosene",
    ``names_thing``), nor a named storm ("Typhoon Lan", ``names_storm``)."""
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        if not entity.mentions or names_document(entity.name) or names_storm(entity.name):
            continue
        if entity.kind != "group" and names_thing(entity.name):
            continue
        groups.setdefault(person_id(entity.name), []).append(entity)
    records = []
    for key, group in groups.items():
        name = group[0].name
        aliases = dict.fromkeys(
            a for e in group for a in e.aliases if a != name and names_someone(a)
        )
        roles = dict.fromkeys(r for e in group for r in e.roles)
        mentions = sorted({m for e in group for m in e.mentions})
        records.append(
            Person(
                id=key,
                name=name,
                kind=max(group, key=lambda e: len(e.mentions)).kind,
                aliases=tuple(aliases),
                roles=tuple(roles),
                mentions=tuple(Mention(t, s, en) for s, en, t in mentions),
            )
        )
    return tuple(records)


def names_someone(alias: str) -> bool:
    """An alias that can stand in a people table: not a possessive form of a name ("Ann
    Lee's"); pronouns stay, as the article's references to the person."""
    return not alias.strip().endswith(("'s", "\u2019s"))


_Speakers = tuple[Entity | None, Mention | None, tuple[Entity, ...]]


def _speaker(
    cue: Cue,
    coref: Coreference,
    mentions: MentionIndex,
    resolved: dict[int, _Speakers],
) -> _Speakers:
    """The speaker of a cue, the mention naming it (a bare common noun with whoever released
    it: "according to audio released by the union"), and the names joined to it by "and"
    ("Chrysler and Toyota both reported": Chrysler, then Toyota)."""
    relayed = _reported_source(cue.token) if cue.quoted and not names_by(cue) else None
    head = relayed or _teller_before_colon(cue) or cue.subject
    if head is None or _unnamed_asker(cue.token):
        return None, None, ()
    head = portion_whole(head) or head  # "Part of the court's ruling says": the ruling
    head = reflexive_subject(head) or head  # "In the filing itself Ford wrote": Ford
    span = mentions.mention(head)
    if span.start <= cue.token.i < head.i:  # 'Added Lee, "Q."': Lee, never the verb
        span = span.doc[cue.token.i + 1 : span.end]
    elif head.i < cue.token.i < span.end:  # "Ann Lee Reassures Voters ...": Ann Lee, never the verb
        span = span.doc[span.start : cue.token.i]
    cut = broken_source(cue.token, head)  # "According to agency Norpress, the mayor, ...,"
    named = source_name(head) if cut else span
    title = None if cut else coordinated_title(head)  # "the firm's sales and service chief"
    name = (
        head if cut else _set_off_source_name(cue.token, head) or title or _named_apposition(head)
    )
    if name.i != head.i:  # "One of the voters, Mary Jones, said": the phrase through the name
        named = mentions.mention(name)
        span = span.doc[min(span.start, named.start) : max(span.end, named.end)]
        span = after_closing_quote(span, name)  # '"Our team" co-author Lee said "has grown"'
        named = span if name is title else named  # the title with all its fields
        head = name
    if names_neither(head) and not cut:  # "Neither Lee nor Cole said": no one did
        span = span.doc[head.left_edge.i : max([span.end, *_conjunct_ends(head, mentions)])]
        return None, Mention(span.text, span.start_char, span.end_char), ()
    context = _enclosing_speaker(cue, coref, mentions)
    if head.lower_ in {"who", "that", "which"} and cue.token.dep_ == "relcl":
        named = cue.token.head  # "Conley, who said ...": the mention is "who", the entity Conley
        if head.lower_ == "who":  # "Lee, an economist at Acme, who said": Lee, not Acme
            named = person_for_who(named)
        elif head.lower_ == "which":  # "40,000 at Acme, which is seeking": Acme
            named = which_antecedent(head, named)
        entity = coref.entity_for(mentions.mention(named), named, context)
    elif (antecedent := stray_who_antecedent(head)) is not None:
        named = antecedent  # "according to police, who said ...": the parse made no clause
        entity = coref.entity_for(mentions.mention(named), named, context)
    else:
        entity = coref.entity_for(named, head, context)
    if entity is not None:
        coref.note_speaker(head, entity)
    others: list[Entity] = []
    stand_in = coref.stand_in(head)  # "Lee and Cole met. They said": Lee, and Cole too
    for name in conjoined_speakers(stand_in or head) if entity is not None else ():
        named = mentions.mention(name)
        other = coref.entity_for(named, name)
        if other is not None and other is not entity and other not in others:
            coref.note_speaker(name, other)
            others.append(other)
            if stand_in is None:
                span = span.doc[span.start : max(span.end, named.end)]  # "Lee and Cole" speak
    joined = None if cut or stand_in is not None else last_joined_subject(head, mentions.mention)
    if joined is not None:  # "Lee and his aides said": the aides speak with Lee
        span = span.doc[span.start : max(span.end, mentions.mention(joined).end)]
    if span.end == head.i + 1 and not cut:
        span = span.doc[span.start : provider_end(head)]  # "audio released by the union"
    return entity, Mention(span.text, span.start_char, span.end_char), tuple(others)


def _conjunct_ends(head: Token, mentions: MentionIndex) -> list[int]:
    """Where the mentions of the words joined to a subject end ("Lee nor Cole": Cole's)."""
    return [mentions.mention(t).end for t in head.subtree if t.dep_ == "conj" and t.i > head.i]


def _reported_source(verb: Token) -> Token | None:
    """The source a speech verb is credited to ('"Q," Lee said, according to aides': the
    aides relay the words Lee said), or None; a record of the words relays nothing ('"Q,"
    Lee said, according to a transcript': Lee, ``records_words``)."""
    if verb.pos_ != "VERB":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if source is None or records_words(source):
                return None
            if source.pos_ in {"NOUN", "PROPN", "PRON"}:
                return source
    return None


def _teller_before_colon(cue: Cue) -> Token | None:
    """For a colon cue whose name is the one addressed ('Lee told the Daily News: "Q."',
    'Lee wrote to the mayor: "Q."'): the subject of the verb of telling, or None."""
    listener = cue.subject
    if cue.token.text != ":" or listener is None:
        return None
    if listener.dep_ == "pobj" and listener.head.lower_ == "to":
        listener = listener.head  # "Lee wrote to the mayor:"
    elif listener.dep_ not in {"dobj", "dative"}:
        return None
    verb = listener.head
    between = verb.doc[verb.i : listener.i]
    if verb.lemma_.lower() not in _TELLING or any(t.is_punct for t in between):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_TELLING = frozenset({"tell", "say", "write", "explain", "assure", "warn", "remind", "inform"})


def _unnamed_asker(verb: Token) -> bool:
    """A question put in a bare passive participle ("Smith, when asked about X, said ..."; the
    tagger may call it a past tense): whoever asked goes unnamed, and the subject the
    participle borrows is the one asked. A participle after "having" is active, not passive:
    in "She took the job, having questioned the plan" she did the questioning; nor is one
    that frames a quotation after its subject ('"Why?" the 43-year-old asked')."""
    return (
        not frames_quotation(verb)
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ in {"advcl", "acl"}))
        and verb.dep_ in {"advcl", "acl", "conj"}
        and verb.lemma_.lower() in {"ask", "press", "question", "quiz"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    )


def _set_off_source_name(cue: Token, head: Token) -> Token | None:
    """The person's name set off by commas after the source of "according to", which the
    parser made a subject of the clause: "According to the city mayor, Ann Lee, police were
    investigating" names Ann Lee (``set_off_name``); None otherwise."""
    if cue.lower_ != "according" or head.head.i != cue.i + 1:
        return None
    name = set_off_name(cue)
    return name.root if name is not None else None


def _named_apposition(head: Token) -> Token:
    """The person or organisation a common-noun subject is set beside ("One of the voters,
    Mary Jones, said" names Mary Jones; "The German carmaker, Velo, said" names Velo), the
    name, of a person or not, set beside "one of" a group ("One of the bidders, Harlow
    Engineering, said", ``partitive_names``), or whose name closes a title ("The mayor of
    Paris, Anne Hidalgo, said"), or the first of the people a counted group is set beside
    ("Two workers, Ann Lee and Bo Ray, said", `counted_apposition`); the subject itself
    otherwise. A name past a
    colon is what a label says, not its name ("Poll: Lee and Cole tied")."""
    if head.pos_ in {"NOUN", "NUM"} and head.tag_ != "NNS":
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and _apposed_name(child, head):
                if any(t.text == ":" for t in head.doc[head.i : child.i]):
                    break
                return child
    if (counted := counted_apposition(head)) is not None:  # "Two workers, Lee and Ray, said"
        return counted
    return partitive_name(head) or _closing_name(head) or head


def _apposed_name(name: Token, noun: Token) -> bool:
    """An apposed proper noun names the speaker a common noun describes: a person
    (``_person_name``) or an organisation ("The German carmaker, Velo, said", see
    ``apposed_organisations``)."""
    return _person_name(name, noun) or apposed_organisation(name, noun)


def _person_name(name: Token, noun: Token) -> bool:
    """An apposed proper noun names a person: tagged so, or set beside a role noun as two or
    three capitalised words ("a spokesperson, Ann Lee," whatever the tagger made of it)."""
    if name.ent_type_ == "PERSON":
        return True
    if noun.lower_ not in ROLE_NOUNS or name.ent_type_ not in {"", "ORG"}:
        return False
    words = [t for t in name.subtree if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in words)


def _closing_name(head: Token) -> Token | None:
    """A person's name that ends a singular title subject, set off by a comma or after another
    name: "The mayor of Paris, Anne Hidalgo," and "Senator from Vermont Bernie Sanders" name
    the person; "The lawyer for John Smith" and "Supporters of the mayor, Jane Doe," do not."""
    if head.ent_type_ == "PERSON" or head.tag_ not in {"NN", "NNP"}:
        return None
    doc = head.doc
    end = head.right_edge.i
    while end > head.i and doc[end].is_punct:
        end -= 1
    name = doc[end]
    if name.i == head.i or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    first = name.i
    while first > head.i + 1 and doc[first].ent_iob_ == "I":
        first -= 1
    while first > head.i + 1 and doc[first - 1].lower_.rstrip(".") in HONORIFICS:
        first -= 1
    before = doc[first - 1]
    after_name = before.text == "," or (
        before.pos_ == "PROPN" and before.ent_type_ not in {"", "PERSON"}
    )
    return name if after_name and first - 1 > head.i else None


def _enclosing_speaker(cue: Cue, coref: Coreference, mentions: MentionIndex) -> Entity | None:
    """For a pronoun inside a clause reported by someone: that someone ("X said she ...").
    A clause hangs on a verb that reports it ("said", "believes"), not on one a parse ran it
    into ("he spent years on it; Lee signed it": not Lee)."""
    head = cue.subject
    if head is None or head.pos_ != "PRON":
        return None
    verb = cue.token
    for _ in range(4):
        if verb.dep_ not in {"ccomp", "xcomp", "conj"} or verb.head == verb:
            return None
        if verb.dep_ == "ccomp" and cue_lemma(verb.head.lemma_, verb.head.text) not in KNOWN_LEMMAS:
            return None
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            return coref.entity_for(mentions.mention(subject), subject)
    return None


__all__ = ["EXTRACTOR", "Attribution", "attribute", "statement_kind"]
