"""Organisations an article names, whether or not they speak.

The tagger's organisation names are kept when they read as an institution: not a product
written in lower case first ("iPod", "anti-Brexit"), not a unit, code or model written against
a number ("10:00 UTC", "USD 199", "a Boeing 737"), not a name the tagger more often gives
another label ("Cyprus" as a place), not an event, work, project, law or storm ("Worldwide
Developers Conference", "Project of Common Interest", "Hurricane Dorian", "Tenure of Office
Act", "Republic Act No. 7966"), not a place or a name only used as one ("the city of Velby",
"the Cielo Vista Mall"), as a name given, as a medium or as a modifier of a thing ("published
in Science Advances", "via Wi-Fi", "called FaceTime", "CT scans"), not a country's government
("the Government of Iraq"), not a title or a person's name ("Secretary of State", "Ann Lee,
who was arrested"), not the gloss of an acronym before it ("a CV [Curriculum Vitae]"), and not
the article's publisher. A name that ends in an organisation word takes the proper nouns or
the place after its "of" that the tagger left out ("Progressive Party of Working People",
"Supreme Court of Norway"), and a one-word name in brackets after it is its short form
("(CalFire)").

Untagged proper nouns set beside a word for an organisation are organisations too ("the
technology blog Gizmodo"); that word and the descriptions set beside a name are its roles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.attrs import DEP, ENT_IOB, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from foretold.attribution.acronym_names import spelled_out, spells_out_acronym
from foretold.attribution.conjoined_names import closed_before_and, opened_at_and
from foretold.attribution.entities import (
    DOCUMENT_NOUNS,
    GROUP_WORDS,
    KIN_NOUNS,
    MEDIUM_NOUNS,
    OFFICE_WORDS,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    initials,
)
from foretold.attribution.foreign_scripts import foreign_text
from foretold.attribution.former_names import former_names
from foretold.attribution.mention_names import member_of_organisation
from foretold.attribution.prepositional_objects import of_object_of
from foretold.attribution.role_phrases import title_before
from foretold.attribution.subject_appositions import subject_before_aside
from foretold.attribution.tagged_entities import tagged_entities
from foretold.attribution.token_index import tokens_of

# Last words of the names of events, works, projects and laws, never of an organisation.
_EVENT_WORDS = frozenset(
    {
        "conference", "summit", "project", "projects", "game", "games", "cup", "championship",
        "championships", "festival", "awards", "award", "prize", "act", "treaty", "agreement",
        "accord", "olympics", "tournament", "expo", "week", "day", "pipeline",
        "initiative", "plan", "proceedings", "convention", "law", "laws", "bill",
        "code",
    }
)  # fmt: skip
# Words that open the name of a storm ("Hurricane Dorian").
_STORMS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"})
# Codes of currencies and time zones the tagger takes for organisations ("USD", "UTC").
_CODES = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "AUD", "CAD", "CHF", "UTC", "GMT",
        "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "IST",
    }
)  # fmt: skip
# Prepositions whose object is where something is or appeared ("in Science Advances").
_WHERE_PREPS = frozenset(
    {"in", "into", "at", "near", "outside", "inside", "onto", "across", "throughout", "on"}
)
# What an organisation has or is made of, named by a noun after its name ("Apple shares",
# "ISIS fighters").
_OWNED = frozenset(
    {
        "share", "stock", "headquarters", "staff", "employee", "worker", "union", "board",
        "fighter", "militant", "remnant", "troop", "soldier", "force", "loyalist", "affiliate",
    }
)  # fmt: skip
_OTHER_LABELS = frozenset(
    {"GPE", "LOC", "PERSON", "PRODUCT", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW"}
)


def organisation_spans(
    doc: Doc, publisher: str | None = None
) -> Iterator[tuple[Span, tuple[Span, ...]]]:
    """The tagged organisation names of an article that name an institution, without an
    opening "the" or a closing possessive, in text order, each with the shorter forms the
    text gives it there: in "Apple's iPod beat the Zune at the Cielo Vista Mall", Apple; in
    "the Department of Fire Protection (CalFire)", the department with CalFire; an earlier
    name (`former_names`: "Velo Bank, formerly Harlow Bank") is one of the shorter forms of
    the present one, not a name of its own."""
    ents = joined_organisations(tagged_entities(doc))
    labels = _label_votes(ents)
    uses: dict[str, list[Span]] = {}
    for ent in ents:
        if ent.label_ == "ORG":
            uses.setdefault(_key(ent.text), []).append(ent)
    models = model_names(doc)
    set_aside = {
        key: all(_thing_use(use) for use in found)
        or any(_person_use(use) or _titles_acronym(use) for use in found)
        or key in models
        for key, found in uses.items()
    }
    own = _key(publisher) if publisher else None
    kept: list[tuple[Span, Span, tuple[Span, ...]]] = []
    for ent in ents:
        span = _trimmed(ent) if ent.label_ == "ORG" else None
        if span is None or set_aside[_key(ent.text)]:
            continue
        key = _key(span.text)
        if key == own or not _institution(span, labels.get(key, Counter()), labels):
            continue
        if _in_title(span):
            continue
        whole = with_campus(_continued(span))
        shorter = (span,) if whole.end > span.end else ()
        bracketed = bracketed_name(whole)
        kept.append((span, whole, (*shorter, *((bracketed,) if bracketed is not None else ()))))
    earlier = former_names([span for span, _, _ in kept])
    for k, (_, whole, shorter) in enumerate(kept):
        owner = earlier.get(k)
        if isinstance(owner, Span):
            yield owner, (whole,)  # "The Velo Party", read as a title, "founded as ..."
        elif owner is None:
            former = tuple(kept[j][1] for j, of in earlier.items() if of == k)
            yield whole, (*shorter, *former)


def model_names(doc: Doc) -> frozenset[str]:
    """One-word names the text writes as a product's, between its maker's name and a model
    number (`_model_number`: "the Velo Zinger X2", so "The Zinger sold well" names the
    product), in the form `_key` compares."""
    found = set()
    tokens = tokens_of(doc)
    for maker, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if token.pos_ != "PROPN":
            continue
        if maker.pos_ != "PROPN" or not maker.is_title:
            continue
        if _model_number(after.text):
            found.add(token.lower_)
    return frozenset(found)


def _model_number(word: str) -> bool:
    """A model number: capital letters and digits ("X2", "A380"), not a score ("2-1")."""
    return word.isalnum() and any(c.isdigit() for c in word) and any(c.isupper() for c in word)


def joined_organisations(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """Tagged names with two organisation names that touch read as one ("Velo LLC" tagged
    as "Velo" and "LLC": one name, Velo LLC), and a name its bracketed acronym spells out
    further back than the tagged part (`spelled_out`), or opened after its "and"
    (`opened_at_and`: "the Bread and Roses Party"), is the whole name."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == last.label_ == "ORG" and last.end == ent.start:
            joined[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        elif ent.label_ == "ORG" and (whole := opened_at_and(spelled_out(ent))).start < ent.start:
            while joined and joined[-1].start >= whole.start:
                joined.pop()  # "United Nations Educational," tagged apart
            joined.append(Span(ent.doc, whole.start, ent.end, label="ORG"))
        else:
            joined.append(ent)
    return tuple(joined)


def _key(name: str) -> str:
    """A name compared without case, an opening "the" or a closing possessive."""
    key = name.lower().removeprefix("the ").removesuffix("'s").removesuffix("\u2019s")
    return key.strip(" .,;:()[]'\"")


def _continued(span: Span) -> Span:
    """A name that ends in an organisation word, with the untagged proper nouns after its "of"
    that the tagger left out ("Progressive Party" of "Progressive Party of Working People");
    a name cut inside its "of" phrase, with the rest of that phrase (`_cut_after_of`)."""
    doc = span.doc
    end = span.end
    if (whole := _cut_after_of(span)) is not None:
        return whole
    if span[-1].lower_ not in ORG_WORDS or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return span
    if (place := _place_after_of(doc, end + 1)) is not None:
        return doc[span.start : place]
    stop = end + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title:
        if doc[stop].ent_type_:
            return span
        stop += 1
    return doc[span.start : stop] if stop > end + 1 else span


# Head words of the names of institutions with campuses named after "at" ("University of
# Norland at Velby").
_CAMPUS_HEADS = frozenset({"university", "college"})


def with_campus(span: Span) -> Span:
    """A university's name with the place of its campus after "at" that the tagger left out:
    "University of Norland" of "the University of Norland at Velby (NU Velby)"; not "at"
    before a building ("at Velby Stadium") or a place phrase that goes on ("at Velby's").
    """
    doc = span.doc
    if _head_word(span) not in _CAMPUS_HEADS or span.end + 1 >= len(doc):
        return span
    if doc[span.end].lower_ != "at":
        return span
    stop = span.end + 1
    while stop < len(doc) and stop - span.end <= 3 and _untagged_place_word(doc[stop]):
        stop += 1
    if stop == span.end + 1 or doc[stop - 1].lower_ in PLACE_WORDS:
        return span
    if stop < len(doc) and (doc[stop].pos_ == "PROPN" or doc[stop].tag_ == "POS"):
        return span
    return doc[span.start : stop]


def _untagged_place_word(token: Token) -> bool:
    """A capitalised proper noun that is not part of a building's name."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ != "FAC"


def _place_after_of(doc: Doc, start: int) -> int | None:
    """The end of a place name that fills the "of" phrase after an organisation word, with
    nothing capitalised after it ("Supreme Court of [Norland]", "Central Bank of [the
    Republic of Norland]"), or None."""
    first = start
    if first < len(doc) and doc[first].lower_ == "the" and doc[first].ent_iob_ != "B":
        first += 1
    if first >= len(doc) or doc[first].ent_type_ != "GPE" or doc[first].ent_iob_ != "B":
        return None
    stop = first + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if stop < len(doc) and (doc[stop].pos_ == "PROPN" or doc[stop].text == "'s"):
        return None
    if not all(t.is_alpha and "\n" not in t.whitespace_ for t in doc[first : stop - 1]):
        return None  # "Northern Ireland - 1" of a table row
    if not doc[stop - 1].is_alpha:
        return None
    return stop


def _cut_after_of(span: Span) -> Span | None:
    """A name the tagger ended inside its "of" phrase, with the untagged proper nouns that
    finish it ("Office of the UN" of "Office of the UN High Commissioner for Refugees": its last
    word modifies "Commissioner"), or None."""
    doc = span.doc
    last = span[-1]
    head = last.head
    if not any(t.lower_ == "of" for t in span) or last.dep_ != "compound" or head.i < span.end:
        return None
    between = doc[span.end : head.i + 1]
    if len(between) > 3 or not all(_untagged_name_word(t) for t in between):
        return None
    stop = head.i + 1
    if stop + 1 < len(doc) and doc[stop].lower_ in {"for", "of"}:
        tail = stop + 1
        while tail < len(doc) and _untagged_name_word(doc[tail]):
            tail += 1
        stop = tail if tail > stop + 1 else stop
    return doc[span.start : stop]


def _untagged_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_


def _label_votes(ents: tuple[Span, ...]) -> dict[str, Counter[str]]:
    """How often the tagger gives each name each label (see `_key`)."""
    votes: dict[str, Counter[str]] = {}
    for ent in ents:
        votes.setdefault(_key(ent.text), Counter())[ent.label_] += 1
    return votes


def _trimmed(ent: Span) -> Span | None:
    """A name without an opening article or number, a closing possessive, stray brackets or
    line breaks, and without the owner a possessive inside it gives to an institution ("CU
    Boulder's Cooperative Institute": Cooperative Institute; but "People's Vote")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    owned = [t for t in ent[:-1] if t.tag_ == "POS"]
    if owned and any(t.lower_ in ORG_WORDS for t in doc[owned[-1].i + 1 : end]):
        start = owned[-1].i + 1
    while start < end and (
        doc[start].lower_ == "the"
        or doc[start].is_punct
        or doc[start].is_space
        or _number(doc[start])
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    end = closed_before_and(doc, end) if end - start > 1 else end
    if end - start > 1 and doc[end - 1].lower_ == "of" and doc[end - 2].lower_ in ORG_WORDS:
        end = _place_after_of(doc, end) or end  # "the Supreme Court of" before "Norway"
    return Span(doc, start, end) if end > start else None


def _institution(span: Span, votes: Counter[str], labels: dict[str, Counter[str]]) -> bool:
    """A tagged organisation name that reads as an institution (see the module docstring)."""
    if _lower_first(span) or not any(c.isalpha() for c in span.text):
        return False  # "iPod", "anti-Brexit"
    if foreign_text(span):
        return False  # words of another language, read as a name
    if _mostly_other(votes) or _against_number(span) or _shouted(span):
        return False
    head = _head_word(span)
    if head in _EVENT_WORDS or head == "government" or span[-1].lower_ in PLACE_WORDS:
        return False
    if _designation(span) in _LAW_WORDS or _named_place(span):
        return False
    if spells_out_acronym(span) and not _glosses_organisation(span):
        return False  # "a CV [Curriculum Vitae]": the gloss of a word
    if span[0].text in _STORMS or span.text in _CODES or _title_or_person(span, labels):
        return False
    return not _joins_places(span, labels)


def _lower_first(span: Span) -> bool:
    """A name that opens in lower case, as products and slogans do ("iPod", "anti-Brexit"),
    unless it ends in an organisation word ("vFinance Investments", "eVelo Group")."""
    return span[0].text[:1].islower() and not (len(span) > 1 and span[-1].lower_ in ORG_WORDS)


def _title_or_person(span: Span, labels: dict[str, Counter[str]]) -> bool:
    """A name that ends in a title ("Foreign Minister"), in a word in lower case left over
    from a longer phrase ("Grand Masters and"), or in a person's name after an organisation
    word ("House Nancy Pelosi", with "Pelosi" tagged a person elsewhere; not "Union Pacific
    Railroad")."""
    head = _head_word(span)
    if span[-1].is_lower or (head in OFFICE_WORDS and head not in ORG_WORDS):
        return True
    body = max((t.i for t in span if t.lower_ in ORG_WORDS), default=-1)
    rest = span.doc[body + 1 : span.end] if body >= 0 else None
    return (
        rest is not None
        and 2 <= len(rest) <= 3
        and all(t.pos_ == "PROPN" and t.is_title for t in rest)
        and labels.get(_key(rest[-1].text), Counter())["PERSON"] > 0
    )


def _mostly_other(votes: Counter[str]) -> bool:
    """The tagger gives the name another label at least as often ("Cyprus" as a place)."""
    return max((votes[label] for label in _OTHER_LABELS), default=0) >= votes["ORG"] > 0


def _joins_places(span: Span, labels: dict[str, Counter[str]]) -> bool:
    """Two names joined by "and", one of them tagged a place elsewhere ("Crete and Cyprus")."""
    links = [t for t in span if t.lower_ == "and"]
    if not links:
        return False
    parts = (span.doc[span.start : links[0].i], span.doc[links[-1].i + 1 : span.end])
    return any(len(part) and labels.get(_key(part.text), Counter())["GPE"] for part in parts)


# Last words of the names of laws and pacts ("the Tenure of Office Act").
_LAW_WORDS = frozenset({"act", "bill", "treaty", "accord", "code"})


def _glosses_organisation(span: Span) -> bool:
    """A name spelling out the acronym before it names an organisation when that acronym was
    tagged as one ("WWE (World Wrestling Entertainment)") or the name is about a word for one
    ("UTT [University of Texas at Tyler]", "TIFR [Tata Institute of Fundamental Research]");
    otherwise it glosses a word ("a CV [Curriculum Vitae]")."""
    named = {_head_word(span), span[-1].lower_}
    return bool(named & ORG_WORDS) or span.doc[span.start - 2].ent_type_ == "ORG"


def _designation(span: Span) -> str:
    """The last word of a name before a number that designates it, which says what kind of
    thing the name is even after an "of" ("Tenure of Office Act", "Republic Act No. 7966":
    an act)."""
    words = [t for t in span if not (t.like_num or t.lower_ in {"no", "no."} or t.is_punct)]
    return words[-1].lower_ if words else ""


def _named_place(span: Span) -> bool:
    """A name after "the city of" or the like (`_PLACE_NOUNS`), which names a place there: "a
    pipe burst in the city of Velby" (not "the City of Velby", the council, in capitals, nor
    "the capital of Velo Inc", its money)."""
    doc = span.doc
    k = span.start
    if k < 2 or doc[k - 1].lower_ != "of":
        return False
    noun = doc[k - 2]
    return noun.is_lower and noun.lower_ in _PLACE_NOUNS and noun.lower_ != "capital"


def _head_word(span: Span) -> str:
    """The word a name is about: before its first "of", "for" or "in" ("Government of Iraq",
    "Velo Prize in Mathematics"), else its last."""
    for token in span[1:]:
        if token.lower_ in {"of", "for", "in"}:
            return span.doc[token.i - 1].lower_
    return span[-1].lower_


def _against_number(span: Span) -> bool:
    """A name written next to a number: a unit, time zone, index or model ("10:00 UTC", "USD
    199", "Standard & Poor's 500", "Boeing 737")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "POS" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    before = doc[span.start - 1] if span.start > 0 and len(span) == 1 else None
    return any(t is not None and _number(t) for t in (before, after))


def _number(token: Token) -> bool:
    return token.like_num or any(c.isdigit() for c in token.text)


def _shouted(span: Span) -> bool:
    """Capitals after two words in capitals ("BY A LOT!")."""
    doc = span.doc
    before = [t for t in tokens_of(doc)[max(span.start - 3, 0) : span.start] if not t.is_punct][-2:]
    return len(before) == 2 and all(t.is_alpha and t.is_upper for t in before)


def _in_title(span: Span) -> bool:
    """A name inside a person's title ("Secretary of State Mike Pompeo") or a person's name
    after a title ("First Minister of Scotland Nicola Sturgeon")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "of" and before.i > 0:
        office = doc[before.i - 1]
        if office.is_title and office.lower_ in OFFICE_WORDS:
            return len(span) == 1 or not any(t.lower_ in ORG_WORDS for t in span)
    first, title = title_before(doc, span.start)
    return bool(title) and any(
        t.lower_.rstrip(".") in OFFICE_WORDS for t in doc[first : span.start]
    )


def _thing_use(ent: Span) -> bool:
    """A use of a name that is not an organisation's: set beside a word for a place or a
    project ("our biggest island, Crete", "Velo Link, a project between ..."), or a building
    a part of which is named ("the lawn of the Velo House"); unless the
    name has an organisation word, also where something is or appeared ("at the Ellipse",
    "published in Science Advances"), the medium something goes by ("sent via Velochat"; not
    "via the news agency Velonews", described as an organisation), a name given ("called
    FaceTime"), a place's partner ("Damietta and Idku"), a modifier of a thing ("CT scans",
    "the Motorola ROKR")."""
    if _apposed_thing(ent.root) or of_object_of(ent.root, _BUILDING_PARTS):
        return True
    if any(t.lower_ in ORG_WORDS for t in ent):
        return False
    root = ent.root
    head = root.head
    if root.dep_ == "conj" and (
        head.ent_type_ in {"GPE", "LOC"} or (_where(head) and head.ent_type_ != "ORG")
    ):
        return True  # "in Damietta and Idku", not "at Acme University and Velo Labs"
    if root.dep_ in {"compound", "nmod"} and head.i >= ent.end:
        return not _people_noun(head)
    if _medium(root):
        return descriptor(ent) is None  # not "via the news agency Velonews"
    return _where(root) or root.dep_ == "oprd"  # "called FaceTime"


# Nouns for a part of a building or its grounds ("the south lawn of the White House").
_BUILDING_PARTS = frozenset(
    {
        "lawn", "lawns", "grounds", "steps", "gate", "gates", "roof", "entrance", "lobby",
        "courtyard", "garden", "gardens", "basement", "façade", "facade", "doors", "walls",
    }
)  # fmt: skip


# Common nouns for places, which an apposition names a place with ("the island, Crete").
_PLACE_NOUNS = frozenset(
    {
        "island", "city", "town", "village", "country", "region", "province", "mainland",
        "capital", "peninsula", "port", "district", "territory", "state", "county",
    }
)  # fmt: skip


def _apposed_thing(root: Token) -> bool:
    """A name in apposition with a common noun for a place, for a project, event or work, or
    for an illness, what causes it or a remedy, on either side of it ("our biggest island,
    Crete"; "Crete, the Greek mainland"; "Velo Link, a similar project"; "Velo-2, the virus
    that causes the fever")."""
    nouns = [c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        nouns.append(root.head)
    return any(n.is_lower and n.lower_ in _APPOSED_THING_NOUNS for n in nouns)


# Common nouns for an illness, what causes it and a remedy ("Velo-2, the coronavirus that
# causes the fever", "Velomab, an experimental drug").
_AILMENT_NOUNS = frozenset(
    {
        "virus", "coronavirus", "bacterium", "bacteria", "pathogen", "disease", "illness",
        "infection", "drug", "medicine", "medication", "vaccine", "treatment", "antibiotic",
    }
)  # fmt: skip
_APPOSED_THING_NOUNS = _PLACE_NOUNS | _EVENT_WORDS | _AILMENT_NOUNS


def _person_use(ent: Span) -> bool:
    """A use of a name as a person's: with a relative "who" ("Ann Lee, who was arrested"),
    with an apposition naming a person's role ("Ann Lee, founder of Velo"; not a title
    before another name), working for an organisation ("Ann Lee of Velo Rescue") or after a
    kin noun ("wife of Ann Lee")."""
    root = ent.root
    for child in root.rights:
        if child.dep_ == "relcl" and any(c.lower_ == "who" for c in child.children):
            return True
        if child.dep_ == "appos" and child.lemma_.lower() in ROLE_NOUNS | PERSON_NOUNS:
            return not _titles_someone(child)
    head = root.head
    if member_of_organisation(root):
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in KIN_NOUNS


def _titles_someone(role: Token) -> bool:
    """A role noun that titles a person named after it, which the parser hung on the name
    before ("a letter to Velo News, published Monday, Acme President Ann Lee said ...")."""
    doc = role.doc
    after = role.right_edge.i + 1
    return any(t.ent_type_ == "PERSON" and t.i > role.i for t in role.subtree) or (
        after < len(doc) and doc[after].ent_type_ == "PERSON"
    )


def _titles_acronym(ent: Span) -> bool:
    """A one-word name in brackets right after a person's title whose words it spells out,
    the short form of the title, not an organisation: "Ann Lee, the Regional Sales Manager
    (RSM) for Velo" (RSM); but "the Velo Sales Board (VSB)" ends in an organisation word."""
    doc = ent.doc
    start = ent.start
    if len(ent) != 1 or start < 2 or ent.end >= len(doc):
        return False
    if doc[start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    acronym = ent.text
    if not (acronym.isalpha() and acronym.isupper()) or start - 1 < len(acronym):
        return False
    words = doc[start - 1 - len(acronym) : start - 1]
    if not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    if initials(words.text) != acronym:
        return False
    last = words[-1].lower_
    return last in OFFICE_WORDS and last not in ORG_WORDS


def _where(token: Token) -> bool:
    """The object of a preposition of place ("at the Ellipse")."""
    return token.dep_ == "pobj" and token.head.lower_ in _WHERE_PREPS


def _medium(token: Token) -> bool:
    """The object of "via", the medium or network something goes by ("posted via Velochat",
    "connects via Wi-Fi")."""
    return token.dep_ == "pobj" and token.head.lower_ == "via"


def _people_noun(noun: Token) -> bool:
    """A noun for people or what they say ("Apple employees", "the BBC reporter", "an Acme
    statement")."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    words = ROLE_NOUNS | PERSON_NOUNS | SPOKES_NOUNS | GROUP_WORDS | DOCUMENT_NOUNS
    return bool({lower, lemma} & words) or lemma in _OWNED


def bracketed_name(span: Span) -> Span | None:
    """The one-word name in brackets right after an organisation's name, its short form
    ("the Department of Fire Protection (CalFire)": CalFire), or None."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    short = doc[span.end + 1]
    if not (short.is_alpha or _ampersand_acronym(short.text)) or not short.text[:1].isupper():
        return None
    if short.ent_type_ == "PERSON":
        return None
    return doc[short.i : short.i + 1]


def _ampersand_acronym(word: str) -> bool:
    """Whether a word is an acronym with "&" for "and" in it ("PG&E", "AT&T")."""
    parts = word.split("&")
    return len(parts) > 1 and all(p.isalpha() and p.isupper() for p in parts)


# Common nouns that describe the organisation named right after them ("the technology blog
# Gizmodo", "the gas producer Energean").
_DESCRIPTORS = (
    ORG_DESCRIPTORS
    | MEDIUM_NOUNS
    | frozenset(
        {
            "blog", "producer", "supplier", "operator", "developer", "publisher", "maker",
            "provider", "giant", "charity", "club", "team", "bank", "insurer", "union",
        }
    )
)  # fmt: skip


def described_names(doc: Doc) -> Iterator[Span]:
    """Untagged proper nouns right after a common noun that describes an organisation and
    that they stand beside ("the technology blog Gizmodo", "the gas producer Energean")."""
    rows = doc.to_array([DEP, POS, ENT_IOB])
    strings = doc.vocab.strings
    wanted = (rows[:, 0] == strings["appos"]) & (rows[:, 1] == PROPN) & (rows[:, 2] == 2)
    for i in wanted.nonzero()[0]:
        token = doc[int(i)]
        head = token.head
        if head.i != token.i - 1 or not head.is_lower or head.lower_ not in _DESCRIPTORS:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        if all(t.is_title or t.is_upper for t in doc[token.i : end]):
            yield doc[token.i : end]


# Words that introduce examples of what the noun before them names ("carriers such as
# Velo", "lenders including Acme Bank").
_EXAMPLE_WORDS = frozenset({"as", "including", "like"})


def example_of_organisations(token: Token) -> bool:
    """A capitalised proper noun given as an example of a plural word for organisations
    ("other carriers, such as Velo and Acme", "lenders including Acme")."""
    if not (token.is_title or token.is_upper):
        return False
    example = token
    if _run_into_next(token):
        example = token.head  # "including Best Buy and Radio Shack" parsed as one noun
    if example.dep_ not in {"pobj", "conj"}:
        return False
    while example.dep_ == "conj" and example.head.i < example.i:
        example = example.head
    prep = example.head
    if example.dep_ != "pobj" or prep.lower_ not in _EXAMPLE_WORDS:
        return False
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return False
    kind = prep.head
    return kind.tag_ == "NNS" and kind.is_lower and kind.lemma_.lower() in _DESCRIPTORS


def _run_into_next(token: Token) -> bool:
    """A name the parse made a modifier of the name after it though "and" joins them
    ("including Best Buy and Radio Shack": "Buy" a modifier of "Shack")."""
    head = token.head
    return (
        token.dep_ in {"nmod", "compound"}
        and head.i > token.i
        and any(c.dep_ == "cc" and c.i > token.i for c in token.children)
    )


def exemplified_names(doc: Doc) -> Iterator[Span]:
    """Proper nouns the tagger left untagged or took for a nationality, given as examples of
    a plural word for organisations ("other carriers, such as Velo and Acme Mobile",
    "lenders including Acme Bank"): each is an organisation."""
    for token in tokens_of(doc):
        if token.pos_ != "PROPN" or token.ent_type_ not in {"", "NORP"}:
            continue
        if not example_of_organisations(token):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token:
            start -= 1
        if doc[start].ent_type_ in {"", "NORP"}:
            yield doc[start : token.i + 1]


def descriptor(span: Span) -> str | None:
    """The common noun, with its modifiers, that describes the organisation named right
    after it: "the Greek gas producer Energean" -> "Greek gas producer", with the whole of a
    modifier joined by hyphens ("UK-based retailer Velo" -> "UK-based retailer", not "based
    retailer"); None when there is none ("the Greek Energean")."""
    doc = span.doc
    end = span.start - 1
    if end < 0 or not doc[end].is_lower or doc[end].lower_ not in _DESCRIPTORS:
        return None
    start = end
    while (
        start > 0
        and doc[start - 1].dep_ in {"amod", "compound", "nmod"}
        and start <= doc[start - 1].head.i <= end
    ):
        start -= 1
    start = hyphened_start(doc, start)
    return doc[start : end + 1].text


def hyphened_start(doc: Doc, start: int) -> int:
    """Where the word at ``start`` begins when hyphens join it to the words before it, with
    no space between: the "UK" of "UK-based", the "New" of "New York-based"; ``start``
    otherwise."""
    while (
        start > 1
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start].pos_ == "PROPN"
            and doc[start - 1].head.i in {start, doc[start].head.i}
        ):
            start -= 1  # the rest of a name: "New York" of "New York-based"
    return start


def apposed_descriptions(span: Span) -> list[str]:
    """Descriptions set beside an organisation's name, headed by a common noun in lower case
    ("Force Ouvrière, the main union in France," -> "the main union in France"); not a short
    form in brackets ("(EADS)") nor another name."""
    doc = span.doc
    found = []
    for child in span.root.rights:
        if child.dep_ != "appos" or child.i < span.end or child.pos_ != "NOUN":
            continue
        if not child.is_lower or doc[child.left_edge.i - 1].text == "(":
            continue
        if subject_before_aside(child):
            continue  # "According to the Post, Friday's storm, at 120 km/h, was ..."
        end = child.right_edge.i
        while end > child.i and doc[end].is_punct:
            end -= 1
        found.append(doc[child.left_edge.i : end + 1].text)
    return found
