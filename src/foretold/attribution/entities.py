"""People, organisations and groups in one article, with the roles the article gives them.

The words that name them: titles, honorifics, role and person nouns, the words of
organisation names, and how a name splits into title, first name and surname. The roles
themselves are read beside each name by `role_phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from foretold.attribution.cues import EVIDENCE_NOUNS, word_set
from foretold.attribution.name_notes import name_note
from foretold.attribution.nicknames import is_nickname
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.ids import folded
from foretold.records import EntityKind

# Honorifics stripped from a canonical name (the titled form stays an alias).
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "adm", "prof", "rev", "sir", "dame", "lord", "judge", "justice", "president", "senator",
    "governor", "secretary", "minister", "chancellor", "mayor", "speaker", "pope", "king",
    "queen", "prince", "princess", "sheikh", "ayatollah", "mme", "mlle", "herr", "frau",
    "premier", "taoiseach", "emir", "emperor", "empress", "archbishop", "bishop", "cardinal",
    "rabbi", "imam", "pastor", "coach", "sheriff", "commissioner", "ambassador", "chairman",
    "chairwoman", "councillor", "councilman", "councilwoman", "congressman", "congresswoman",
    "detective", "inspector", "constable", "sergeant", "captain", "colonel", "lieutenant",
    "admiral", "general", "commander",
}  # fmt: skip
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "herr"}
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "queen", "princess", "mme", "mlle", "frau"}
# Titles of courtesy or address, which give a gender but no role ("Mr", "Dame", "Dr"); a
# monarch's or a royal's title is a role ("Queen", "Prince").
COURTESY_TITLES = (MALE_TITLES | FEMALE_TITLES | {"dr"}) - {"king", "queen", "prince", "princess"}


# Heads of noun phrases that name a role a person holds ("the Russian leader").
ROLE_NOUNS = word_set(
    """
    president leader minister chancellor premier senator governor secretary candidate nominee
    spokesman spokeswoman spokesperson chairman chairwoman chair director chief head official
    ambassador envoy king queen prince mayor congressman congresswoman lawmaker representative
    general commander adviser advisor aide analyst expert scholar professor economist founder
    ceo executive manager attorney lawyer judge justice strategist pollster diplomat mp
    selectman selectwoman
    """
)
# A role or an honorific: a word that can stand as a title before a person's name.
OFFICE_WORDS = ROLE_NOUNS | HONORIFICS
LEADER_WORDS = frozenset({"leader", "president", "premier", "chancellor", "head", "chief"})
GROUP_WORDS = word_set(
    """
    analysts officials experts observers critics supporters voters people americans democrats
    republicans lawmakers diplomats sources aides advisers advisors economists investors
    residents leaders members activists protesters scientists researchers polls surveys many
    some others several most few all both
    """
)
# Nouns for a few people taken together, which speak as a group ("the couple said", "his
# family said"): a household, not an organisation.
COLLECTIVE_PEOPLE = frozenset({"couple", "pair", "duo", "trio", "family"})
# Nouns of a quantity, which name no one without the group they measure: "a lot of people",
# "a number of lawmakers", "a majority of voters", "95% of the users" ("%" for "percent").
QUANTITY_NOUNS = frozenset(
    [
        *("lot", "lots", "number", "majority", "minority", "plurality", "handful", "half"),
        *("third", "quarter", "percent", "%", "dozens", "hundreds", "thousands", "millions"),
    ]
)
# Words that end the names of organisations ("Federal Reserve Bank", "Ford Motor Company").
ORG_WORDS = word_set(
    """
    center centre party committee association times post news institute university department
    ministry council bank group inc corp co foundation agency office campaign house senate
    congress court union network press journal fund service administration commission board
    club company organization organisation reuters ap afp cnn bbc kremlin pentagon state
    states reserve airlines airline airways motors corporation holdings industries partners
    capital systems technologies media bureau authority federation league alliance coalition
    investments
    college school hospital police army navy parliament assembly ltd llc plc firm exchange
    trust embassy consulate treasury academy
    """
)
# Common nouns that describe the organisation whose name follows ("airline Ryanair").
ORG_DESCRIPTORS = word_set(
    """
    airline carrier automaker carmaker retailer manufacturer startup lender insurer broadcaster
    newspaper magazine outlet chain conglomerate brand label band network agency company firm
    group organisation organization party website platform app service
    """
)
# Last words of the names of places and buildings ("the Cielo Vista Mall").
PLACE_WORDS = frozenset(
    {
        "mall", "store", "monument", "memorial", "square", "avenue", "street", "road",
        "bridge", "tower", "airport", "station", "stadium", "arena", "park", "plaza",
        "island", "islands", "river", "valley", "county",
    }
)  # fmt: skip
# Kin nouns that introduce a relative of someone named before ("his daughter Ann Reed").
KIN_NOUNS = word_set(
    """
    daughter son wife husband brother sister mother father widow widower cousin nephew niece
    grandson granddaughter grandmother grandfather uncle aunt partner fiancee fiance
    """
)
# Plural kin nouns that introduce relatives in a list ("his parents, Rob Reed and Ann Reed"),
# with the noun each one of them is.
KIN_PLURALS = {
    "parents": "parent",
    "children": "child",
    "sons": "son",
    "daughters": "daughter",
    "brothers": "brother",
    "sisters": "sister",
    "siblings": "sibling",
    "grandparents": "grandparent",
}
# Nouns for a person by age, bond or standing, which no one writes as a title before a name
# ("the boy", "a fan", "the host").
STANDING_NOUNS = word_set(
    """
    child kid boy girl adult youth teen fan host guest hero rival ally foe spouse celebrity
    champion veteran refugee migrant suspect plaintiff heir parent citizen villager
    """
)
# Common nouns for one person that are not offices ("the insider said", "a witness told",
# "the pilot", "an investigator").
PERSON_NOUNS = (
    KIN_NOUNS
    | STANDING_NOUNS
    | word_set(
        """
        man woman person insider witness eyewitness source teacher doctor nurse student worker
        employee resident victim survivor neighbour neighbor friend owner user member officer driver
        passenger customer patient farmer engineer scientist researcher journalist author
        prosecutor investigator detective inspector astronomer biologist academic soldier troop
        rebel militant demonstrator player organizer organiser volunteer participant attendee
        firefighter rescuer paramedic guard pilot regulator negotiator delegate legislator
        councillor developer designer producer artist writer agent operator sponsor coach chef
        clerk priest bishop pope monk nun poet captain sheriff colonel sergeant lieutenant cop
        medic surgeon physician dentist pundit athlete referee umpire rabbi imam cleric deputy
        staffer intern incumbent princess duchess chairperson boss novelist playwright artiste
        mechanic reporter correspondent interviewer interviewee acquaintance publicist
        commissioner trader
        """
    )
)
# Nouns that describe a person already named by a standing they have ("the former governor",
# "the candidate", "the actor"), rather than introduce someone new ("the spokesman").
DESCRIBING_NOUNS = word_set(
    """
    candidate nominee senator governor president secretary minister chancellor premier mayor
    congressman congresswoman lawmaker leader founder ceo chairman chairwoman ambassador
    general commander actor actress dean lady billionaire mogul businessman
    businesswoman star incumbent frontrunner front-runner hopeful challenger contender
    democrat republican socialist populist
    """
)
# Nouns of a standing many people share ("the Boulder professor", "the British actor"): a
# proper noun before one does not make the description fit one person only, as it does for an
# office ("the Ohio governor"), so the description still looks back to someone named.
SHARED_STANDING_NOUNS = word_set(
    """
    professor scientist researcher economist analyst lawyer doctor actor actress star singer
    player billionaire businessman businesswoman
    """
)
# Words of a title written before a person's name and no part of it: the honorifics, roles
# and occupations ("Grand Master Ann Lee", "Broadcaster Ann Lee", "Prosecutor Ann Lee", a
# cast's "Lead Ann Lee").
NAME_TITLES = (
    HONORIFICS
    | ROLE_NOUNS
    | (PERSON_NOUNS - KIN_NOUNS - STANDING_NOUNS)
    | word_set(
        """
        master grandmaster prosecutor superintendent assemblyman assemblywoman broadcaster
        presenter commentator activist physicist immunologist epidemiologist virologist
        historian columnist anchor actor actress singer songwriter musician rapper comedian
        reporter correspondent editor painter sculptor photographer filmmaker businessman
        businesswoman entrepreneur heiress podcaster lead emeritus emerita
        """
    )
)
# Offices a person holds one of at a time, with the short forms titles give them.
OFFICES = {
    "president": "president", "senator": "senator", "sen": "senator", "governor": "governor",
    "gov": "governor", "secretary": "secretary", "sec": "secretary", "mayor": "mayor",
    "minister": "minister", "representative": "representative", "rep": "representative",
    "congressman": "representative", "congresswoman": "representative",
    "chancellor": "chancellor", "premier": "premier", "ambassador": "ambassador",
}  # fmt: skip


def holds_other_office(entity: Entity, noun: str) -> bool:
    """Whether the article gives a person an office other than the one a noun names
    ("Sen. Ann Lee" is not "the former secretary"; she may be "the candidate")."""
    office = OFFICES.get(noun)
    if office is None:
        return False
    held = {OFFICES[w.rstrip(".")] for w in entity.role_words() if w.rstrip(".") in OFFICES}
    return bool(held) and office not in held


FEMALE_NOUNS = word_set("congresswoman chairwoman actress lady businesswoman spokeswoman")
MALE_NOUNS = word_set("congressman chairman businessman spokesman")
# Role nouns of people who speak for the body named before them ("an Interpol spokesperson").
SPOKES_NOUNS = word_set("spokesperson spokesman spokeswoman reporter correspondent")
# Nouns of a medium after its name ("Time magazine"): the name is the proper noun alone.
MEDIUM_NOUNS = word_set("magazine newspaper paper daily weekly tabloid broadcaster channel website")
# Documents whose holder speaks through them ("the NHC advisory", "Apple's statement").
DOCUMENT_NOUNS = EVIDENCE_NOUNS | word_set(
    """
    advisory bulletin announcement suit lawsuit complaint ruling opinion judgment verdict
    findings tweet tweets post notice communique website constitution reasoning explanation
    message manifesto memoir memoirs autobiography diary
    """
)
_NAME_LINKS = frozenset({"of", "and", "for", "the", "&", "de", "du", "la", "del", "des"})
_DESCRIPTOR_POS = frozenset({"NOUN", "ADJ", "VERB"})
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")
TITLE_PARTS = {"of", "for", "the"}
# Words that qualify a role and are none on their own ("Former" of "Former Trump adviser").
_BARE_QUALIFIERS = frozenset({"former", "then", "ex", "late", "current", "incumbent", "acting"})
# "then-" before a role: the role held when the person acted, which is the role to give
# ("then-Senator" gives "Senator"); "ex-" and "former-" stay, as the person holds that role no
# more ("ex-Muslim", "ex-Prime Minister").
_HEADLINE_DASH = re.compile(r"^then[-\u2010\u2011]", re.IGNORECASE)
# "late" before a role says the person has died, not which role they held: "the late Alabama
# Governor Ann Lee" held the role "Alabama Governor".
_LATE = re.compile(r"^late\s+(?=\S)")
# A word of a role as written: "Vice", "Lt.", "Rhine-Westphalia".
ROLE_WORD = re.compile(r"[\w.'\u2019-]+")


def country_key(word: str) -> str | None:
    """A comparable key for a country or nationality word ("U.S." ~ "American" ~ "United")."""
    low = word.lower().strip(".")
    if low in {"u.s", "us", "american", "americans", "america", "united", "usa", "u.s.a"}:
        return "us"
    if low in {"uk", "u.k", "british", "britain"}:
        return "uk"
    if len(low) < 4 or not word[:1].isupper():
        return None
    return low[:4]


@dataclass(eq=False)
class Entity:
    """A person, organisation or group being assembled from its mentions in one article."""

    name: str
    kind: EntityKind
    surname: str = ""
    first: str = ""
    gender: str | None = None
    aliases: dict[str, None] = field(default_factory=dict)
    roles: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    last_seen: int = -1
    relative: bool = False  # introduced as someone's kin ("his daughter Ann Reed")

    def add_mention(self, start: int, end: int, text: str) -> None:
        """Record a mention and its words as an alias; a mention cut inside brackets ends
        before them ("the Velo Institute (VI": the Velo Institute)."""
        if text.count("(") > text.count(")"):
            cut = text[: text.rindex("(")].rstrip(" ,")
            if cut:
                text, end = cut, start + len(cut)
        if (start, end, text) not in self.mentions[-3:]:  # a speaker met again as one
            self.mentions.append((start, end, text))
        self.last_seen = max(self.last_seen, start)
        if text != self.name:
            self.aliases.setdefault(text, None)

    def add_role(self, role: str) -> None:
        role = _HEADLINE_DASH.sub("", role.strip(" ,;:-\u2014")).strip()
        role = _LATE.sub("", role)
        if role.count("(") > role.count(")"):  # "an attorney of the Fund (FF": cut in brackets
            role = role[: role.rindex("(")].rstrip(" ,")
        role = _without_courtesy_title(role)
        if (
            len(role) < 3
            or role.lower().rstrip(".") in COURTESY_TITLES
            or role.lower() in _BARE_QUALIFIERS
            or role.split()[-1].lower() in TITLE_PARTS  # "Presidency of": a name's opening
            or role in self.roles
            or name_note(role)  # "Mara (a pseudonym)": a note on the name
        ):
            return
        self.roles.setdefault(role, None)
        for word in ROLE_WORD.findall(role):
            key = country_key(word)
            if key:
                self.countries.add(key)

    def role_words(self) -> set[str]:
        return {w.lower() for role in self.roles for w in ROLE_WORD.findall(role)}


def _without_courtesy_title(role: str) -> str:
    """A role without the title of courtesy that closes it, which belongs with the name after
    it: "MIT professor" of "MIT professor Dr" (from "MIT professor Dr Ann Lee")."""
    words = role.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in COURTESY_TITLES:
        return " ".join(words[:-1]).rstrip(" ,")
    return role


def title_inside(span: Span, words: Sequence[str]) -> str:
    """The title a tagged name opens with, before the first word of the name ``words``
    (`name_parts`): "Taoiseach" of "Taoiseach Leo Varadkar", "Crown Prince" of "Crown Prince
    Ali bin Said"; empty when the name opens the span, is not found in it or the words before
    it do not end in a title word.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Queen", "Ann", "II", "spoke"])
    >>> title_inside(doc[0:3], ["Ann", "II"]), title_inside(doc[1:3], ["Ann", "II"])
    ('Queen', '')
    """
    if not words:
        return ""
    first = next((t.i for t in span if t.text == words[0]), span.start)
    if first == span.start or span.doc[first - 1].text.lower().rstrip(".") not in NAME_TITLES:
        return ""
    return span.doc[span.start : first].text


def name_parts(span: Span) -> tuple[list[str], str | None]:
    """The words of a person's name without the title before it ("Grand Master", "Dr.",
    "Broadcaster", the "Lady" of "First Lady"), a possessive or a nickname in quotation marks
    ('Tomas "Tom" Vale': Tomas, Vale), and a gender from an honorific;
    a hyphen keeps the words it joins together ("Nils-Erik Berg": Nils-Erik, Berg)."""
    words: list[str] = []
    for t in span:
        joined = t.i > span.start and not span.doc[t.i - 1].whitespace_
        if joined and words and (t.text == "-" or words[-1].endswith("-")):
            words[-1] += t.text
        elif (
            not t.is_punct
            and t.tag_ != "POS"
            and t.text not in {"'s", "\u2019s"}
            and not is_nickname(t)
        ):
            words.append(t.text)
    words = [w.strip("-") for w in words if w.strip("-")]
    gender = None
    words = words[_title_words(words) :]
    if len(words) > 1 and words[0] == "Lady" and _after_first(span):
        words, gender = words[1:], "f"  # "First Lady Ann Lee", "First" tagged apart
    while words and words[0].lower().rstrip(".") in NAME_TITLES and len(words) > 1:
        low = words[0].lower().rstrip(".")
        if low in MALE_TITLES:
            gender = "m"
        elif low in FEMALE_TITLES:
            gender = "f"
        words = words[1:]
    return words, gender


def _after_first(span: Span) -> bool:
    """Whether "First" comes right before the name, the first word of the title "First Lady"
    that the tagger left out of it while it took "Lady" for part of the name."""
    return span.start > 0 and span.doc[span.start - 1].text == "First"


# Generational suffixes that close a name after the surname ("Ann Lee Jr.", "Bo Ray III").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_of(words: Sequence[str]) -> str:
    """The surname of a person's name in lower case without accents (`folded`): its last
    word, before a generational suffix ("Robert Smith Jr." and "Smith" share "smith"; "Ana
    Ruíz" and "Ruiz" share "ruiz").

    >>> surname_of(["Robert", "Smith", "Jr."]), surname_of(["Ana", "Ruíz"])
    ('smith', 'ruiz')
    """
    end = len(words)
    while end > 1 and words[end - 1].lower().rstrip(".,") in NAME_SUFFIXES:
        end -= 1
    return folded(words[end - 1]) if words else ""


def _title_words(words: Sequence[str]) -> int:
    """How many capitalised words before the last word of a title open a name, when two or
    more words of the name follow it ("Crown Prince Ali bin Said": 1, "Vice President Ann Lee":
    1, "Iranian Grand Master Ann Lee": 2, "Ann Lee": 0); that last word is left for
    `name_parts` to strip.

    >>> _title_words(["Crown", "Prince", "Ali", "bin", "Said"]), _title_words(["Ann", "Lee"])
    (1, 0)
    """
    last = max(
        (k for k, w in enumerate(words[:-2]) if w.lower().rstrip(".") in NAME_TITLES), default=0
    )
    return last if all(w[:1].isupper() for w in words[:last]) else 0


_PLURAL_PEOPLE = re.compile(r"^[A-Z][a-z]+[aeiou]ns$")


def plural_people_name(token: Token) -> bool:
    """A capitalised plural for the people of a place or a party, with no article ("Britons
    voted to leave", "Canadians told pollsters ...", "Republicans said ..."); not a surname
    the tagger marks as a person ("Evans said")."""
    return (
        token.ent_type_ != "PERSON"
        and bool(_PLURAL_PEOPLE.match(token.text))
        and not any(c.dep_ == "det" for c in token.children)
    )


# Offices written in capitals, which name a person ("the VP", "a local MLA").
_ROLE_ABBREVIATIONS = frozenset({"vp", "mep", "mla", "pm", "cfo", "coo", "cto", "svp", "evp"})
_WEB_ADDRESS = re.compile(r"\.(?:com|org|net|gov|edu|info|co|uk|ru|de|fr|in|at)$", re.IGNORECASE)


def coded_name(word: str) -> bool:
    """A one-word name written as no person's name is: in capitals as an acronym or a code
    ("FEC", "UTC", "GB"), with a digit ("TVN24", "Velo5") or as a web address ("Velo.com");
    it names a body, a unit or a thing. A lone capital ("Mr. A") may be a person's initial,
    and an office or a generational suffix in capitals is a person's ("the VP", "Ann II").

    >>> [coded_name(w) for w in ["FEC", "TVN24", "Velo.com", "Ann", "A", "MP", "II"]]
    [True, True, True, False, False, False, False]
    """
    letters = [c for c in word if c.isalpha()]
    if " " in word.strip() or not letters:
        return False
    if word.lower().rstrip(".") in ROLE_NOUNS | NAME_SUFFIXES | _ROLE_ABBREVIATIONS:
        return False  # "one MP", "Red Hat's VP", "Elizabeth II"
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    return capitals or any(c.isdigit() for c in word) or bool(_WEB_ADDRESS.search(word))


def kind_of(head: Token) -> EntityKind:
    """Whether a speaker phrase names a person, an organisation or a group: "the senator",
    "the insider", "his wife" name a person; "officials", "the couple" and a country ("Turkey
    denied") a group; "the report" and a name in code (`coded_name`: "TVN24 reported", even
    where the tagger reads it as a person's) an organisation."""
    coded = head.pos_ == "PROPN" and coded_name(head.text)
    if head.ent_type_ == "PERSON" and not coded:
        return "person"
    if plural_people_name(head):
        return "group"
    if head.ent_type_ in {"GPE", "LOC"}:  # a country speaks for its people ...
        broadcaster = any(c.ent_type_ == "ORG" for c in head.lefts)  # ... "CNN Philippines"
        return "organization" if broadcaster else "group"
    if head.ent_type_ in {"ORG", "NORP", "FAC", "WORK_OF_ART", "LAW"}:
        return "group" if head.ent_type_ == "NORP" and head.tag_ == "NNPS" else "organization"
    lower = head.lower_
    if lower in EVIDENCE_NOUNS:
        return "organization"
    if lower == "one" and (group := partitive_group(head)) is not None:
        return "person" if people_noun(group) else "organization"  # "One of the users"
    if lower in QUANTITY_NOUNS and partitive_group(head) is not None:
        return "group"  # "a number of lawmakers"
    if head.tag_ in {"NNS", "NNPS"} or lower in GROUP_WORDS | COLLECTIVE_PEOPLE | {"they", "we"}:
        return "group"
    if head.pos_ == "PROPN":
        return "organization" if lower in ORG_WORDS or coded else "person"  # "Situations Ministry"
    if lower in ROLE_NOUNS or lower in PERSON_NOUNS or head.pos_ == "PRON":
        return "person"
    return "organization"


def partitive_group(head: Token) -> Token | None:
    """The plural noun after "of" that a number or quantifier is taken from ("one of the
    users": users), or None."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def people_noun(noun: Token) -> bool:
    """A common noun for people ("users", "the insider", "officials")."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    return lower in GROUP_WORDS or bool({lower, lemma} & (ROLE_NOUNS | PERSON_NOUNS))


def organisation_name(
    words: Sequence[Token], common: Collection[str] = ()
) -> tuple[str, tuple[str, ...]]:
    """The name an organisation or group mention gives, and the acronym it brackets:
    "American automaker General Motors" -> "General Motors"; "Time magazine" -> "Time";
    "the Velo Press news agency" -> "Velo Press";
    "the Norland-based Velo movement" -> "Velo movement" (where it is based is no name; "the
    Norland-based court" keeps it, the only word that tells which court);
    "World Health Organization (WHO" -> ("World Health Organization", ("WHO",));
    "the Japanese Toyota" -> "Toyota" (a nationality the tagger keeps apart from the name);
    "Other analysts" opening a sentence -> "other analysts" (``common``: words the article
    writes in lower case); a time before the noun is no part of it ("late September polls" ->
    "polls")."""
    tokens = list(words)
    while len(tokens) > 1 and (tokens[-1].tag_ == "POS" or tokens[-1].text in {"'", "\u2019"}):
        tokens.pop()  # "Velora Motors' statement": the possessive ending
    while len(tokens) > 1 and tokens[0].text[:1].isdigit() and tokens[0].is_lower:
        tokens.pop(0)  # "150px Airbus": markup left before the name
    while len(tokens) > 1 and tokens[0].ent_type_ in DATE_ENTS:
        tokens.pop(0)  # "late September polls": when, not who
    aliases: tuple[str, ...] = ()
    bracket = next((k for k, t in enumerate(tokens) if t.text == "("), None)
    if bracket:
        inner = [t for t in tokens[bracket + 1 :] if not t.is_punct]
        if inner:
            aliases = (" ".join(t.text for t in inner),)
        tokens = tokens[:bracket]
    if len(tokens) > 1 and _capitalised(tokens[-1]):
        cut = max(
            (
                k
                for k, t in enumerate(tokens[:-1])
                if t.is_lower and t.is_alpha and t.pos_ in _DESCRIPTOR_POS
                and t.lower_ not in _NAME_LINKS
            ),
            default=-1,
        )  # fmt: skip
        if cut >= 0 and _capitalised(tokens[cut + 1]):
            tokens = tokens[cut + 1 :]
    if len(tokens) > 1 and _nationality_before_name(tokens[0], tokens[1]):
        tokens = tokens[1:]  # "the Japanese Toyota": where it is from, not its name
    based = next((k for k, t in enumerate(tokens[:-1]) if t.lower_ == "based" and k > 0), None)
    if based is not None and tokens[based - 1].text == "-" and _capitalised(tokens[based + 1]):
        tokens = tokens[based + 1 :]  # "Yemen-based Houthi movement": where it is based
    medium = len(tokens) > 1 and tokens[-1].lower_ in MEDIUM_NOUNS and tokens[-1].is_lower
    if medium and _capitalised(tokens[-2]):
        tokens = tokens[:-1]
    elif len(tokens) > 2 and _news_description(tokens[-2:]) and _capitalised(tokens[-3]):
        tokens = tokens[:-2]  # "the Velo Press news agency": Velo Press
    doc = tokens[0].doc
    name = doc[tokens[0].i : tokens[-1].i + 1].text
    if _capitalised_as_opening(tokens, common):
        name = name[:1].lower() + name[1:]
    return name, aliases


# Names a nationality adjective may stand before without being part of them.
_NAMED_BY_ITSELF = frozenset({"ORG", "PERSON"})


def _nationality_before_name(word: Token, name: Token) -> bool:
    """A nationality adjective the tagger keeps apart from the name right after it, which
    says where the body is from and is no word of its name: "the [Japanese] Toyota", "the
    [German] Siemens" (but "the American Civil Liberties Union", one name, and "the German
    government", no name)."""
    return (
        word.ent_type_ == "NORP"
        and (word.pos_ == "ADJ" or bool(_DEMONYM.match(word.text)))
        and name.ent_iob_ == "B"
        and name.ent_type_ in _NAMED_BY_ITSELF
        and _capitalised(name)
    )


# A news body's kind in two lower-case words after its name: "Velo Press news agency",
# "Nordwire wire service".
_NEWS_WORDS = frozenset({"news", "wire"})
_NEWS_BODIES = MEDIUM_NOUNS | word_set(
    "agency service outlet network site organisation organization"
)


def _news_description(tokens: Sequence[Token]) -> bool:
    """Two lower-case words that say what kind of news body a name is: "news agency", "wire
    service", "news website" (but not "news" and a noun of something else: "news conference")."""
    first, last = tokens
    return (
        first.is_lower
        and last.is_lower
        and first.lower_ in _NEWS_WORDS
        and last.lower_ in _NEWS_BODIES
    )


_COMMON_POS = frozenset({"DET", "ADJ", "NUM", "PRON", "ADV"})
# Entity labels of numbers, which a description may open with ("One of the children").
_NUMBER_ENTS = frozenset({"", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})
QUANTIFIERS = word_set(
    "many some other others any most few several all both each no neither every various more"
)


def _capitalised_as_opening(tokens: Sequence[Token], common: Collection[str]) -> bool:
    """A description whose capital only opens the sentence ("Local officials", "Officials",
    "One" of "One of the children", "One MP"):
    a word followed by lower-case words, or a lone adjective or common noun (one the article
    also writes in lower case); not a name ("Mears", "Liberal Democrats"). A quantified group
    keeps its wording ("Many analysts", the name forecasts are scored under)."""
    first = tokens[0]
    if (
        not first.is_title
        or first.pos_ == "PROPN"
        or first.ent_type_ not in _NUMBER_ENTS
        or not _opens_sentence(first)
    ):
        return False
    if any(t.is_alpha and not t.is_lower and t.lower_ not in ROLE_NOUNS for t in tokens[1:]):
        return False  # a role written in capitals is no name: "One MP", "Another CEO"
    lower = first.lower_
    if lower in QUANTIFIERS:
        return False
    return (
        len(tokens) > 1
        or first.pos_ in _COMMON_POS
        or lower in GROUP_WORDS | ROLE_NOUNS | DOCUMENT_NOUNS
        or lower in common
        or first.lemma_.lower() in common
    )


def _capitalised(token: Token) -> bool:
    return token.is_title or (token.is_upper and token.is_alpha)


def _opens_sentence(token: Token) -> bool:
    """A word capitalised because it opens a sentence, a line or a quotation."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_quote or before.is_space or "\n" in before.text_with_ws


def initials(name: str) -> str:
    """The acronym of a name's capitalised words ("Catholic Bishops' Conference of the
    Philippines" -> "CBCP")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def kin_noun(ent: Span) -> str | None:
    """The kin noun that introduces a name as someone's relative, right before it or in
    apposition ("his daughter Ann Reed", "his wife, Ann Reed": daughter, wife), also a plural
    one for each name of a list in apposition ("his parents, Rob Reed and Ann Reed": parent),
    or None."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in KIN_NOUNS and before.head in ent:
        return before.lower_
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Ann Reed" of "his parents, Rob Reed and Ann Reed"
    if root.dep_ != "appos":
        return None
    noun = root.head.lower_
    if noun in KIN_NOUNS and root.i == ent.root.i:
        return _nearest_kin(root.head, ent.start)
    return KIN_PLURALS.get(noun) if root.head.tag_ == "NNS" else None


def _nearest_kin(noun: Token, start: int) -> str:
    """The kin noun a name set after a list of kin nouns is apposed to: the last of the list,
    right before the name ("with her mother and sister, Ann Reed": sister), though the parse
    hangs the name on the first."""
    joined = [
        c
        for c in noun.subtree
        if c.dep_ == "conj" and c.lower_ in KIN_NOUNS and noun.i < c.i < start
    ]
    return max(joined, key=lambda c: c.i).lower_ if joined else noun.lower_


def document_holder(head: Token) -> Token | None:
    """The named body or the possessive pronoun a document subject comes from ("the NHC
    advisory", "Stardom's official statement", "her statement": NHC, Stardom, her), or None.
    A month or day before the noun tells when, not who ("late September polls", "the Monday
    statement": no holder)."""
    if (publication := _instalment_publication(head)) is not None:
        return publication
    if head.pos_ != "NOUN" or head.lower_ not in DOCUMENT_NOUNS:
        return None
    for child in head.lefts:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "PRON"}:
            return child
    modifiers = [c for c in head.lefts if c.dep_ == "compound"]
    if (
        modifiers
        and modifiers[-1].i == head.i - 1
        and modifiers[-1].pos_ == "PROPN"
        and modifiers[-1].ent_type_ not in DATE_ENTS
    ):
        return modifiers[-1]
    return None


# Nouns of one instalment of a periodical or programme, which speaks for the whole of it.
_INSTALMENT_NOUNS = frozenset({"issue", "edition", "episode"})


def _instalment_publication(head: Token) -> Token | None:
    """The named periodical or programme an instalment is "of" ("the November 4 issue of
    Nova Gazeta", "Sunday's edition of The Courier": Nova Gazeta, The Courier), or None ("the
    issue of Taiwan", a matter, has no date or order before it)."""
    if head.pos_ != "NOUN" or head.lower_ not in _INSTALMENT_NOUNS:
        return None
    if not any(c.dep_ in {"compound", "nmod", "amod", "poss", "nummod"} for c in head.lefts):
        return None
    link = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next((c for c in link.children if c.dep_ == "pobj"), None) if link else None
    return named if named is not None and named.pos_ == "PROPN" else None


def office_holder_body(head: Token) -> Span | None:
    """The proper nouns right before a role noun ("an Interpol spokesperson", "Chess
    Federation President", "Prime Minister": Interpol, Chess Federation, Prime), or None."""
    if head.lower_ not in ROLE_NOUNS | SPOKES_NOUNS or head.tag_ not in {"NN", "NNP"}:
        return None
    doc = head.doc
    end = head.i
    start = end
    while start > head.left_edge.i and (
        doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ in {"ORG", "NORP"}
    ):
        start -= 1
    if start == end or not _capitalised(doc[end - 1]) or head.ent_type_:
        return None
    body = doc[start:end]
    if any(t.ent_type_ == "PERSON" for t in body):
        return None
    return body


def name_after_title(head: Token) -> Span | None:
    """The name a title runs into when the tagger joins it to a place: in "Senator from
    Vermont Jane Moss", "Secretary of State Jane Moss" or "Ambassador to the Hague Court Jane
    Moss", the last two words of the proper nouns after the title's "from", "of" or "to" (Jane
    Moss); None unless those are three or more capitalised words."""
    if not head.is_title or head.lower_ not in OFFICE_WORDS:
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"from", "of", "to"}:
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is None:
            return None
        start = name.i
        while start > prep.i + 1 and head.doc[start - 1].pos_ == "PROPN":
            start -= 1
        words = head.doc[start : name.i + 1]
        if len(words) < 3 or not all(_capitalised(t) and t.is_alpha for t in words):
            return None
        if any(t.lower_ in ORG_WORDS for t in words):
            return None
        return head.doc[name.i - 1 : name.i + 1]
    return None


def names_body(span: Span, *, strict: bool = False) -> bool:
    """Words before a role noun that name an organisation ("Interpol", "Chess Federation"),
    not a country ("US", "Indian"); unless ``strict``, also untagged proper nouns, which before
    "spokesperson" name a body ("Coast Guard") but before other roles may be a title
    ("Prime Minister", "Health Minister")."""
    if any(t.ent_type_ in {"ORG", "FAC"} or t.lower_ in ORG_WORDS for t in span):
        return True
    return not strict and all(t.pos_ == "PROPN" and not t.ent_type_ for t in span)


def demonym_modifier(token: Token) -> bool:
    """A one-word name used as a nationality adjective on a common noun ("Tongan time",
    "Irani athletes")."""
    return (
        bool(_DEMONYM.match(token.text))
        and token.dep_ in {"amod", "compound"}
        and token.head.pos_ == "NOUN"
        and token.head.is_lower
        and token.head.i > token.i
    )
