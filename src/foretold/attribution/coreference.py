"""Resolution within one article: names, aliases, titles, pronouns and role nouns.

- Full names open an entity; a bare surname or first name joins the most recently mentioned
  entity with that surname or first name. A bare name that could be two entities goes to the
  most recent one.
- Pronouns go to the nearest preceding compatible person, preferring subjects and the speaker
  of the statement the pronoun sits in ("Conley said she believes ..."); a subject "it" goes
  to the document or organisation it stands for ("The firm sued. It said ...": the firm).
- Role nouns ("the Russian leader", "the 78-year-old U.S. president") go to the most recent
  person whose roles share the noun (or "leader" for any head of state) and the country; a
  bare capitalised title ("the Speaker") that fits nobody names no one.
- A bare surname shared by several people skips a relative introduced by a kin noun ("his
  daughter Ann Reed"), whom "his daughter" later refers to.
- Short forms of an organisation (acronym, alias, head word) take its full name, even when the
  full name comes later; tagged products name no speaker.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cues import MEDIUM_PREPOSITIONS, SPEAKING_DOCUMENTS
from foretold.attribution.entities import (
    GROUP_WORDS,
    HONORIFICS,
    KIN_NOUNS,
    LEADER_WORDS,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    Entity,
    appositive_roles,
    country_key,
    demonym_modifier,
    document_holder,
    initials,
    kin_noun,
    kind_of,
    name_after_title,
    name_parts,
    names_body,
    office_holder_body,
    organisation_name,
    title_before,
)
from foretold.attribution.speaking_things import it_antecedent
from foretold.ids import normalise_name
from foretold.records import Caption, EntityKind

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
PERSON_WINDOW = 4000  # characters back that a pronoun may reach


class Coreference:
    """The entities of one parsed article and the mentions that point at them."""

    def __init__(
        self,
        doc: Doc,
        captions: tuple[Caption, ...] = (),
        in_quote: list[int] | None = None,
        *,
        text: str | None = None,
        chunks: list[Span] | None = None,
        publisher: str | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token
        self._chunks = list(doc.noun_chunks) if chunks is None else chunks
        self._in_quote = in_quote or [-1] * len(doc)
        self._speaker_tokens: set[int] = set()
        self.entities: list[Entity] = []
        self._by_token: dict[int, Entity] = {}
        self._person_starts: list[int] = []  # char offsets of person mentions, sorted
        self._person_at: list[tuple[Token, Entity]] = []
        self._by_key: dict[str, Entity] = {}
        self._lower_words: frozenset[str] | None = None
        self._org_names: list[tuple[int, str]] | None = None
        people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self.places = place_like_names(people) | medium_names(people, publisher)
        self.places |= described_organisations(people)
        for ent in people:
            if ent.text not in self.places:
                self._add_person(ent)
        self._index_mistagged_surnames()
        self._add_caption_titles(captions)
        self._resolve_role_nouns()

    # -- names -------------------------------------------------------------------------------

    def _add_person(self, ent: Span) -> None:
        ent = _without_place(ent)
        words, gender = name_parts(ent)
        if not words:
            return
        entity = self._match_name(words)
        if entity is None:
            entity = Entity(name=" ".join(words), kind="person")
            entity.surname = words[-1].lower()
            entity.first = words[0].lower()
            self.entities.append(entity)
        elif len(words) > len(entity.name.split()) and words[-1].lower() == entity.surname:
            entity.aliases.setdefault(entity.name, None)
            entity.name = " ".join(words)
            entity.first = words[0].lower()
        if gender:
            entity.gender = gender
        kin = kin_noun(ent) if not entity.mentions else None
        if kin is not None:
            entity.relative = True
            entity.roles.setdefault(kin, None)
        self._by_key[normalise_name(" ".join(words))] = entity
        title_start, title = title_before(self.doc, ent.start)
        if title:
            entity.add_role(title)
        start_tok = self.doc[title_start]
        entity.add_mention(start_tok.idx, ent.end_char, self.text[start_tok.idx : ent.end_char])
        if title:
            entity.add_mention(ent.start_char, ent.end_char, ent.text)
        for role in appositive_roles(ent.root):
            entity.add_role(role)
        for token in ent:
            self._by_token[token.i] = entity
        self._index_person(ent.root, entity)

    def _index_person(self, head: Token, entity: Entity) -> None:
        at = bisect_left(self._person_starts, head.idx)
        if at < len(self._person_starts) and self._person_at[at][0].i == head.i:
            return
        self._person_starts.insert(at, head.idx)
        self._person_at.insert(at, (head, entity))

    def _index_mistagged_surnames(self) -> None:
        """Make a surname the tagger took for a place or a body ("Honcharuk filed his
        resignation") an antecedent for the pronouns after it."""
        surnames: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.kind == "person" and " " in entity.name:
                surnames.setdefault(entity.surname, []).append(entity)
        doc = self.doc
        for token in doc:
            if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or not token.is_title:
                continue
            alone = (token.i == 0 or doc[token.i - 1].pos_ != "PROPN") and (
                token.i + 1 == len(doc) or doc[token.i + 1].pos_ != "PROPN"
            )
            found = surnames.get(token.lower_) if alone else None
            if found and len(found) == 1 and token.text not in self.places:
                self._index_person(token, found[0])

    def note_speaker(self, head: Token, entity: Entity) -> None:
        """A speaker is the likeliest antecedent of the pronouns that follow."""
        if entity.kind == "person" and head.pos_ != "PRON":
            self._speaker_tokens.add(head.i)
            self._index_person(head, entity)

    def _match_name(self, words: list[str]) -> Entity | None:
        key = normalise_name(" ".join(words))
        if key in self._by_key:
            return self._by_key[key]
        last = words[-1].lower()
        first = words[0].lower()
        candidates = []
        for entity in self.entities:
            if entity.kind != "person":
                continue
            if len(words) == 1:
                if last in {entity.surname, entity.first}:
                    candidates.append(entity)
            elif entity.surname == last and (
                len(entity.name.split()) == 1 or entity.first == first or len(first) <= 2
            ):
                candidates.append(entity)
        if not candidates:
            return None
        if len(words) == 1 and not all(e.relative for e in candidates):
            candidates = [e for e in candidates if not e.relative]  # "Baker": not his daughter
        return max(candidates, key=lambda e: e.last_seen)

    def _add_caption_titles(self, captions: tuple[Caption, ...]) -> None:
        for caption in captions:
            text = caption.text
            for entity in self.entities:
                at = text.find(entity.name)
                if at < 0:
                    continue
                words = text[:at].split()
                kept: list[str] = []
                for word in reversed(words):
                    if word[:1].isupper() or (word in {"of", "the", "for"} and kept):
                        kept.insert(0, word)
                    else:
                        break
                while kept and kept[0] in {"of", "the", "for"}:
                    kept.pop(0)
                if kept:
                    title = " ".join(kept)
                    entity.add_role(title)
                    entity.aliases.setdefault(f"{title} {entity.name}", None)

    def _resolve_role_nouns(self) -> None:
        for chunk in self._chunks:
            root = chunk.root
            if root.lower_ not in ROLE_NOUNS or root.tag_ != "NN" or root.i in self._by_token:
                continue
            if chunk[0].lower_ != "the":
                continue
            entity = self.resolve_role_noun(chunk)
            if entity is not None:
                entity.add_mention(chunk.start_char, chunk.end_char, chunk.text)
                self._index_person(root, entity)  # "The governor ... her": the governor

    @property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case ("officials", "reports")."""
        if self._lower_words is None:
            self._lower_words = frozenset(t.text for t in self.doc if t.is_lower)
        return self._lower_words

    # -- lookups -----------------------------------------------------------------------------

    def resolve_role_noun(self, chunk: Span) -> Entity | None:
        """The person a definite role phrase ("the Russian leader") refers to, if one fits."""
        root = chunk.root
        countries = {k for t in chunk if t != root for k in [country_key(t.text)] if k}
        noun = root.lower_
        best: Entity | None = None
        best_seen = -1
        for entity in self.entities:
            seen = max((m[0] for m in entity.mentions if m[0] < root.idx), default=-1)
            if entity.kind != "person" or seen < 0 or not entity.roles:
                continue
            words = entity.role_words()
            if noun not in words and not (noun in LEADER_WORDS and words & LEADER_WORDS):
                continue
            if countries and not countries & entity.countries:
                continue
            if noun == "leader" and not countries:
                continue
            if seen > best_seen:
                best, best_seen = entity, seen
        return best

    def resolve_pronoun(self, token: Token, prefer: Entity | None = None) -> Entity | None:
        """The nearest compatible person before a personal pronoun."""
        lower = token.lower_
        if lower in PLURAL_PRONOUNS or lower not in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return None
        gender = "m" if lower in MALE_PRONOUNS else "f"
        if prefer is not None and prefer.kind == "person" and prefer.gender in {None, gender}:
            return self._learn(prefer, gender)
        end = bisect_left(self._person_starts, token.idx)
        fallback: Entity | None = None
        for index in range(end - 1, -1, -1):
            if token.idx - self._person_starts[index] > PERSON_WINDOW:
                break
            head, entity = self._person_at[index]
            if entity.gender not in {None, gender} or head.i >= token.i:
                continue
            if self._in_quote[head.i] >= 0 and self._in_quote[head.i] != self._in_quote[token.i]:
                continue
            if head.i in self._speaker_tokens or (
                head.dep_ in {"nsubj", "nsubjpass"} and _main_clause(head.head)
            ):
                return self._learn(entity, gender)
            if fallback is None:
                fallback = entity
        return self._learn(fallback, gender) if fallback else None

    @staticmethod
    def _learn(entity: Entity, gender: str) -> Entity:
        if entity.gender is None:
            entity.gender = gender
        return entity

    def entity_for(
        self, mention: Span, head: Token, context: Entity | None = None
    ) -> Entity | None:
        """The entity a speaker mention points at, creating organisations and groups as needed."""
        person = self._by_token.get(head.i)
        if person is None:
            for token in mention:
                person = self._by_token.get(token.i)
                if person is not None and token.dep_ in {"appos", "compound", "flat"}:
                    break
                person = None
        if person is not None:
            return self._organisation_named(person.name) or person
        if head.lower_ == "it" and (thing := it_antecedent(head)) is not None:
            return self._thing_speaker(thing, context)  # "The firm sued. It said": the firm
        if head.pos_ == "PRON":
            resolved = self.resolve_pronoun(head, context)
            if resolved is not None:
                resolved.add_mention(head.idx, head.idx + len(head.text), head.text)
            return resolved
        if head.text in self.places:
            return self._organization(mention, head)
        if head.ent_type_ == "PRODUCT" and head.pos_ == "PROPN" and mention[0].lower_ == "the":
            return None  # "The Ford Taurus": a thing, not a speaker
        holder = document_holder(head)
        if holder is not None and holder.pos_ == "PRON":  # "her statement said": she
            owner = self.resolve_pronoun(holder, context)
            if owner is not None:
                return owner
        elif holder is not None:  # "the NHC advisory said": the NHC
            return self.entity_for(_name_span(holder), holder)
        if (named := name_after_title(head)) is not None:  # "Senator from Vermont Jane Moss"
            return self._titled_person(mention, named)
        if _bare_title(mention, head):  # "the Speaker": whoever holds that office, or the office
            office = self.resolve_role_noun(mention)
            if office is not None:
                return office
            return self._organization(mention, head, "person", name=head.lower_)
        body = office_holder_body(head)
        if body is not None and (office := self._office(mention, head, body)) is not None:
            return office
        org = self._organisation_named(head.text) if head.pos_ == "PROPN" else None
        if org is not None and all(t == head or t.lower_ == "the" for t in mention):
            org.add_mention(mention.start_char, mention.end_char, mention.text)
            return org  # "Phivolcs said" after "the Philippine Institute ... (Phivolcs)"
        if (head.pos_ == "PROPN" or head.is_title) and head.ent_type_ not in {"GPE", "NORP"}:
            words, _ = name_parts(mention)  # "Jobs said" opening a sentence: Steve Jobs
            known = self._match_name(words) if 0 < len(words) <= 3 else None
            if known is not None:  # a person named elsewhere, mis-tagged here
                known.add_mention(mention.start_char, mention.end_char, mention.text)
                return known
        name = _after_title(mention, head)  # "Labour MP Jane Moss": Jane Moss
        if (
            head.pos_ == "PROPN"
            and head.ent_type_ not in {"GPE", "NORP"}
            and _looks_like_name(name, head)
        ):
            words, gender = name_parts(name)
            entity = self._match_name(words) if words else None
            if entity is None and words:
                entity = Entity(name=" ".join(words), kind="person", gender=gender)
                entity.surname, entity.first = words[-1].lower(), words[0].lower()
                self.entities.append(entity)
                self._by_key[normalise_name(entity.name)] = entity
                for role in appositive_roles(head):
                    entity.add_role(role)
            if entity is not None:
                entity.add_mention(mention.start_char, mention.end_char, mention.text)
                if name.start > mention.start:
                    entity.add_role(self.doc[mention.start : name.start].text)
                for token in mention:
                    self._by_token[token.i] = entity
                return entity
        if head.lower_ in ROLE_NOUNS and head.tag_ == "NN" and mention[0].lower_ == "the":
            resolved = self.resolve_role_noun(mention)
            if resolved is not None:
                return resolved
        relative = self._relative(head)
        if relative is not None:  # "his daughter said" after "his daughter Ann Reed"
            relative.add_mention(mention.start_char, mention.end_char, mention.text)
            return relative
        kind = "group" if self._family(head) else kind_of(head)
        return self._organization(mention, head, kind)

    def _thing_speaker(self, thing: Token, context: Entity | None) -> Entity | None:
        """Who speaks through the document or organisation a subject "it" stands for: the
        holder of a document ("Lee unveiled his ad. It says ...": Lee), else the thing."""
        holder = next((c for c in thing.lefts if c.dep_ == "poss"), None)
        if holder is not None and thing.lower_ in SPEAKING_DOCUMENTS:
            owner = self.entity_for(_thing_span(holder), holder, context)
            if owner is not None:
                return owner
        return self.entity_for(_thing_span(thing), thing, context)

    def _titled_person(self, mention: Span, name: Span) -> Entity:
        """The person a title runs into ("United States Senator from Vermont Jane Moss"),
        with the words before the name as a role."""
        words, gender = name_parts(name)
        entity = self._match_name(words)
        if entity is None:
            entity = Entity(name=" ".join(words), kind="person", gender=gender)
            entity.surname, entity.first = words[-1].lower(), words[0].lower()
            self.entities.append(entity)
            self._by_key[normalise_name(entity.name)] = entity
        entity.add_role(self.doc[mention.start : name.start].text)
        start, end = mention.start_char, name.end_char
        entity.add_mention(start, end, self.text[start:end])
        return entity

    def _relative(self, head: Token) -> Entity | None:
        """The person last introduced by the same kin noun ("his daughter Ann Reed"), which a
        later "his daughter" refers to."""
        if head.lower_ not in KIN_NOUNS or head.tag_ != "NN":
            return None
        found = [
            e
            for e in self.entities
            if e.relative and head.lower_ in e.roles and e.mentions and e.mentions[0][0] < head.idx
        ]
        return max(found, key=lambda e: e.mentions[0][0]) if found else None

    def _family(self, head: Token) -> bool:
        """A plural of a person's surname names the family ("the Turpins" after "David
        Turpin")."""
        if head.tag_ != "NNPS" or not head.lower_.endswith("s"):
            return False
        singular = {head.lower_[:-1], head.lower_[:-2]}
        return any(e.kind == "person" and e.surname in singular for e in self.entities)

    def _organisation_named(self, name: str) -> Entity | None:
        """The organisation a one-word name stands for, by its alias or acronym ("Phivolcs"
        after "the Philippine Institute of Volcanology and Seismology (Phivolcs)")."""
        if " " in name:
            return None
        found = self._by_key.get(f"organization:{normalise_name(name)}")
        if found is None and name.isupper():
            found = self._long_form(name, "organization")
        return found

    def _office(self, mention: Span, head: Token, body: Span) -> Entity | None:
        """Who a role noun after proper nouns is: an organisation for its spokesperson ("an
        Interpol spokesperson": Interpol), else the person the article gives that office ("the
        Indian Prime Minister", "Chess Federation President": whoever holds it), else for an
        organisation the bare role ("president"); None when none of these applies."""
        if head.lower_ in SPOKES_NOUNS:
            entity = self._organization(body, body[-1]) if names_body(body) else None
            if entity is not None:
                entity.add_mention(mention.start_char, mention.end_char, mention.text)
            return entity
        words = {t.lower_ for t in body if t.is_alpha and t.lower_ not in {"of", "the", "and"}}
        holders = [
            e
            for e in self.entities
            if e.kind == "person" and head.lower_ in e.role_words() and words & e.role_words()
        ]
        if holders:
            holder = max(holders, key=lambda e: e.last_seen)
            holder.add_mention(mention.start_char, mention.end_char, mention.text)
            return holder
        if not names_body(body, strict=True):
            return None
        role = self.doc[body.end : head.i + 1]
        return self._organization(role, head, "person", name=role.text.lower())

    def _organization(
        self,
        mention: Span,
        head: Token,
        kind: EntityKind = "organization",
        *,
        name: str | None = None,
    ) -> Entity | None:
        """The organisation or group a mention names, created on first sight."""
        words = [
            t for t in mention if not (t.i == mention.start and t.lower_ in {"the", "a", "an"})
        ]
        if not words:
            return None
        aliases: tuple[str, ...] = ()
        if name is None:
            name, aliases = organisation_name(words, self.lower_words)
            name += _joined_place(mention)
        if kind == "group" and head.lower_ in GROUP_WORDS and len(words) == 1:
            name = head.text.lower() if name[:1].islower() else head.text
        key = f"{kind}:{normalise_name(name)}"
        entity = self._by_key.get(key) or self._long_form(name, kind)
        full = self._tagged_long_form(name, kind, mention.end_char) if entity is None else None
        if full is not None:
            aliases, name, kind = (*aliases, name), full, "organization"
            key = f"{kind}:{normalise_name(name)}"
            entity = self._by_key.get(key)
        if entity is None:
            entity = Entity(name=name, kind=kind)
            if kind == "person":
                entity.surname = name.split()[-1].lower()
                entity.first = name.split()[0].lower()
            self.entities.append(entity)
            self._by_key[key] = entity
        for alias in aliases:
            self._by_key.setdefault(f"{kind}:{normalise_name(alias)}", entity)
            entity.aliases.setdefault(alias, None)
        entity.add_mention(mention.start_char, mention.end_char, mention.text)
        return entity

    def _long_form(self, name: str, kind: EntityKind) -> Entity | None:
        """The organisation already named in full that a short form stands for: its acronym
        ("CBCP" after "Catholic Bishops' Conference of the Philippines") or its capitalised
        head word alone ("the Court" after "the Supreme Court")."""
        if " " in name or not name[:1].isupper():
            return None
        acronym = name.isupper() and 2 <= len(name) <= 6
        if kind != "organization" and not acronym:
            return None
        found: Entity | None = None
        for entity in self.entities:
            if entity.kind != "organization":
                continue
            if _short_form_of(name, entity.name, acronym=acronym) and (
                found is None or entity.last_seen > found.last_seen
            ):
                found = entity
        return found

    def _tagged_long_form(self, name: str, kind: EntityKind, after: int) -> str | None:
        """The full organisation name in the article that a short form stands for, the first
        one after it ("the Navy's records ... The United States Navy": United States Navy) or
        else the nearest before it."""
        if " " in name or not name[:1].isupper():
            return None
        acronym = name.isupper() and 2 <= len(name) <= 6
        if kind != "organization" and not acronym:
            return None
        if self._org_names is None:
            self._org_names = [
                (ent.start_char, _without_article(ent.text))
                for ent in self.doc.ents
                if ent.label_ == "ORG" and len(ent) > 1
            ]
        found = [
            (start < after, abs(start - after), full)
            for start, full in self._org_names
            if _short_form_of(name, full, acronym=acronym)
        ]
        return min(found)[2] if found else None


_NAME_LINKS = frozenset({"of", "the", "and", "for"})


def _short_form_of(short: str, full: str, *, acronym: bool) -> bool:
    """Whether one word is the acronym of a capitalised organisation name ("CBCP") or its
    organisation head word ("Court" of "Supreme Court")."""
    words = full.split()
    if len(words) < 2 or any(w[:1].islower() and w not in _NAME_LINKS for w in words):
        return False
    if acronym:
        return initials(full) == short
    return short.lower() in ORG_WORDS and words[-1] == short


def _without_article(text: str) -> str:
    """A name without its opening "the" or closing possessive ("the Navy's": Navy)."""
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    return text.removesuffix("'s").removesuffix("\u2019s")


def _without_place(ent: Span) -> Span:
    """A tagged name without the place a title put before it ("Vermont Jane Moss" in
    "Senator from Vermont Jane Moss": Jane Moss)."""
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.i >= ent.start:
        return ent
    named = name_after_title(prep.head)
    if named is not None and ent.start < named.start and named.end == ent.end:
        return named
    return ent


def _after_title(mention: Span, head: Token) -> Span:
    """The tagged name inside a mention that opens with a title naming an office ("Labour MP
    Jane Moss", where the tagger took "Jane Moss" for an organisation: Jane Moss); the mention
    itself otherwise."""
    if head.ent_iob_ == "O" or head.ent_type_ == "PERSON":
        return mention
    doc = mention.doc
    start = head.i
    while start > mention.start and doc[start].ent_iob_ == "I":
        start -= 1
    if start <= mention.start or start - mention.start > 4 or head.i + 1 != mention.end:
        return mention
    first, title = title_before(doc, start)
    titled = doc[first:start]
    if not title or first > mention.start + (mention[0].lower_ == "the"):
        return mention
    if not any(t.lower_.rstrip(".") in ROLE_NOUNS | HONORIFICS for t in titled):
        return mention
    return doc[start : mention.end]


def _joined_place(mention: Span) -> str:
    """The second place of a name "of A and B" that a mention left out ("The High Court of
    England" before "and Wales": " and Wales"), or ""."""
    doc, end = mention.doc, mention.end
    if end + 2 > len(doc) or len(mention) < 3 or mention[-2].lower_ != "of":
        return ""
    joined, place = doc[end], doc[end + 1]
    if joined.lower_ != "and" or not place.is_title or place.pos_ != "PROPN":
        return ""
    if place.ent_type_ == "PERSON" or end + 2 < len(doc) and doc[end + 2].pos_ == "PROPN":
        return ""
    return f" and {place.text}"


def _bare_title(mention: Span, head: Token) -> bool:
    """A capitalised title alone after "the" ("the Speaker", "the President")."""
    return (
        len(mention) == 2
        and mention[0].lower_ == "the"
        and head.i == mention.end - 1
        and head.is_title
        and head.lower_ in ROLE_NOUNS | HONORIFICS
    )


_LOCATIVE_PREPS = frozenset(
    {"in", "into", "from", "across", "near", "toward", "towards", "inside", "throughout"}
)
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def place_like_names(people: list[Span]) -> set[str]:
    """One-word "person" names the tagger got wrong: never part of a longer name, never
    titled, and used as a place ("in Kiev", "the West and Kiev") or only as a nationality
    adjective ("Tongan time")."""
    longer = {t.lower_ for ent in people if len(ent) > 1 for t in ent}
    places = set()
    for ent in people:
        if len(ent) != 1 or ent.text.lower() in longer or ent.text in places:
            continue
        uses = [e.root for e in people if e.text == ent.text]
        if any(title_before(u.doc, u.i)[1] for u in uses):
            continue
        if any(_used_as_place(u) for u in uses) or all(demonym_modifier(u) for u in uses):
            places.add(ent.text)
    return places


# Words whose "on" phrase names where something appeared: "wrote on Twitter", "a statement on
# Facebook", "trended on TikTok".
_POSTING_WORDS = frozenset(
    {
        "post", "write", "say", "announce", "tweet", "trend", "share", "publish", "speak",
        "statement", "announcement", "message", "video", "comment", "account", "page",
        "profile", "bio", "feed", "viral",
    }
)  # fmt: skip


def medium_names(people: list[Span], publisher: str | None = None) -> set[str]:
    """ "Person" names the tagger gave to things that are not people: names with a digit
    ("COVID-19"), the article's own publisher, and one-word names used only as a medium
    ("wrote on Twitter", "via Facebook") or as its possessor ("whose Twitter bio")."""
    longer = {t.lower_ for ent in people if len(ent) > 1 for t in ent}
    named = {normalise_name(publisher).removeprefix("the ")} if publisher else set()
    media = set()
    for ent in people:
        if (
            any(c.isdigit() for c in ent.text)
            or normalise_name(ent.text).removeprefix("the ") in named
        ):
            media.add(ent.text)
            continue
        if len(ent) != 1 or ent.text.lower() in longer or ent.text in media:
            continue
        uses = [e.root for e in people if e.text == ent.text]
        if any(title_before(u.doc, u.i)[1] for u in uses):
            continue
        if any(_used_as_medium(u) for u in uses):
            media.add(ent.text)
    return media


def described_organisations(people: list[Span]) -> set[str]:
    """One-word "person" names the text describes as an organisation: a common noun such as
    "airline" or "broadcaster" right before the name and modifying it ("low-cost airline
    Ryanair")."""
    longer = {t.lower_ for ent in people if len(ent) > 1 for t in ent}
    found = set()
    for ent in people:
        if ent.start == 0 or len(ent) != 1 or ent.text.lower() in longer:
            continue
        before = ent.doc[ent.start - 1]
        if before.is_lower and before.lower_ in ORG_DESCRIPTORS and before.head in ent:
            found.add(ent.text)
    return found


def _used_as_medium(token: Token) -> bool:
    """ "wrote on Twitter", "via Facebook", "whose Twitter bio", "the Twitter network"."""
    if token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPOSITIONS:
        return True
    return token.dep_ in {"compound", "poss", "nmod"} and (
        token.head.lemma_.lower() in _POSTING_WORDS or token.head.lower_ == "network"
    )


def _used_as_place(token: Token) -> bool:
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS:
        return True
    conjoined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        conjoined.append(head)
    return any(c.ent_type_ in _PLACE_ENTS for c in conjoined)


def _name_span(token: Token) -> Span:
    """The named entity a token is in, or the run of proper nouns that ends with it."""
    doc = token.doc
    start, end = token.i, token.i + 1
    if token.ent_iob_ != "O":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token:
        start -= 1
    return doc[start:end]


def _thing_span(token: Token) -> Span:
    """The words that name a document or organisation: its named entity, or the noun with the
    words before it in its phrase ("the new report")."""
    if token.ent_iob_ != "O":
        return _name_span(token)
    return token.doc[token.left_edge.i : token.i + 1]


def _looks_like_name(mention: Span, head: Token) -> bool:
    """A proper-noun phrase the tagger missed as a person: 1-3 capitalised words, no org word."""
    words = [t for t in mention if t.pos_ == "PROPN"]
    if not words or len(words) > 3 or any(t.lower_ in ORG_WORDS for t in words):
        return False
    if mention[0].lower_ == "the":  # "the Federal Reserve": names of people take no article
        return False
    if mention[0].lower_.rstrip(".") in HONORIFICS and len(mention) > 1:
        return True  # "Mr MacFarlane", whatever the tagger made of it
    if head.ent_type_ in {"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}:
        # an organisation unless the text treats it as a person ("X, a spokesman", "Senator X",
        # "a spokesperson, X,")
        return (
            any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in head.children)
            or (head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS)
            or bool(title_before(mention.doc, mention.start)[1])
        )
    return all(t.is_title for t in words)


def _main_clause(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
