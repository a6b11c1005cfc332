"""The entities of one article and what each speaker mention refers to.

- Full names open an entity (a lone given name joined to a full name shares its surname:
  "David and Louise Turpin"); a bare surname or first name joins the most recently mentioned
  entity with that surname or first name, names compared without case or accents ("Dvorak"
  of "Tomáš Dvořák", `foretold.ids.folded`). A bare name that could be two entities goes to the
  most recent one, skipping a relative introduced by a kin noun ("his daughter Ann Reed"). A
  bare surname no person has takes a full name tagged as an organisation before it ("over
  Morgan Vale of the party ... Vale said": Morgan Vale, `mistagged_full_names`), with the
  roles set beside that name ("Morgan Vale, the city commissioner, ... Vale said ... the
  commissioner said": Morgan Vale both times).
- Titles before a name, appositions and photo captions give a person roles; an honorific
  before the name ("Mr.") or the head noun of a role ("widow of Bo Ray", `role_genders`)
  gives a gender, as does a spouse noun to the spouse it names ("widow of Bo Ray": Ray is a
  man). A name a kin noun introduces that is longer than a matching name is a relative, not
  that person ("Ann Reed ... her mother, Ann Lowe Reed").
- A speaker mention goes to the person it names, the person a pronoun or role phrase refers to
  (`pronouns`, `role_nouns`) or the unnamed newcomer a "he" or "she" follows ("after one of
  their daughters escaped. She said ...": one of their daughters), the document or
  organisation a subject "it" stands for ("The
  firm sued. It said ...": the firm), or an organisation or group, created on first sight;
  short forms take an organisation's full name (`short_forms`), and a definite description
  an organisation named before ("the unanimous court": the Supreme Court) or the only company,
  news medium or body of a fitting kind named in the nearest of its sentence and the two
  before that names any, or the only subject there when no other is an object ("Velo Motors
  cut jobs. The firm said ...": Velo Motors); a bare "the government" the one government
  named with its place before it, "the administration" the one named with its leader or
  place (`government_epithets`), and "the city" or "the island nation" the one place
  described with that kind of noun before it (`place_epithets`). A definite description of a
  standing no one was given ("the former three-term governor"; "the Boulder professor", a
  standing many share, even after proper nouns) is the nearest person speaking or a
  main-clause subject just before; a phrase owned by "his", "her" or "its" is named after
  its owner ("Ann Lee's campaign"), and a document owned by "its" is its owner's word ("its
  website notes"); a spokesperson "for" an organisation speaks for it. A relative "who"
  stands for the noun its clause hangs on, and "the former" or "the latter" for one of the
  two nouns just joined (`paired_referents`); "this person" is the single person just
  spoken of as a subject (`demonstrative_people`). Tagged products name no
  speaker, and PERSON names that are not people are set aside first (`mistagged_names`,
  `ship_names`, `fictional_names`); a one-word name the article also uses as a medium or
  as a company's opening word names that body where it acts ("Velo placed a warning" after
  "posted on Velo", `medium_bodies`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from foretold.attribution.account_holders import account_holder, holder_name, posted_holder
from foretold.attribution.author_groups import authors_span
from foretold.attribution.based_modifiers import based_modifier_words
from foretold.attribution.company_suffixes import other_suffix_spelling
from foretold.attribution.company_words import (
    company_word,
    company_word_taken_for_person,
)
from foretold.attribution.cues import EVIDENCE_NOUNS, SPEAKING_DOCUMENTS
from foretold.attribution.definite_names import definite_words, with_definite
from foretold.attribution.demonstrative_people import demonstrative_antecedent
from foretold.attribution.described_holders import described_holder
from foretold.attribution.described_people import described_person
from foretold.attribution.described_someone import described_someone
from foretold.attribution.document_issuers import document_issuer
from foretold.attribution.entities import (
    DESCRIBING_NOUNS,
    FEMALE_NOUNS,
    GROUP_WORDS,
    HONORIFICS,
    MALE_NOUNS,
    MEDIUM_NOUNS,
    OFFICE_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    QUANTITY_NOUNS,
    ROLE_NOUNS,
    SHARED_STANDING_NOUNS,
    SPOKES_NOUNS,
    Entity,
    coded_name,
    document_holder,
    holds_other_office,
    kin_noun,
    kind_of,
    name_after_title,
    name_parts,
    names_body,
    office_holder_body,
    organisation_name,
    surname_of,
    title_inside,
)
from foretold.attribution.fictional_names import fictional_names
from foretold.attribution.foreign_scripts import foreign_text
from foretold.attribution.government_epithets import (
    bare_government,
    named_governments,
    only_government,
)
from foretold.attribution.group_affiliations import affiliated_group, without_affiliation
from foretold.attribution.headlines import before_headline_verb
from foretold.attribution.kind_nouns import KIND_NOUNS, kinds_written, of_kind
from foretold.attribution.masthead_names import masthead_title
from foretold.attribution.medium_bodies import body_word
from foretold.attribution.mention_names import (
    after_abbreviation,
    after_title,
    joined_place,
    looks_like_name,
    name_after_office,
    name_after_tagged_title,
    name_span,
    names_relative,
    shared_surname,
    thing_span,
    with_particle_surname,
    with_regnal_title,
    with_untagged_given_name,
    with_untagged_surname,
    without_caption_word,
    without_medium,
    without_organisation,
    without_place,
)
from foretold.attribution.mentions import partitive_end
from foretold.attribution.mistagged_full_names import earlier_full_name, earlier_full_name_head
from foretold.attribution.mistagged_names import (
    described_organisations,
    medium_names,
    place_like_names,
)
from foretold.attribution.mistagged_pronouns import mistagged_pronoun
from foretold.attribution.named_organisations import (
    apposed_descriptions,
    described_names,
    descriptor,
    exemplified_names,
    joined_organisations,
    organisation_spans,
)
from foretold.attribution.nicknames import known_as, nickname_in, with_nicknamed_surname
from foretold.attribution.nominal_adjectives import nominal_adjective
from foretold.attribution.organisation_parts import (
    foreign_name,
    names_part,
    opening_places,
    other_places,
)
from foretold.attribution.paired_referents import paired_referent, paired_word
from foretold.attribution.place_epithets import described_places, only_place, place_epithet
from foretold.attribution.pronoun_genders import newcomer_span
from foretold.attribution.pronouns import Antecedents
from foretold.attribution.relative_people import person_for_who
from foretold.attribution.role_genders import roles_gender, spouse_gender
from foretold.attribution.role_nouns import (
    DEFINITE_ROLE_NOUNS,
    RANK_WORDS,
    bare_title,
    field_nouns,
    held_role_words,
    introduced_relative,
    names_family,
    office_holder,
    role_holder,
)
from foretold.attribution.role_phrases import (
    appositive_roles,
    copular_roles,
    role_before_comma,
    title_before,
)
from foretold.attribution.same_nouns import earlier_same, same_noun
from foretold.attribution.sentence_edges import opens_sentence
from foretold.attribution.sentence_reach import reach_start
from foretold.attribution.ship_names import ship_names
from foretold.attribution.short_forms import (
    described_short_form,
    long_form,
    opening_word,
    owner_mention,
    several_long_forms,
    tagged_long_form,
    tagged_organisations,
    without_places,
)
from foretold.attribution.speaker_words import QUANTIFIER_WORDS, names_no_one
from foretold.attribution.speaking_things import it_antecedent, its_owner, ran_piece
from foretold.attribution.split_names import cut_from_organisations
from foretold.attribution.tagged_entities import tagged_entities, tagged_within
from foretold.attribution.title_phrases import held_title
from foretold.attribution.titled_holders import titled_holder
from foretold.attribution.token_index import spellings_of, tokens_spelled
from foretold.attribution.verb_first_quotes import leading_verb
from foretold.attribution.work_titles import names_work, work_titles
from foretold.ids import folded, normalise_name
from foretold.records import Caption, EntityKind


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
        self._antecedents = Antecedents(in_quote or [-1] * len(doc))
        self.entities: list[Entity] = []
        self._by_token: dict[int, Entity] = {}
        self._stand_ins: dict[int, Token] = {}  # a "they" by token index: its subject
        self._by_key: dict[str, Entity] = {}
        self._lower_words: frozenset[str] | None = None
        self._definite_words: frozenset[str] | None = None
        self._org_names: list[tuple[int, str]] | None = None
        self._governments: dict[str, list[tuple[int, str]]] = {}
        self._places_described: list[tuple[int, str, str]] | None = None
        self._place_words: frozenset[str] | None = None
        self._tagged_org_keys: frozenset[str] | None = None
        self._kinds: dict[str, frozenset[str]] | None = None
        self._company_words: set[int] = set()
        ents = tagged_entities(doc)
        people = [ent for ent in ents if ent.label_ == "PERSON"]
        self.places = place_like_names(people) | medium_names(people, publisher)
        self.places |= ship_names(people)  # "the rescue ship MV Ann Lee": no one
        self.places |= fictional_names(people)  # "Hellboy character Ann Vale": no one
        described = described_organisations(people)
        # "Velo placed a warning" after "posted on Velo": the site, no person
        described |= {
            ent.text
            for ent in people
            if len(ent) == 1 and ent.text not in self.places and body_word(doc, ent.text)
        }
        self.places |= described
        titles = work_titles(doc) if people else frozenset()
        self.places |= {ent.text for ent in people if titles and names_work(ent, titles)}
        # the words of longer names set aside: "Der Spiegel said" speaks for the magazine
        self._set_aside = {
            t.i for ent in people if len(ent) > 1 and ent.text in self.places for t in ent
        }
        # "Velo Fire" of "Velo Fire and Rescue", tagged whole elsewhere: the body's, no person's
        cut = cut_from_organisations(
            self.text, people, [ent for ent in ents if ent.label_ == "ORG"]
        )
        # "Velo said" after "Velo Group", read as a person: the company's, no person's
        company = [ent for ent in people if company_word_taken_for_person(ent)]
        self._company_words.update(ent.start for ent in company)
        cut += company
        self._set_aside |= {t.i for ent in cut for t in ent}
        for ent in people:
            if ent in cut:
                continue
            if ent.text not in self.places and not foreign_text(ent) and not coded_name(ent.text):
                self._add_person(ent)  # not "FEC" or "TVN24" read as a person
        for ent in ents:
            if ent.label_ in {"ORG", "GPE"} and (named := name_after_office(ent)) is not None:
                self._add_person(named)  # "First Minister of Scotland Nicola Sturgeon"
            elif ent.label_ == "ORG" and (named := name_after_tagged_title(ent)) is not None:
                self._add_person(named)  # "Detective Constable Ann Vale" read as a body
            elif ent.label_ == "ORG" and names_relative(ent):
                self._add_person(ent)  # "his wife, Amanda," read as a body
            elif ent.label_ == "ORG" and described_person(ent):
                self._add_person(ent)  # "porn actress Dana Velo" read as a body
            elif ent.label_ == "ORG" and self._captioned_person(ent):
                self._add_person(ent)  # "Ann Lee Image: Velo Press." after "Ann Lee said"
        self._index_mistagged_surnames()
        self._add_organisations(publisher, [ent for ent in people if ent.text in described])
        self._add_caption_titles(captions)
        self._resolve_role_nouns()
        self._antecedents.learn_genders(doc)

    # -- names -------------------------------------------------------------------------------

    def _add_person(self, ent: Span) -> None:
        if _lone_title(ent):
            return
        ent = with_untagged_surname(with_particle_surname(without_place(without_medium(ent))))
        ent = with_untagged_given_name(without_organisation(ent))
        ent = with_nicknamed_surname(ent)  # 'Tomas "Tom" Vale' tagged 'Tomas "Tom' and "Vale"
        ent = without_caption_word(ent)  # "Ann Lee Image: Velo Press.": Ann Lee
        ent = before_headline_verb(ent)  # "Ann Lee Reassures Voters ...": Ann Lee
        if len(ent) > 1 and leading_verb(ent[0]):
            ent = ent[1:]  # 'Added Lee, "Q."': Lee
        while len(ent) > 1 and ent[-1].is_punct:
            ent = ent[:-1]  # "Image: Ann Lee." with the full stop tagged as part of the name
        words, gender = name_parts(ent)
        words = shared_surname(ent) or words
        untitled = words  # "Francis" of "Pope Francis", whose title is also a role
        words = with_regnal_title(ent, words)
        if not words:
            return
        nickname = nickname_in(ent)
        called = known_as(ent, nickname) if nickname is not None else []
        entity = self._match_name(words) or (self._match_name(called) if called else None)
        if entity is not None and _new_relative(ent, words, entity):
            entity = None
        if entity is None:
            words, earlier_roles = self._earlier_full_name(words, ent.start)
            entity = Entity(name=" ".join(words), kind="person")
            entity.surname = surname_of(words)
            entity.first = folded(words[0])
            self.entities.append(entity)
            for role in earlier_roles:
                entity.add_role(role)
        elif len(words) > len(entity.name.split()) and surname_of(words) == entity.surname:
            entity.aliases.setdefault(entity.name, None)
            entity.name = " ".join(words)
            entity.first = folded(words[0])
        if gender:
            entity.gender = gender
        kin = kin_noun(ent) if not entity.mentions else None
        if kin is not None:
            entity.relative = True
            entity.roles.setdefault(kin, None)
        self._by_key[normalise_name(" ".join(words))] = entity
        if called:
            self._by_key.setdefault(normalise_name(" ".join(called)), entity)
        title_start, title = title_before(self.doc, ent.start)
        if inside := title_inside(ent, untitled):  # "Taoiseach Ann Lee" tagged as one name
            entity.add_role(f"{title} {inside}" if title else inside)
        elif title and _names_office(Span(self.doc, title_start, ent.start)):
            entity.add_role(title)  # not "Vermont" of "Senator from Vermont Ann Lee"
        start_tok = self.doc[title_start]
        entity.add_mention(start_tok.idx, ent.end_char, self.text[start_tok.idx : ent.end_char])
        if title:
            entity.add_mention(ent.start_char, ent.end_char, ent.text)
        if fronted := role_before_comma(self.doc, title_start):
            entity.add_role(fronted)
        for role in (*appositive_roles(ent.root), *copular_roles(ent.root)):
            entity.add_role(role)
        if entity.gender is None:  # "Mr." outside the tagged name, or "widow of Bo Ray"
            entity.gender = name_parts(Span(self.doc, title_start, ent.end))[1]
        if entity.gender is None:
            entity.gender = roles_gender(entity.roles) or spouse_gender(ent)
        for token in ent:
            self._by_token[token.i] = entity
        self._antecedents.add(ent.root, entity)

    def _captioned_person(self, ent: Span) -> bool:
        """A name read as a body that a caption's credit line ran into, naming a person met
        before ("Ann Lee Image: Velo Press." after "Ann Lee said")."""
        named = without_caption_word(ent)
        return len(named) < len(ent) and self._match_name(name_parts(named)[0]) is not None

    def _add_organisations(self, publisher: str | None, described: list[Span]) -> None:
        """Open an entity for each organisation the article names (`named_organisations`)
        and each name it describes as one ("the news agency Velorix"), with the descriptions
        it gives as roles and the shorter forms it gives as aliases ("the Department of Fire
        Protection (CalFire)")."""
        described += [*described_names(self.doc), *exemplified_names(self.doc)]
        named = list(organisation_spans(self.doc, publisher)) + [(s, ()) for s in described]
        for span, shorter in sorted(named, key=lambda pair: pair[0].start):
            if self._names_people(span) or foreign_text(span):
                continue
            entity = self._organization(_with_article(span), span[-1])
            if entity is None:
                continue
            for role in (descriptor(span), *apposed_descriptions(span)):
                if role is not None:
                    entity.add_role(role)
            for short in shorter:
                entity.aliases.setdefault(short.text, None)
                self._by_key.setdefault(f"organization:{normalise_name(short.text)}", entity)

    def _names_people(self, span: Span) -> bool:
        """An organisation name that names a person met before ("Sanders won" after "Bernie
        Sanders"), also by a surname that is a word for an organisation ("said Press" after
        "Jim Press"; not "the Press") or that closes a full name itself read as a body ("Ruiz
        said" after "Ana Ruiz Peral"), or a family ("the Turpins" after "David Turpin")."""
        if any(t.i in self._by_token for t in span):
            return True
        if len(span) == 1 and company_word(self.doc, span.text):
            return False  # "Velo said" after "the Velo Motor Company" and "Ann Velo"
        words, _ = name_parts(after_abbreviation(span))  # "the U.S. Lee": a missed full stop
        if _could_be_person(words) and self._match_name(words) is not None:
            return True
        if len(span) == 1 and not _after_the(span) and self._full_name_ending(span.text):
            return True
        if len(span) == 1 and earlier_full_name(self.doc, span.text, span.start) is not None:
            return True  # "Ruiz said" after "Ana Ruiz Peral", both read as bodies
        return names_family(span[-1], self.entities)

    def _full_name_ending(self, word: str) -> bool:
        """Whether a person named in full has ``word`` as written for a surname."""
        return any(
            e.kind == "person" and " " in e.name and e.name.split()[-1] == word
            for e in self.entities
        )

    def _index_mistagged_surnames(self) -> None:
        """Make a surname the tagger took for a place or a body, or left untagged ("Honcharuk
        filed his resignation"), alone or after the person's given name, an antecedent for the
        pronouns after it, also a surname the tagger took for a common noun when it is bare
        ("Trump stirred controversy. He suggested ...", `_bare_common_surname`); of two
        people with that surname, the one named before it. A person
        known by one name only takes that name alone where it is left untagged ("Waseem
        appeared in court, where he ..."), not where it was read as a body or a place. A
        relative a kin noun introduced ("his niece Mary Vale") does not compete with the
        person whose surname they share, as for a bare name (`_match_name`)."""
        surnames: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.kind == "person":
                surnames.setdefault(entity.surname, []).append(entity)
        doc = self.doc
        spelled = [word for word in spellings_of(doc) if folded(word) in surnames]
        for token in tokens_spelled(doc, spelled):  # written as one of the surnames
            if token.ent_type_ == "PERSON" or not token.is_title:
                continue
            if token.pos_ != "PROPN" and not _bare_common_surname(token):
                continue
            first = token.i - 1 if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" else token.i
            alone = (first == 0 or doc[first - 1].pos_ != "PROPN") and (
                token.i + 1 == len(doc) or doc[token.i + 1].pos_ != "PROPN"
            )
            found = surnames.get(folded(token.text)) if alone else None
            if found and first < token.i:  # "Jamal Khashoggi" with only the surname tagged
                found = [e for e in found if e.first == folded(doc[first].text)]
            if found and len(found) > 1 and not all(e.relative for e in found):
                found = [e for e in found if not e.relative]  # "Trump": not his niece
            if found and len(found) > 1:  # only one of them named before it
                found = [e for e in found if e.mentions and e.mentions[0][0] < token.idx]
            if found and token.ent_type_:  # one name alone read as a body: "Wikinews"
                found = [e for e in found if " " in e.name]
            if found and len(found) == 1 and token.text not in self.places:
                self._antecedents.add(token, found[0])

    def stand_in(self, head: Token) -> Token | None:
        """The subject a "they" was resolved to, through earlier "they"s ("Lee and Cole met.
        They said ...": Lee, with Cole joined to it), or None."""
        return self._stand_ins.get(head.i)

    def note_speaker(self, head: Token, entity: Entity) -> None:
        """A speaker is the likeliest antecedent of the pronouns that follow."""
        self._antecedents.note_speaker(head, entity)

    def _match_name(self, words: list[str]) -> Entity | None:
        key = normalise_name(" ".join(words))
        if key in self._by_key:
            return self._by_key[key]
        last = surname_of(words)
        first = folded(words[0])
        candidates = []
        for entity in self.entities:
            if entity.kind != "person":
                continue
            if len(words) == 1:
                if last in {entity.surname, entity.first}:
                    candidates.append(entity)
            elif (
                entity.surname == last
                and (len(entity.name.split()) == 1 or entity.first == first or len(first) <= 2)
                or _part_of_name(words, entity.name)
            ):
                candidates.append(entity)
        if not candidates and len(words) == 1:
            candidates = [
                e for e in self.entities if e.kind == "person" and inner_surname(last, e.name)
            ]
        if not candidates:
            return None
        if len(words) == 1 and not all(e.relative for e in candidates):
            candidates = [e for e in candidates if not e.relative]  # "Baker": not his daughter
        return max(candidates, key=lambda e: e.last_seen)

    def _earlier_full_name(self, words: list[str], before: int) -> tuple[list[str], list[str]]:
        """The full name a lone surname no one has stands for, written before ``before`` but
        tagged as an organisation or left untagged, with the roles set beside it ("Morgan Vale,
        the city commissioner, ... Vale said": Morgan Vale, the city commissioner); the words
        and no roles when there is none (``mistagged_full_names``)."""
        if len(words) != 1:
            return words, []
        found = earlier_full_name_head(self.doc, words[0], before)
        if found is None:
            return words, []
        full_name, head = found
        return full_name, appositive_roles(head)

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
            if root.lower_ not in DEFINITE_ROLE_NOUNS or root.tag_ != "NN":
                continue
            if root.i in self._by_token:
                continue
            if chunk[0].lower_ != "the":
                continue
            entity = role_holder(chunk, self.entities)
            if entity is not None:
                entity.add_mention(chunk.start_char, chunk.end_char, chunk.text)
                self._antecedents.add(root, entity)  # "The governor ... her": the governor

    @property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case ("officials", "reports")."""
        if self._lower_words is None:
            self._lower_words = frozenset(w for w in spellings_of(self.doc) if w.islower())
        return self._lower_words

    @property
    def definite_words(self) -> frozenset[str]:
        """The one-word names the article writes with a capital "The" (`definite_names`)."""
        if self._definite_words is None:
            self._definite_words = definite_words(self.doc)
        return self._definite_words

    # -- lookups -----------------------------------------------------------------------------

    def _named_in_full(self, mention: Span, head: Token) -> bool:
        """A lone name the tagger took for a place or a people that closes a full name given
        before: one itself tagged an organisation ("Vasko said" after "Ilona Vasko"), or the
        surname of a person known by a full name ("Vasko said" after "Ilona Vasko" read as a
        person; not "Georgia said" after "Georgia Smith", the place)."""
        if not _lone_mistagged_name(mention, head, _PLACE_OR_PEOPLE):
            return False
        surname = surname_of([head.text])
        return earlier_full_name(self.doc, head.text, head.i) is not None or any(
            e.kind == "person" and e.surname == surname and len(e.name.split()) > 1
            for e in self.entities
        )

    def entity_for(
        self, mention: Span, head: Token, context: Entity | None = None
    ) -> Entity | None:
        """The entity a speaker mention points at, creating organisations and groups as needed."""
        if foreign_text(mention):
            return None  # words of another language the parse made a subject
        if (authors := authors_span(head)) is not None:  # "Berg et al": a group, all of it
            return self._organization(authors, head, "group", name=authors.text)
        person = self._by_token.get(head.i)
        if person is None:
            for token in without_affiliation(mention, head):  # not "people in the Lee team"
                person = self._by_token.get(token.i)
                if person is not None and _name_part_of(token, head):
                    break
                person = None
        if person is not None:
            return self._organisation_named(person.name) or person
        if paired_word(head):  # "the latter said": one of the two just named, if any
            paired = paired_referent(head)
            return None if paired is None else self.entity_for(thing_span(paired), paired, context)
        if (pointed := demonstrative_antecedent(head)) is not None:  # "this person said"
            named = self.doc[thing_span(pointed).start : partitive_end(pointed)]
            return self.entity_for(named, pointed, context)  # "One of the pupils ..."
        if (antecedent := _relative_antecedent(head)) is not None:
            return self.entity_for(thing_span(antecedent), antecedent, context)
        if head.lower_ == "it" and (thing := it_antecedent(head)) is not None:
            return self._thing_speaker(thing, context)  # "The firm sued. It said": the firm
        if head.pos_ == "PRON" and not mistagged_pronoun(head) and not described_someone(head):
            resolved = self._antecedents.resolve(head, context) or (
                self._antecedents.resolve_plural(head)
            )
            if resolved is None and (subject := self._antecedents.plural_subject(head)):
                resolved = self.entity_for(thing_span(subject), subject, context)
                self._stand_ins[head.i] = self._stand_ins.get(subject.i, subject)
            elif resolved is None and (newcomer := self._antecedents.newcomer(head)):
                resolved = self.entity_for(newcomer_span(newcomer), newcomer, context)
            elif resolved is None and (owner := self._antecedents.their_owner(head)):
                resolved = self.entity_for(thing_span(owner), owner, context)
            if resolved is not None:
                resolved.add_mention(head.idx, head.idx + len(head.text), head.text)
            elif _quantifier_group(mention, head):
                return self._organization(mention, head, "group")  # "Some said ...": some
            return resolved
        if head.text in self.places or head.i in self._set_aside or ran_piece(head):
            return self._organization(mention, head)  # also "a report in Ars Technica"
        if head.ent_type_ == "PRODUCT" and head.pos_ == "PROPN" and mention[0].lower_ == "the":
            return None  # "The Ford Taurus": a thing, not a speaker
        holder = document_holder(head)
        if (
            holder is not None
            and holder.pos_ == "PRON"
            and (owner := self._pronoun_referent(holder, context)) is not None
        ):
            return owner  # "her statement said": she
        if holder is not None and holder.pos_ != "PRON":  # "the NHC advisory said": the NHC
            return self.entity_for(name_span(holder), holder)
        held = account_holder(head) or posted_holder(head)  # "the police Facebook page"
        if held is not None:  # the police; "a tweet sent from Lee's account": Lee
            if held.pos_ == "PRON":
                if (owner := self._pronoun_referent(held, context)) is not None:
                    return owner  # "his account said": he
            elif held.pos_ == "PROPN":
                return self.entity_for(holder_name(held), held)
            else:
                return self.entity_for(thing_span(held), held, context)
        if (issuer := document_issuer(head)) is not None:  # "The letter" Lee sent: Lee
            issued = self._issuer(issuer, context)
            if issued is not None:
                return issued
        if (titled := titled_holder(head)) is not None:  # "the judge's ruling said": the judge
            return self.entity_for(thing_span(titled), titled, context)
        if (owner := described_holder(head)) is not None:  # "the party's website": the party
            body = self._recent_organisation(owner) or self._described_organisation(owner)
            if body is not None:
                body.add_mention(mention.start_char, mention.end_char, mention.text)
                return body
        if (named := name_after_title(head)) is not None:  # "Senator from Vermont Jane Moss"
            return self._titled_person(mention, named)
        if bare_title(mention, head):  # "the Speaker": whoever holds that office, or the office
            office = role_holder(mention, self.entities)
            if office is not None:
                return office
            return self._organization(mention, head, "person", name=head.lower_)
        if (spoken_for := self._spoken_for(mention, head)) is not None:
            return spoken_for
        body = office_holder_body(head)
        if body is not None and (office := self._office(mention, head, body)) is not None:
            return office
        org = self._organisation_named(head.text) if head.pos_ == "PROPN" else None
        if org is not None and all(t == head or t.lower_ == "the" for t in mention):
            org.add_mention(mention.start_char, mention.end_char, mention.text)
            return org  # "Phivolcs said" after "the Philippine Institute ... (Phivolcs)"
        if (head.pos_ == "PROPN" or head.is_title) and (
            head.ent_type_ not in _PLACE_OR_PEOPLE
            or _lone_mistagged_name(mention, head)
            or self._named_in_full(mention, head)
        ):
            named = after_abbreviation(mention)  # "in the U.S. Jobs said": a missed stop
            words, _ = name_parts(named)  # "Jobs said" opening a sentence: Steve Jobs
            known = self._match_name(words) if 0 < len(words) <= 3 else None
            if known is not None:  # a person named elsewhere, mis-tagged here
                known.add_mention(named.start_char, named.end_char, named.text)
                return known
        name = after_title(mention, head)  # "Labour MP Jane Moss": Jane Moss
        if (
            head.pos_ == "PROPN"
            and (
                head.ent_type_ not in _PLACE_OR_PEOPLE
                or self._named_in_full(mention, head)
                or _titled_lone_name(mention, head)
            )
            and looks_like_name(name, head)
        ):
            if len(name) == 1 and body_word(self.doc, head.text):
                return self._organization(mention, head)  # "Velo said" after "on Velo"
            words, gender = name_parts(name)
            words = with_regnal_title(name, words)
            entity = self._match_name(words) if words else None
            earlier_roles: list[str] = []
            if entity is None:
                words, earlier_roles = self._earlier_full_name(words, head.i)
            if entity is None and words:
                entity = Entity(name=" ".join(words), kind="person", gender=gender)
                entity.surname, entity.first = surname_of(words), folded(words[0])
                self.entities.append(entity)
                self._by_key[normalise_name(entity.name)] = entity
                for role in (*appositive_roles(head), *earlier_roles):
                    entity.add_role(role)
            if entity is not None:
                entity.add_mention(mention.start_char, mention.end_char, mention.text)
                if name.start > mention.start:
                    entity.add_role(self.doc[mention.start : name.start].text)
                for token in mention:
                    self._by_token[token.i] = entity
                return entity
        if head.lower_ in DEFINITE_ROLE_NOUNS and head.tag_ == "NN" and mention[0].lower_ == "the":
            resolved = role_holder(mention, self.entities)
            if resolved is not None:
                return resolved
        if (person := self._described_person(mention, head)) is not None:
            return person
        if nominal_adjective(head) and (person := self._antecedents.described(head)):
            person.add_mention(mention.start_char, mention.end_char, mention.text)
            return person  # "Ann Lee spoke. '...,' the 43-year-old asked": Ann Lee
        relative = introduced_relative(head, self.entities)
        if relative is not None:  # "his daughter said" after "his daughter Ann Reed"
            relative.add_mention(mention.start_char, mention.end_char, mention.text)
            return relative
        if (same := self._same_as_before(mention, head)) is not None:
            return same  # "One study noted ... The same study also noted": the one study
        bare = _without_preconjunction(mention)  # "both the council and the union"
        described = self._recent_organisation(bare) or self._described_organisation(bare)
        if described is not None:
            return described
        if (government := self._named_government(mention, head)) is not None:
            return government  # "the Samoan government ... The government said": Samoan
        if (place := self._described_place(mention, head)) is not None:
            return place  # "the US city of Harlow ... The city said": Harlow
        if names_no_one(head):
            return None
        if (owned := self._owned(mention, head)) is not None:
            return owned
        kind = "group" if names_family(head, self.entities) else kind_of(head)
        return self._organization(mention, head, kind)

    def _named_government(self, mention: Span, head: Token) -> Entity | None:
        """The government a bare "the government" (or administration "the administration")
        stands for: the one the article named with its place (or leader) before it
        (`government_epithets`), or None."""
        noun = bare_government(mention)
        if noun is None:
            return None
        if noun not in self._governments:
            self._governments[noun] = named_governments(self.doc, noun)
        name = only_government(self._governments[noun], mention.start_char)
        return None if name is None else self._organization(mention, head, name=name)

    def _described_place(self, mention: Span, head: Token) -> Entity | None:
        """The place a bare "the city", "the island nation" stands for: the one the article
        described with a noun of that kind before it (`place_epithets`), or None."""
        noun = place_epithet(mention)
        if noun is None:
            return None
        if self._places_described is None:
            self._places_described = described_places(self.doc)
        name = only_place(self._places_described, noun, mention.start_char)
        return None if name is None else self._organization(mention, head, name=name)

    def _described_person(self, mention: Span, head: Token) -> Entity | None:
        """The person a definite description of a standing looks back to when no one was
        given that role ("Ann Lee backed Cole. The former three-term governor said ...": Ann
        Lee; `Antecedents.described`), or None: the description is "the", words in lower case
        and the noun, with nothing after it but an "of" phrase in lower case ("the former
        secretary of state"; "the governor of Ohio" may be someone new); a noun of a standing
        many share may follow proper nouns ("Ann Lee said ... The Boulder professor added":
        Ann Lee)."""
        if mention[0].lower_ != "the" or head.i != mention.end - 1 or head.tag_ != "NN":
            return None
        shared = head.lower_ in SHARED_STANDING_NOUNS  # "the Boulder professor"
        if head.lower_ not in DESCRIBING_NOUNS and not shared:
            return None
        if _capitalised_word(mention[1:]) and not shared:
            return None
        if any(_other_rank(t) for t in mention):
            return None  # "the vice president" holds another office
        for after in head.rights:
            if after.dep_ in {"relcl", "acl", "appos"}:
                return None
            if after.dep_ == "prep" and (after.lower_ != "of" or _capitalised_word(after.subtree)):
                return None  # "the secretary of state", not "the governor of Ohio"
        gender = "f" if head.lower_ in FEMALE_NOUNS else "m" if head.lower_ in MALE_NOUNS else None
        fields = field_nouns(mention)
        person = self._antecedents.described(
            head,
            gender,
            lambda entity: (
                not holds_other_office(entity, head.lower_)
                and not _ranked_only(entity, head.lower_)
                and (not entity.roles or fields <= entity.role_words())
                and not self._other_title(entity, head)
            ),
        )
        if person is not None:
            person.add_mention(mention.start_char, mention.end_char, mention.text)
        return person

    def _other_title(self, entity: Entity, head: Token) -> bool:
        """Whether an entity is named by a title alone, no person's name ("Health Minister",
        from "The Health Minister for the region said"), under another head noun than a
        description's ("the local health secretary"): a title is not a name, and another
        title may be held by someone else."""
        return (
            entity.kind == "person"
            and held_title(entity.name, entity.surname) in ROLE_NOUNS
            and held_title(entity.name, entity.surname) != head.lower_
            and all(named is not entity for named in self._by_token.values())
        )

    def _same_as_before(self, mention: Span, head: Token) -> Entity | None:
        """The speaker named before with the noun of a "the same [noun]" mention
        (`same_noun`): "One study noted ... The same study added": the one study."""
        noun = same_noun(mention, head)
        if noun is None:
            return None
        index = earlier_same(
            noun,
            mention.start_char,
            ((i, m) for i, entity in enumerate(self.entities) for m in entity.mentions),
        )
        if index is None:
            return None
        entity = self.entities[index]
        entity.add_mention(mention.start_char, mention.end_char, mention.text)
        return entity

    def _owned(self, mention: Span, head: Token) -> Entity | None:
        """Who or what a phrase owned by "his", "her" or "its" names, under its owner's name
        ("Lee spoke. His campaign said ...": "Ann Lee's campaign"; `Antecedents.owner`,
        `its_owner`), or the body already met under the owner's name before that phrase ("The
        Lee campaign ... her campaign said": Lee campaign); None when no one fits."""
        owner_word = mention[0]
        if owner_word.lower_ not in {"his", "her", "its"} or owner_word.head != head:
            return None
        if len(mention) < 2:
            return None
        owner = self._antecedents.owner(owner_word)
        if owner is None and (body := its_owner(owner_word)) is not None:
            owner = self.entity_for(thing_span(body), body)  # "its campaign": the party's
        if owner is None:
            return None
        rest = " ".join(self.text[mention[1].idx : mention.end_char].split())
        kind = kind_of(head)
        for named in (owner.name, owner.name.split()[-1]):  # "the Lee campaign" met before
            found = self._by_key.get(f"{kind}:{normalise_name(f'{named} {rest}')}")
            if found is not None:
                found.add_mention(mention.start_char, mention.end_char, mention.text)
                return found
        return self._organization(mention, head, kind, name=f"{owner.name}'s {rest}")

    def _described_organisation(self, mention: Span) -> Entity | None:
        """The organisation named before that a definite description stands for ("The Federal
        Court ruled ... The unanimous court said": Federal Court), or None."""
        short = described_short_form(mention)
        if short is None:
            return None
        found = long_form(
            short,
            "organization",
            self.entities,
            mention.start_char,
            lambda start, end: owner_mention(self.doc, start, end),
        )
        if found is None:
            if self._org_names is None:
                self._org_names = tagged_organisations(self.doc)
            before = [(s, n) for s, n in self._org_names if s < mention.start_char]
            full = tagged_long_form(short, "organization", mention.start_char, before)
            if full is None:
                return None
            return self._organization(mention, mention[-1], name=full)
        found.add_mention(mention.start_char, mention.end_char, mention.text)
        return found

    def _recent_organisation(self, mention: Span, chain: int = 0) -> Entity | None:
        """The organisation of a fitting kind a definite description ("the firm", "the auto
        company", "the group") stands for: the one named in the nearest sentence that names
        any, looking back from the description's own sentence up to two before ("Velo Motors
        cut jobs. The firm said ...": Velo Motors; "Velo sued Brenta. Brenta Corp lost. The
        firm said ...": Brenta Corp). None when that sentence names more than one or holds an
        untagged proper noun that could be another, unless one alone was described with that
        noun ("Veltra, a research firm"). A sentence that names none but holds an earlier
        description of a fitting kind (`_earlier_description`) hands on what that one stands
        for ("Dawn Air bought jets. The airline signed in Paris. The company said ...": Dawn
        Air), through at most ``_DESCRIPTION_CHAIN`` such links."""
        noun = _description_noun(mention)
        if noun is None:
            return None
        end = mention.start
        for back in range(_DESCRIPTION_REACH + 1):
            start = reach_start(mention[0], back)
            if start >= end:
                continue
            found = self._fitting_organisations(start, end, mention.start_char, noun)
            if found:
                return self._only_fitting(found, noun, mention, (start, end), back)
            earlier = _earlier_description(self.doc[start:end], noun)
            if earlier is not None and chain < _DESCRIPTION_CHAIN:
                entity = self._recent_organisation(earlier, chain + 1)
                if entity is not None:
                    entity.add_mention(mention.start_char, mention.end_char, mention.text)
                return entity
            end = start
        return None

    def _fitting_organisations(
        self, start: int, end: int, before: int, noun: str
    ) -> dict[str, tuple[str, Entity | None, int]]:
        """The organisations named between two tokens that a description by ``noun`` may
        stand for, by normalised name, with the highest `_argument` rank it is named in: no
        public body for a company or news noun ("the company" is not the Department of
        Labor), no person's name the tagger took for a body."""
        found: dict[str, tuple[str, Entity | None, int]] = {}
        for ent in joined_organisations(tagged_within(self.doc, start, end)):
            if ent.label_ != "ORG":
                continue
            if self._names_people(ent):
                continue  # "Sanders" tagged as a body after "Bernie Sanders"
            name = _without_article_text(ent.text)
            entity = self._by_key.get(f"organization:{normalise_name(name)}") or long_form(
                name, "organization", self.entities
            )
            full = entity.name if entity is not None else name
            if noun in _PRIVATE_NOUNS and _public_body(full) or _other_trade(noun, full):
                continue
            key = normalise_name(full)
            rank = max(_argument(ent.root), found[key][2] if key in found else 0)
            found[key] = (full, entity, rank)
        begin = self.doc[start].idx
        stop = self.doc[end].idx if end < len(self.doc) else before
        stop = min(stop, before)
        for entity in self.entities:
            if entity.kind != "organization":
                continue
            spans = [
                self.doc.char_span(at, to, alignment_mode="expand")
                for at, to, _ in entity.mentions
                if begin <= at < stop
            ]
            if not spans:
                continue
            if not (noun in _PRIVATE_NOUNS and _public_body(entity.name)) and not _other_trade(
                noun, entity.name
            ):
                key = normalise_name(entity.name)
                rank = max((_argument(span.root) for span in spans if span is not None), default=0)
                found[key] = (entity.name, entity, max(rank, found[key][2] if key in found else 0))
        return found

    def _only_fitting(
        self,
        found: dict[str, tuple[str, Entity | None, int]],
        noun: str,
        mention: Span,
        window: tuple[int, int],
        back: int,
    ) -> Entity | None:
        """The one organisation among ``found`` (named in the tokens of ``window``, ``back``
        sentences before a description) the description stands for: the only one, the only
        one described with its noun, or, in its own sentence or the one just before, the only
        one named as a subject when no other is a subject or an object ("Velo Air bought
        Airbus jets. The company said ...": Velo Air; not after "Velo Air sued Airbus");
        None otherwise."""
        described = [
            key for key, (_, entity, _) in found.items()
            if entity is not None and any(r.split()[-1].lower() == noun for r in entity.roles)
        ]  # fmt: skip
        if noun in KIND_NOUNS:  # "the party": only a body written as one
            if self._kinds is None:
                self._kinds = kinds_written(self.doc)
            kinds = self._kinds
            found = {k: fit for k, fit in found.items() if of_kind(fit[0], noun, kinds)}
            described = [key for key in described if key in found]
        subjects = [key for key, (_, _, rank) in found.items() if rank == _SUBJECT]
        objects = [key for key, (_, _, rank) in found.items() if rank == _OBJECT]
        if len(described) == 1:
            found = {described[0]: found[described[0]]}
        elif len(found) > 1 and len(subjects) == 1 and not objects and back <= 1:
            found = {subjects[0]: found[subjects[0]]}
        elif len(found) != 1 or self._untagged_name(*window):
            return None
        full, entity, _ = next(iter(found.values()))
        if entity is None:
            return self._organization(mention, mention[-1], name=full)
        entity.add_mention(mention.start_char, mention.end_char, mention.text)
        return entity

    def _untagged_name(self, start: int, end: int) -> bool:
        """Whether a proper noun between two tokens that no name takes in could be one more
        organisation ("the maker of the iPhone, Velo Inc.": "Velo Inc." untagged)."""
        return any(
            t.pos_ == "PROPN" and t.ent_iob_ == "O" and t.i not in self._by_token and t.is_alpha
            and not t.is_sent_start
            for t in self.doc[start:end]
        )  # fmt: skip

    def _thing_speaker(self, thing: Token, context: Entity | None) -> Entity | None:
        """Who speaks through the document or organisation a subject "it" stands for: the
        holder of a document ("Lee unveiled his ad. It says ...": Lee), else the thing; no
        one when the thing is a person the tagger took for an organisation ("Lee said ... It
        also adds ...": not Lee)."""
        holder = next((c for c in thing.lefts if c.dep_ == "poss"), None)
        if holder is not None and thing.lower_ in SPEAKING_DOCUMENTS:
            owner = self.entity_for(thing_span(holder), holder, context)
            if owner is not None:
                return owner
        entity = self.entity_for(thing_span(thing), thing, context)
        return None if entity is not None and entity.kind == "person" else entity

    def _titled_person(self, mention: Span, name: Span) -> Entity:
        """The person a title runs into ("United States Senator from Vermont Jane Moss"),
        with the words before the name as a role."""
        words, gender = name_parts(name)
        entity = self._match_name(words)
        if entity is None:
            entity = Entity(name=" ".join(words), kind="person", gender=gender)
            entity.surname, entity.first = surname_of(words), folded(words[0])
            self.entities.append(entity)
            self._by_key[normalise_name(entity.name)] = entity
        entity.add_role(self.doc[mention.start : name.start].text)
        start, end = mention.start_char, name.end_char
        entity.add_mention(start, end, self.text[start:end])
        return entity

    def _organisation_named(self, name: str) -> Entity | None:
        """The organisation a one-word name stands for, by its alias or acronym ("Phivolcs"
        after "the Philippine Institute of Volcanology and Seismology (Phivolcs)")."""
        if " " in name:
            return None
        found = self._by_key.get(f"organization:{normalise_name(name)}")
        if found is None and name.isupper():
            found = long_form(name, "organization", self.entities)
        return found

    def _issuer(self, issuer: Token, context: Entity | None) -> Entity | None:
        """The entity of the word naming who issued a document: a pronoun's antecedent ("its
        filing": the firm), or what the name or noun phrase names."""
        if issuer.pos_ == "PRON":
            return self._pronoun_referent(issuer, context)
        return self.entity_for(thing_span(issuer), issuer, context)

    def _pronoun_referent(self, pronoun: Token, context: Entity | None) -> Entity | None:
        """The entity a pronoun stands for: its antecedent ("her statement": she; "He sent a
        letter": he), or for an "its" the body the sentences before name ("its website")."""
        owner = self._antecedents.resolve(pronoun, context)
        if owner is None and (body := its_owner(pronoun)) is not None:
            owner = self.entity_for(thing_span(body), body, context)
        if owner is None and (owners := self._antecedents.their_owner(pronoun)) is not None:
            owner = self.entity_for(thing_span(owners), owners, context)  # "their claims"
        return owner

    def _spoken_for(self, mention: Span, head: Token) -> Entity | None:
        """The organisation a spokesperson speaks for, named after "for" or "of" ("a
        spokeswoman for Velo Bank said ...": Velo Bank), or None for anyone else's
        spokesperson ("a spokesman for Lee")."""
        if head.lower_ not in SPOKES_NOUNS or head.pos_ != "NOUN":
            return None
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
                continue
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is None or body.ent_type_ != "ORG" or body.i in self._by_token:
                return None
            span = name_span(body)
            if self._names_people(span):
                return None
            entity = self._organization(_with_article(span), body)
            if entity is not None:
                entity.add_mention(mention.start_char, mention.end_char, mention.text)
            return entity
        return None

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
        holder = office_holder(head, body, self.entities)
        if holder is not None:
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
        """The organisation or group a mention names, created on first sight; an opening
        "neither" or "both" is no part of its name, and the group "neither" ... "nor" joins is
        named with "and" ("neither French nor Dutch authorities ... they said": French and
        Dutch authorities). A group of people keeps the body or place it belongs to ("Officials
        in Omsk said": officials in Omsk), and "the officials" after it are that group
        (``group_affiliations``). The name without the places that open it (`without_places`:
        "Air Force" of "the Velian Air Force") recognises a later short mention of the body,
        but is an alias only where the article writes it: "Eastern Airlines" is no name of
        "China Eastern Airlines" in an article that never writes it alone."""
        neither = len(mention) > 1 and mention[0].lower_ == "neither"
        if len(mention) > 1 and (mention[0].dep_ == "preconj" or neither):
            mention = mention[1:]  # "neither French nor Dutch authorities", "both the council"
        words = [
            t
            for t in mention
            if not (t.i == mention.start and t.lower_ in {"the", "a", "an"})
            or head.lower_ in QUANTITY_NOUNS  # "a lot of people" needs its article
        ]
        if not words:
            return None
        aliases: tuple[str, ...] = ()
        if kind == "group" and name is None:
            group = affiliated_group(mention, head, self.entities)  # "the scientists"
            if group is not None:
                group.add_mention(mention.start_char, mention.end_char, mention.text)
                return group
        affiliation = ""
        if kind == "group" and (own := without_affiliation(mention, head)) != mention:
            affiliation = " " + self.doc[own.end : mention.end].text  # "officials in Omsk"
            words = [t for t in words if t.i < own.end]
        if name is None:
            name, aliases = organisation_name(words, self.lower_words)
            name = with_definite(name, self.definite_words)  # "newspaper The Hindu"
            name += "" if affiliation else joined_place(mention)
            if (
                (affiliation or head.lower_ in EVIDENCE_NOUNS)
                and words == [head]
                and head.is_title
                and opens_sentence(self.doc, head)
            ):
                name = head.lower_  # "Organizers of the rally said", "Reports said"
            if neither:
                name = " ".join("and" if w == "nor" else w for w in name.split(" "))
        if kind == "group" and head.lower_ in GROUP_WORDS and len(words) == 1:
            quantifier = head.lower_ in QUANTIFIER_WORDS  # "Some said": some
            name = head.text.lower() if name[:1].islower() or quantifier else head.text
        name += affiliation
        key = f"{kind}:{normalise_name(name)}"
        if self._org_names is None:
            self._org_names = tagged_organisations(self.doc)
        entity = self._by_key.get(key)
        full: str | None = None
        if entity is None and not self._several_long_forms(name):
            entity = long_form(name, kind, self.entities)
            if entity is None:
                full = tagged_long_form(name, kind, mention.end_char, self._org_names)
        if full is not None and self._foreign_full_name(full, mention):
            full = None  # "the Senate" of a state, not "the U.S. Senate" met later
        if full is not None:
            aliases, name, kind = (*aliases, name), full, "organization"
            key = f"{kind}:{normalise_name(name)}"
            entity = self._by_key.get(key)
        bare = without_places(name, self.place_words) if kind == "organization" else None
        if entity is None and kind == "organization":
            entity = self._same_organisation(name, bare, head)
            if entity is not None:
                self._by_key.setdefault(key, entity)
        if entity is None:
            entity = Entity(name=name, kind=kind)
            if kind == "person":
                entity.surname = surname_of(name.split())
                entity.first = folded(name.split()[0])
            self.entities.append(entity)
            self._by_key[key] = entity
        for alias in aliases:
            self._by_key.setdefault(f"{kind}:{normalise_name(alias)}", entity)
            entity.aliases.setdefault(alias, None)
        if bare is not None:  # a short form to know again, an alias once written
            self._by_key.setdefault(f"{kind}:{normalise_name(bare)}", entity)
        entity.add_mention(mention.start_char, mention.end_char, mention.text)
        return entity

    def _several_long_forms(self, name: str) -> bool:
        """Whether a head word could stand for two bodies the article names, met or tagged
        (`several_long_forms`): "the Court" after "the Supreme Court" and "the Court of
        Appeal"."""
        assert self._org_names is not None
        names = [e.name for e in self.entities if e.kind == "organization"]
        tagged = (n for _, n in self._org_names)
        return several_long_forms(name, [*names, *tagged], self.place_words)

    def _same_organisation(self, name: str, bare: str | None, head: Token) -> Entity | None:
        """An organisation already met under another form of the name: without the place
        before it ("the Air Force" after "the U.S. Air Force"), or, for tagged organisation
        names, as the word that opens it ("Northrop" and "Northrop Grumman", "NBC" and "NBC
        News", in either order; the longer name becomes the canonical one; also a company's
        opening word the tagger read as a person, `company_words`), or under the other
        spelling of its company ending ("Velo Motor Co." and "Velo Motor Company",
        `company_suffixes`). Not a body of another place ("the Veldan Senate" after "the
        Ruritanian Senate") nor a part of the body (`organisation_parts`: "Velo Canada" is not
        "Velo")."""
        places = self.place_words
        found = self._by_key.get(f"organization:{normalise_name(bare)}") if bare else None
        if found is not None and not other_places(name, [found.name, *found.aliases], places):
            return found
        if (spelling := other_suffix_spelling(name)) is not None:
            found = self._by_key.get(f"organization:{normalise_name(spelling)}")
            if found is not None:
                return found
        if head.ent_type_ != "ORG" and head.i not in self._company_words:
            return None
        tagged = self.tagged_org_keys
        for entity in reversed(self.entities):
            if entity.kind != "organization" or normalise_name(entity.name) not in tagged:
                continue
            if opening_word(name, entity.name):
                if names_part(name, entity.name, places, later=False):
                    return None
                return entity
            if opening_word(entity.name, name):
                if names_part(entity.name, name, places, later=True):
                    return None
                entity.aliases.setdefault(entity.name, None)
                entity.name = name
                return entity
        return None

    def _foreign_full_name(self, full: str, mention: Span) -> bool:
        """Whether a full name the tagger found in another paragraph opens with a place other
        than the one the article names most before a short form (`foreign_name`): "the
        Senate" of an article about Ruritania is not "the U.S. Senate" paragraphs later. In the same
        paragraph the writer spells out the name just shortened ("the Navy's records, ...
        The United States Navy")."""
        assert self._org_names is not None
        starts = [start for start, name in self._org_names if name == full]
        if not starts:
            return False
        start = min(starts, key=lambda s: abs(s - mention.start_char))
        lo, hi = sorted((start, mention.start_char))
        if "\n" not in self.text[lo:hi]:
            return False
        return foreign_name(full, self._places_around(mention), self.place_words)

    def _places_around(self, mention: Span) -> Counter[str]:
        """How often the article names each place before a mention, by the country keys of
        the places the tagger marks (`opening_places`)."""
        return Counter(
            key
            for ent in tagged_within(self.doc, 0, mention.start)
            if ent.label_ == "GPE"
            for key in opening_places(f"{ent.text} .", self.place_words)
        )

    @property
    def place_words(self) -> frozenset[str]:
        """The capitalised words of the names the tagger marks as places or nationalities."""
        if self._place_words is None:
            self._place_words = frozenset(
                t.text
                for ent in tagged_entities(self.doc)
                if ent.label_ in {"GPE", "NORP", "LOC"}
                for t in ent
                if t.is_title or t.is_upper
            )
        return self._place_words

    @property
    def tagged_org_keys(self) -> frozenset[str]:
        """The normalised names the tagger marks as organisations, without an opening "the"."""
        if self._tagged_org_keys is None:
            self._tagged_org_keys = frozenset(
                normalise_name(ent.text).removeprefix("the ")
                for ent in tagged_entities(self.doc)
                if ent.label_ == "ORG"
            )
        return self._tagged_org_keys


def _other_trade(noun: str, name: str) -> bool:
    """A newspaper's title that a description of a firm in another trade cannot stand for:
    "the chain" or "the airline" is not the "Velo Gazette" that reported on it."""
    return noun in _COMPANY_NOUNS - _NEWS_TRADE_NOUNS and masthead_title(name)


def _with_article(span: Span) -> Span:
    """A name with the "the" right before it, as a speaker mention would have it."""
    before = span.start - 1
    return span.doc[before : span.end] if before >= 0 and span.doc[before].lower_ == "the" else span


_DESCRIPTION_REACH = 2  # sentences before a description searched for the organisation
# Nouns that describe a company; "the group", "the agency", "the organisation" fit any body.
_COMPANY_NOUNS = frozenset(
    {
        "company", "firm", "corporation", "automaker", "carmaker", "airline", "carrier",
        "retailer", "manufacturer", "lender", "insurer", "conglomerate", "startup",
        "chain", "broadcaster", "network", "maker", "supermarket", "operator", "publisher",
    }
)  # fmt: skip
# Nouns that describe a news medium ("the newspaper", "the industry publication"); not "the
# paper", which in a report of research is the study, nor "the website", which many a
# database or service named around it has.
_MEDIA_NOUNS = (MEDIUM_NOUNS - {"paper", "website"}) | {"publication", "outlet"}
_PRIVATE_NOUNS = _COMPANY_NOUNS | _MEDIA_NOUNS  # never a public body
_NEWS_TRADE_NOUNS = frozenset({"publisher", "company", "firm", "corporation", "conglomerate"})
_DESCRIPTION_NOUNS = (
    _PRIVATE_NOUNS | KIND_NOUNS | {"group", "agency", "organisation", "organization"}
)
# Words that end the names of public bodies, never called "the company".
_PUBLIC_WORDS = frozenset(
    {
        "ministry", "department", "agency", "court", "police", "council", "committee",
        "commission", "party", "university", "parliament", "assembly", "army", "navy",
        "senate", "congress", "federation", "league", "association", "school", "hospital",
        "bureau", "authority", "administration", "office", "board", "reserve", "government",
        "union", "institute", "foundation", "college", "force", "guard", "service",
    }
)  # fmt: skip


_DESCRIPTION_CHAIN = 2  # earlier descriptions a description may look back through


def _earlier_description(window: Span, noun: str) -> Span | None:
    """The last definite description in ``window`` that the same body a description by
    ``noun`` stands for could be named by: one with the same noun, or a company noun for a
    company noun ("the airline" for "the company"), also as an owner ("the company's
    helmet": the company); None when there is none."""
    for token in reversed(window):
        if token.tag_ != "NN" or token.lower_ not in _DESCRIPTION_NOUNS:
            continue
        if token.lower_ != noun and not {token.lower_, noun} <= _COMPANY_NOUNS:
            continue
        first = token.left_edge
        if first.i < window.start or first.lower_ != "the":
            continue
        description = window.doc[first.i : token.i + 1]
        if _description_noun(description) is not None:
            return description
    return None


# Words that open a pair before its first member: "[both] the council and the union".
_PAIR_OPENERS = frozenset({"both", "either"})


def _without_preconjunction(mention: Span) -> Span:
    """A mention without the "both" or "either" before "the" that opens a pair it is the
    first of: "the council" of "both the council and the union"; the mention itself
    otherwise ("both sides")."""
    if len(mention) > 2 and mention[0].lower_ in _PAIR_OPENERS and mention[1].lower_ == "the":
        return mention[1:]
    return mention


def _description_noun(mention: Span) -> str | None:
    """The organisation noun a definite description in lower case ends with ("the firm",
    "the auto firm", "the Detroit-based firm" -> "firm"), or None ("the firm's lawyers", "a
    firm", "the Velo firm")."""
    head = mention[-1]
    if len(mention) < 2 or mention[0].lower_ != "the" or head.tag_ != "NN":
        return None
    based = based_modifier_words(mention)  # "the Detroit-based firm": where it is based
    words = [t for t in mention[1:] if t.i not in based]
    if head.lower_ not in _DESCRIPTION_NOUNS or not all(t.is_lower for t in words):
        return None
    if any(t.pos_ not in {"ADJ", "NOUN"} for t in words):
        return None
    return head.lower_


_SUBJECT, _OBJECT = 2, 1


def _argument(token: Token) -> int:
    """How a name stands in its clause: `_SUBJECT` ("Velo Air bought jets"), `_OBJECT` ("sued
    Velo Air", "gave Velo Air jets"), else 0 ("Velo Air's chief", "jets from Velo Air"), also
    for a name that only modifies a common noun ("bought Airbus jets": the jets are bought)."""
    while token.dep_ in {"compound", "flat"} and token.head is not token:
        token = token.head
        if token.pos_ == "NOUN":
            return 0
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return _SUBJECT
    return _OBJECT if token.dep_ in {"dobj", "dative"} else 0


def _ranked_only(entity: Entity, noun: str) -> bool:
    """Whether a person's roles give a noun only after a word of rank that makes another
    office ("Deputy Minister Ann Kovac" is not "the minister"; `held_role_words`)."""
    return noun in entity.role_words() and noun not in held_role_words(entity.roles)


def _other_rank(token: Token) -> bool:
    """A word that makes a role another office ("vice", "deputy"), not "former" ("the former
    governor" still names who was governor) nor the "first" of "first lady"."""
    if token.lower_ == "first" and token.head.lower_ == "lady":
        return False
    return token.lower_ in RANK_WORDS - {"former"}


def _capitalised_word(tokens: Iterable[Token]) -> bool:
    """Whether any word among tokens holds a capital ("Ohio"; not "three-term")."""
    return any(t.is_alpha and not t.is_lower for t in tokens)


def _public_body(name: str) -> bool:
    """Whether an organisation's name is that of a public body ("Department of Labor",
    "Federal Reserve"), which no one calls a company."""
    return any(word.lower() in _PUBLIC_WORDS for word in name.split())


def _without_article_text(text: str) -> str:
    """A name without its opening "the" or closing possessive ("the Navy's": Navy)."""
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    return text.removesuffix("'s").removesuffix("\u2019s")


def _part_of_name(words: list[str], name: str) -> bool:
    """Two or more words that shorten a longer name: its last words ("Rivera Schatz" of
    "Tomas Rivera Schatz") or its first word and one after it ("Pedro Pierluisi" of "Pedro R.
    Pierluisi Urrutia")."""
    lower = [folded(w) for w in words]
    full = folded(name).split()
    if len(lower) < 2 or len(full) <= len(lower):
        return False
    return full[-len(lower) :] == lower or (
        len(lower) == 2 and full[0] == lower[0] and lower[1] in full[1:]
    )


_PLACE_OR_PEOPLE = frozenset({"GPE", "NORP"})


def _lone_mistagged_name(
    mention: Span, head: Token, kinds: frozenset[str] = frozenset({"NORP"})
) -> bool:
    """A lone singular proper noun the tagger took for one of ``kinds``, by default a
    nationality, which may be the given name or surname of someone named in full before ("as
    Sean had made ...", with "Sean" read as a people; "Vasko said ..." after "Ilona Vasko",
    with "Vasko" read as a country, which only the full name before may show), also when the
    parse took it for a capitalised common noun ("Vasko, a former chief, said")."""
    return (
        len(mention) == 1
        and head.ent_type_ in kinds
        and (head.tag_ == "NNP" or head.tag_ == "NN" and head.is_title)
    )


def _titled_lone_name(mention: Span, head: Token) -> bool:
    """A lone proper noun the tagger took for a place or a people right after a capitalised
    title of a person that closes the mention: a surname ("President Vasko said", with
    "Vasko" read as a country), since an office is held by a person, not by a place."""
    doc = head.doc
    if head.ent_type_ not in _PLACE_OR_PEOPLE or head.tag_ != "NNP" or head.ent_iob_ != "B":
        return False
    if head.i != mention.end - 1 or head.i == mention.start:
        return False
    if head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I":
        return False  # "President Costa Rica": a longer name of a place
    title = doc[head.i - 1]
    return title.is_title and title.lower_.rstrip(".") in OFFICE_WORDS and title.head == head


def inner_surname(word: str, name: str) -> bool:
    """A lone word that is the first of two surnames closing a name of three or more words,
    used alone for its holder ("Ruiz" of "Ana Ruiz Garcel"), in lower case.

    >>> inner_surname("ruiz", "Ana Ruiz Garcel"), inner_surname("ruiz", "Ana Ruiz")
    (True, False)
    """
    full = folded(name).split()
    return len(full) >= 3 and word == full[-2] and len(word) > 2 and full[-2].isalpha()


def _lone_title(ent: Span) -> bool:
    """A title the tagger reads as a name when it stands alone after "the" ("the Queen
    suspended parliament"): the office, not a name."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        len(ent) == 1
        and ent[0].lower_ in OFFICE_WORDS
        and before is not None
        and before.lower_ == "the"
    )


_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "case"})


def _bare_common_surname(token: Token) -> bool:
    """A capitalised word the tagger took for a common noun that stands bare, as a name does:
    inside a sentence, or as the subject that opens one, with no article, owner or modifier
    ("Trump stirred controversy": Trump; not "Price rises hit" nor "The Trump tower")."""
    if token.pos_ != "NOUN" or any(c.dep_ in _NOUN_MODIFIERS for c in token.children):
        return False
    if token.i > token.sent.start and not token.doc[token.i - 1].is_punct:
        return token.dep_ not in {"compound", "amod"}
    return token.dep_ in {"nsubj", "nsubjpass"}


def _names_office(title: Span) -> bool:
    """Words before a name that give an office or a standing: a role or person noun, an
    honorific, a party or nationality ("Labour MP", "Taoiseach", "Democrat"); not a lone
    place or given name the tagger left out of the name ("Vermont", "Sadiq")."""
    words = ROLE_NOUNS | HONORIFICS | PERSON_NOUNS | SPOKES_NOUNS
    return any(
        t.lower_.rstrip(".") in words or t.ent_type_ == "NORP" or t.is_lower or "-" in t.text
        for t in title
    )


def _after_the(span: Span) -> bool:
    """Whether "the" comes right before a span ("the Press")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _could_be_person(words: list[str]) -> bool:
    """Words that could be a person's name: one to three, none in lower case or an
    organisation word ("Sanders", not "College of Wooster")."""
    return 0 < len(words) <= 3 and not any(w.islower() or w.lower() in ORG_WORDS for w in words)


def _new_relative(ent: Span, words: list[str], entity: Entity) -> bool:
    """A name a kin noun introduces that is longer than the name of the person it matches:
    a relative who shares a name, not that person ("Ann Reed ... her mother, Ann Lowe Reed";
    "Reed ... his daughter Ann Reed"). The same name again, or a shorter one, is the same
    person ("Ali Al Said ... his cousin, Ali")."""
    return kin_noun(ent) is not None and len(words) > len(entity.name.split())


def _quantifier_group(mention: Span, head: Token) -> bool:
    """A quantifier standing alone for the people who speak, with no antecedent ("Some said
    ...", "while many argue ..."), or taking its part of a group a noun names ("Some of the
    protesters said ...", as "One of the victims said ..."): a group named by those words;
    not a quantifier floated beside another subject of its verb ("This both shows ...", "They
    all said ..."), nor a part of a group a pronoun names ("some of them": theirs)."""
    if head.lower_ not in QUANTIFIER_WORDS:
        return False
    if len(mention) != 1 and not _part_of_named_group(mention, head):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != head.i for c in head.head.children)


def _part_of_named_group(mention: Span, head: Token) -> bool:
    """Whether a mention is a quantifier and an "of" phrase on a noun, up to that noun or with
    what the noun takes ("Some of the protesters", "many of the residents we met"); not "some
    of them"."""
    for prep in head.rights:
        if prep.lower_ != "of" or prep.dep_ != "prep":
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
        if (
            nouns
            and mention.start == head.i
            and nouns[0].i < mention.end <= nouns[0].right_edge.i + 1
        ):
            return True
    return False


# Links that keep a word inside the name or the apposition of a mention's head.
_NAME_LINK_DEPS = frozenset({"appos", "compound", "flat"})


def _name_part_of(token: Token, head: Token) -> bool:
    """Whether a word hangs on a mention's head through name and apposition links alone
    ("[Barack] Obama", "the senator, Jane [Moss]"), not through an owner ("Barack Obama's
    administration": the administration speaks, not Obama), nor as a name modifying a common
    noun, which names what the noun belongs to ("the Obama administration", "a Moss aide")."""
    while token.i != head.i:
        if token.dep_ not in _NAME_LINK_DEPS or token.head.i == token.i:
            return False
        if token.dep_ == "compound" and _common_noun(token.head):
            return False
        token = token.head
    return True


def _common_noun(token: Token) -> bool:
    """A lower-case common noun ("administration", "aide"), not a name the tagger misread."""
    return token.pos_ == "NOUN" and token.is_lower


# Relative pronouns that stand for a thing, which an organisation named takes too.
_THING_RELATIVES = frozenset({"which", "that"})


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a subject "who" of a relative clause stands for, when a cue below that clause
    borrowed it ("teacher Ann Lee, who tried to warn ...": Lee), or the organisation a subject
    "which" or "that" stands for ("Velo Inc., which makes trucks, to issue a warning": Velo
    Inc.), or None."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
        return None
    if head.lower_ in _THING_RELATIVES:
        noun = verb.head
        return noun if noun.ent_type_ == "ORG" and noun.i < head.i else None
    if head.lower_ != "who":
        return None
    noun = person_for_who(verb.head)
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.i < head.i else None
