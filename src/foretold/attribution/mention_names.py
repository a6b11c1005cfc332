"""The words of a mention that carry a name, and whether they read as a person's name.

A tagged name can include a place a title ran into ("Senator from Vermont Jane Moss") or sit
after a title the tagger swallowed ("Labour MP Jane Moss"); an organisation's name can stop
before the second place of "of A and B" ("The High Court of England and Wales"); a name
tagged as an organisation can run a title's place into a person's name ("First Minister of
Scotland Nicola Sturgeon") or a title into one ("Detective Constable Ann Vale"), or take a
titled name alone for one ("Prosecutor [Ann Vale QC]"). A
proper-noun phrase the tagger missed can still read as a person's name ("Mr MacFarlane", "Ann
Berg of Velo Rescue"), and a tagged name can stop before the last surname the parse joins to
it ("Ana Ruiz" of "Ana Ruiz Garcel"). A lone given name
joined by "and" to a full name shares its surname ("David and Louise Turpin"), also when the
tagger ran the word that closes a title's "of" phrase into it ("Guests of Honour Cherie and
Sean Reed": Cherie Reed, not "Honour Cherie"). A tagged name can run into the name of an
organisation after it ("Ann Lee Velo Motors"), or open with the medium a preposition before
it names ("on Twitter Lee wrote").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.cues import EVIDENCE_NOUNS, MEDIUM_PREPOSITIONS
from foretold.attribution.entities import (
    GROUP_WORDS,
    HONORIFICS,
    NAME_TITLES,
    OFFICE_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    coded_name,
    kin_noun,
    name_after_title,
    name_parts,
    plural_people_name,
)
from foretold.attribution.mistagged_full_names import earlier_full_name
from foretold.attribution.role_phrases import title_before
from foretold.attribution.tagged_entities import PLACE_ENTS, tagged_entities
from foretold.attribution.token_index import tokens_spelled


def without_place(ent: Span) -> Span:
    """A tagged name without the place a title put before it ("Vermont Jane Moss" in
    "Senator from Vermont Jane Moss": Jane Moss)."""
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.i >= ent.start:
        return ent
    named = name_after_title(prep.head)
    if named is not None and ent.start < named.start and named.end == ent.end:
        return named
    return ent


# Words of a body's name or of a title, which are no word of a person's own name.
_BODY_OR_TITLE_WORDS = ORG_WORDS | OFFICE_WORDS
# The words a photo caption's credit line puts after the name of what it shows ("Image: ...").
CAPTION_WORDS = frozenset({"image", "photo"})


def without_caption_word(ent: Span) -> Span:
    """A tagged name without the word of a caption's credit line the tagger ran into it: in
    "Ann Lee Image: Velo Press." the caption shows Ann Lee and "Image:" opens its credit."""
    doc = ent.doc
    if (
        len(ent) > 1
        and ent[-1].lower_ in CAPTION_WORDS
        and ent.end < len(doc)
        and doc[ent.end].text == ":"
    ):
        return ent[:-1]
    return ent


def without_medium(ent: Span) -> Span:
    """A tagged name without the medium it ran into after "on" or "via", when that word is
    also the lone object of such a preposition elsewhere in the text ("Twitter Lee" in "The
    next day on Twitter Lee wrote ..." after "posted on Twitter": Lee; not "on Ann Lee's
    show"))."""
    doc = ent.doc
    if len(ent) < 2 or ent.start == 0 or doc[ent.start - 1].lower_ not in MEDIUM_PREPOSITIONS:
        return ent
    word = ent[0].text
    for token in tokens_spelled(doc, (word,)):
        if ent.start <= token.i < ent.end:
            continue
        alone = token.i + 1 >= len(doc) or not doc[token.i + 1].is_title
        if alone and medium_object(token):
            return ent[1:]
    return ent


def medium_object(token: Token) -> bool:
    """The object of "on", "in", "via" or "through", or a name joined by "and" to one ("on
    Twitter and Internet Relay Chat", "via Kito and Velo": Twitter, Velo)."""
    if token.dep_ in {"conj", "nmod"} and token.pos_ == "PROPN":
        while token.dep_ in {"conj", "nmod"} and token.head.pos_ == "PROPN":
            if token.head == token:
                break
            token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPOSITIONS


def without_organisation(ent: Span) -> Span:
    """A tagged name of three or more words without the organisation name it ran into: when
    its opening words are tagged as a person's whole name elsewhere and the word after them
    opens a name tagged as an organisation elsewhere ("Ann Lee Velo Motors" after "Velo
    said ..." and "Ann Lee said ...": Ann Lee; not "William Clay Ford")."""
    if len(ent) < 3:
        return ent
    others = [other for other in tagged_entities(ent.doc) if not ent.start <= other.start < ent.end]
    openings = {other[0].text for other in others if other.label_ == "ORG"}
    people = {other.text for other in others if other.label_ == "PERSON"}
    for k in range(2, len(ent)):
        if ent[k].text in openings and ent[:k].text in people:
            return ent[:k]
    return ent


# Lower-case words that open a surname ("von der Leyen", "van Dam", "bin Salman").
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "bin", "ibn"}
)


def with_particle_surname(ent: Span) -> Span:
    """A tagged name cut after a lower-case particle of its surname, with the capitalised
    word the tagger left out ("Ursula von der" before "Leyen": Ursula von der Leyen)."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc) or ent[-1].text not in NAME_PARTICLES:
        return ent
    after = doc[ent.end]
    if after.pos_ != "PROPN" or not after.is_title or not ent[-1].whitespace_:
        return ent
    return doc[ent.start : ent.end + 1]


def with_untagged_surname(ent: Span) -> Span:
    """A tagged name of two or more words with the capitalised proper noun right after it
    that the tagger left out but the parse makes the head of the name ("Ana Ruiz" before
    "Garcel" in "Minister Ana Ruiz Garcel was sworn in": Ana Ruiz Garcel); not a word for an
    organisation or an office ("Ana Ruiz Foundation"), nor one more proper nouns follow."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    after = doc[ent.end]
    if (
        after.pos_ != "PROPN"
        or not (after.is_title and after.is_alpha)
        or after.ent_iob_ != "O"
        or ent.root.head != after
        or ent.root.dep_ != "compound"
        or after.lower_ in _BODY_OR_TITLE_WORDS
    ):
        return ent
    if ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ == "PROPN":
        return ent
    return doc[ent.start : ent.end + 1]


def with_untagged_given_name(ent: Span) -> Span:
    """A tagged name with the capitalised proper noun right before it that the tagger left
    out but the parse joins to it, its given name ("Lind" after "Asa" in "Council
    spokesperson Asa Lind said": Asa Lind); not a title or a word for an organisation
    ("Senator Lind", "Velo Group Lind"), nor one more proper nouns open ("Velo Asa Lind")
    unless they close with a title, which a given name follows ("Senior Superintendent Asa
    Lind Mei-ling": Asa Lind Mei-ling), or with the place of an office ("Mayor of Velo City
    Asa Lind": Asa Lind, not another Lind the article named before). A name of more words
    takes it only after such a title ("Velo Asa Lind Mei-ling" stays) or when it opens with a
    particle in lower case, a surname alone ("Arnel dela Vega" tagged "dela Vega": Arnel
    dela Vega)."""
    doc = ent.doc
    if ent.start == 0:
        return ent
    given = doc[ent.start - 1]
    if (
        given.pos_ != "PROPN"
        or not (given.is_title and given.is_alpha)
        or given.ent_iob_ != "O"
        or given.head not in ent
        or given.dep_ not in {"compound", "flat"}
        or not given.whitespace_
        or given.lower_ in ORG_WORDS | NAME_TITLES | HONORIFICS
    ):
        return ent
    titled = given.i > 0 and (
        doc[given.i - 1].lower_ in NAME_TITLES or _closes_office_place(doc[given.i - 1])
    )
    particle = ent[0].is_lower and ent[0].is_alpha  # "dela Vega": a surname, not a name
    if (len(ent) > 1 or given.head != ent.root) and not titled and not particle:
        return ent
    if given.i > 0 and doc[given.i - 1].pos_ == "PROPN" and not titled:
        return ent
    return doc[given.i : ent.end]


def _closes_office_place(token: Token) -> bool:
    """The last word of a place tagged as such that "of" or "from" opens, closing the title
    of an office before a name ("Mayor of London", "Senator from New Velo")."""
    if token.ent_type_ not in PLACE_ENTS:
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return (
        start > 0
        and token.doc[start - 1].lower_ in {"of", "from"}
        and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def after_title(mention: Span, head: Token) -> Span:
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
    if not any(t.lower_.rstrip(".") in OFFICE_WORDS for t in titled):
        return mention
    return doc[start : mention.end]


# Prepositions that tie an office to its place ("Minister of Scotland", "Ambassador to Peru",
# "Senator from Vermont").
OFFICE_PREPOSITIONS = frozenset({"of", "to", "from"})


def name_after_office(ent: Span) -> Span | None:
    """The person's name that closes a name the tagger ran from a title's place into it
    ("Scotland Nicola Sturgeon" in "First Minister of Scotland Nicola Sturgeon", "the Union
    Asa Lind" in "Envoy to the Union Asa Lind": Nicola Sturgeon, Asa Lind): the last two words
    of three or more capitalised proper nouns, after a "the" the tagger may have joined to them,
    right after an office and its "of", "to" or "from" ("Senator from Vermont Ann Lee"), none
    of them a word for an organisation or an office, and no proper noun after them; or None.
    The realm's name may hold a lower-case "for", "of" or "and" ("Assistant Secretary of the
    Air Force for Acquisition Ann Lee": Ann Lee), and a given name joined by a hyphen closes a
    name even after a lower-case office ("director of Harbour Watch Mei-lin Sato": Mei-lin
    Sato), since no body's name ends with one."""
    doc = ent.doc
    words = ent[1:] if ent[0].lower_ == "the" else ent
    if len(words) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ not in OFFICE_PREPOSITIONS:
        return None
    office = doc[ent.start - 2]
    if office.lower_ not in OFFICE_WORDS:
        return None
    if not office.is_title and not _hyphenated_given_name(words):
        return None  # "director of Amnesty Watch Man-kei Tam": a name no body ends with
    given = _given_name_start(words)
    if given is None or given.i == words.start:
        return None
    body = words[: given.i - words.start]  # "Air Force for Acquisition", the office's realm
    if not all(_body_word(t) or (t.i > body.start and t.lower_ in BODY_LINKS) for t in body):
        return None
    if any(t.lower_ in _BODY_OR_TITLE_WORDS for t in words):
        return None
    if words[-1].lower_ in PLACE_WORDS | _REALM_ENDINGS:
        return None  # "District Attorney of San Bernardino County": the realm, no name after
    if ent.end < len(doc) and doc[ent.end].pos_ == "PROPN":
        return None  # "Director of Air Force Communications Bill Bodie": the name follows
    return doc[given.i : ent.end]


# Last words of the name of a realm an office is held in, never of a person's name ("Mayor
# of Velo City", "Governor of Arno Province").
_REALM_ENDINGS = frozenset({"city", "province", "region", "district", "state", "territory"})
# Lower-case words inside the name of an office's realm: "the Air Force [for] Acquisition".
BODY_LINKS = frozenset({"for", "of", "and"})


def _body_word(token: Token) -> bool:
    """A capitalised proper noun of the realm's name ("Air", "Force")."""
    return token.pos_ == "PROPN" and token.is_alpha and token.is_title


def _given_name_start(words: Span) -> Token | None:
    """The first word of the given name before the closing surname of ``words``: the word
    before it ("Nicola" of "Scotland Nicola Sturgeon"), or the first of a hyphenated given
    name ("Man" of "Amnesty Watch Man-kei Tam"); None when those are not a name's words."""
    doc = words.doc
    surname = words[-1]
    if not (surname.pos_ == "PROPN" and surname.is_alpha and surname.is_title):
        return None
    if _hyphenated_given_name(words):
        return doc[words.end - 4]
    given = doc[words.end - 2]
    return given if given.pos_ == "PROPN" and given.is_alpha and given.is_title else None


def _hyphenated_given_name(words: Span) -> bool:
    """The surname follows a given name of two parts joined by a hyphen with no space
    ("Man-kei Tam", "Jean-Luc Roux")."""
    if len(words) < 5:
        return False
    first, hyphen, second = words[-4], words[-3], words[-2]
    return (
        hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and first.is_title
        and first.is_alpha
        and second.is_alpha
    )


# Letters after a person's name for an honour or an office held: "Ann Vale QC", "Bo Ray MP".
POST_NOMINALS = frozenset({"QC", "KC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE"})


def name_after_tagged_title(ent: Span) -> Span | None:
    """The person's name a title opens, when the tagger read title and name together as an
    organisation ("Detective Constable Ann Vale", "Assemblywoman Ann Vale": Ann Vale), or read
    as one the name a title stands just before ("Prosecutor [Ann Vale QC]"): one or more
    capitalised title words, then two or more capitalised proper nouns, none of them a word
    for an organisation or an office, maybe closed by letters of an honour or office held
    ("QC", "MP"), and no proper noun after them; or None. A title with one word after it
    ("General Motors") names no one."""
    doc = ent.doc
    start = ent.start
    while start < ent.end and doc[start].is_title and _title_word(doc[start]):
        start += 1
    titled = start > ent.start or (
        start > 0 and doc[start - 1].is_title and _title_word(doc[start - 1])
    )
    end = ent.end - 1 if ent[-1].text in POST_NOMINALS else ent.end
    words = doc[start:end]
    if not titled or len(words) < 2:
        return None
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words):
        return None
    name = doc[start : ent.end]
    if any(t.lower_ in _BODY_OR_TITLE_WORDS for t in name):
        return None
    if ent.end < len(doc) and doc[ent.end].pos_ == "PROPN":
        return None
    return name


def _title_word(token: Token) -> bool:
    """A word of a title written before a name, an abbreviation with its full stop or not:
    "Detective", "Mr."."""
    return token.text.rstrip(".").lower() in NAME_TITLES


# Titles of a monarch, a royal or a pope, who are known by one name and the title ("Pope
# Leo", "Princess Ana"), unlike a courtesy or an office ("Mr Lee", "Senator Lee").
REGNAL_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "emperor", "empress"})


def with_regnal_title(ent: Span, words: list[str]) -> list[str]:
    """The one-word name of a tagged name with the title of a monarch, a royal or a pope
    right before it, in or out of the tagged name ("Pope Leo", "Princess Ana": the title and
    the name); the words as they are otherwise ("Mr Lee": Lee)."""
    if len(words) != 1:
        return words
    name = next((t for t in reversed(ent) if t.text == words[0]), None)
    if name is None or name.i == 0:
        return words
    title = ent.doc[name.i - 1]
    if title.is_title and title.lower_ in REGNAL_TITLES:
        return [title.text, name.text]
    return words


def shared_surname(ent: Span) -> list[str] | None:
    """The full name of a lone given name that shares the surname of the name it is joined to
    ("David and Louise Turpin": David Turpin), or None. A word before the given name that
    closes a title's "of" phrase is the title's ("Guests of Honour Cherie and Sean Reed":
    Cherie Reed)."""
    doc = ent.doc
    if len(ent) != 1 and not (len(ent) == 2 and _closes_title_of(ent)):
        return None
    if ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    given, surname = doc[ent.end + 1], doc[ent.end + 2]
    partner = surname.ent_type_ == "PERSON" and given.ent_iob_ == "B" and surname.ent_iob_ == "I"
    if not partner or (ent.end + 3 < len(doc) and doc[ent.end + 3].ent_iob_ == "I"):
        return None
    if surname.head != ent.root or surname.dep_ != "conj" or not ent.root.is_title:
        return None
    return [ent.root.text, surname.text]


def _closes_title_of(ent: Span) -> bool:
    """A two-word name whose first word closes the "of" phrase of an untagged noun before it,
    a title the tagger cut ("Guests of Honour Cherie": Honour)."""
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ != "of":
        return False
    title = ent.doc[ent.start - 2]
    return title.pos_ in {"NOUN", "PROPN"} and title.ent_iob_ == "O"


def after_abbreviation(span: Span) -> Span:
    """The words of a name after an abbreviation with a full stop inside it ("Ann Lee" of "the
    U.S. Ann Lee" in "... born in the U.S. Ann Lee said ..."), where the parser missed the
    sentence the full stop ended; the span itself when there is none or nothing follows it.
    Whether those words name someone is for the caller to tell ("the U.S. Army" does not).
    Initials inside a person's name end nothing ("John F.W. Lee")."""
    cut = max(
        (t.i for t in span[:-1] if _abbreviation(t.text) and t.ent_type_ != "PERSON"),
        default=-1,
    )
    return span.doc[cut + 1 : span.end] if cut >= 0 else span


def _abbreviation(word: str) -> bool:
    """Letters with full stops after them ("U.S.", "U.K."), which may end a sentence.

    >>> _abbreviation("U.S."), _abbreviation("Inc."), _abbreviation("Lee")
    (True, False, False)
    """
    return word.endswith(".") and "." in word[:-1] and word.replace(".", "").isalpha()


def joined_place(mention: Span) -> str:
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


def name_span(token: Token) -> Span:
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


def thing_span(token: Token) -> Span:
    """The words that name a document or organisation: its named entity, or the noun with the
    words before it in its phrase ("the new report") and an "of" phrase after it that names
    whose it is ("the government of American Samoa")."""
    if token.ent_iob_ != "O":
        return name_span(token)
    return token.doc[token.left_edge.i : _named_of_end(token)]


def _named_of_end(token: Token) -> int:
    """The end of a noun's phrase with an "of" phrase right after it whose object is a name
    ("the government [of American Samoa]"); the end of the noun otherwise."""
    doc = token.doc
    of = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or of.head != token:
        return token.i + 1
    named = next((c for c in of.children if c.dep_ == "pobj"), None)
    if named is None or named.pos_ != "PROPN" or named.ent_iob_ == "O":
        return token.i + 1
    return named.right_edge.i + 1


def looks_like_name(mention: Span, head: Token) -> bool:
    """A proper-noun phrase the tagger missed as a person: 1-3 capitalised words, no org word,
    perhaps after a title ("Grand Master Ann Lee")."""
    if _titled_name(mention):
        return True  # "Iranian Grand Master Ann Lee", whatever the tagger made of it
    words = [t for t in mention if t.pos_ == "PROPN"]
    if not words or len(words) > 3 or any(t.lower_ in ORG_WORDS for t in words):
        return False
    if mention[0].lower_ == "the":  # "the Federal Reserve": names of people take no article
        return False
    if len(words) == 1 and plural_people_name(words[0]):
        return False  # "Britons voted ...": the people of a country
    if len(words) == 1 and _capitalised_common_noun(words[0]):
        return False  # "Reports said ...": reports
    if len(words) == 1 and coded_name(words[0].text):
        return False  # "TVN24 reported", "FEC records show": a body
    if mention[0].lower_.rstrip(".") in HONORIFICS and len(mention) > 1:
        return True  # "Mr MacFarlane", whatever the tagger made of it
    if head.ent_type_ in {"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}:
        # an organisation unless the text treats it as a person ("X, a spokesman", "Senator X",
        # "a spokesperson, X,", "X said" after the full name "Ana X Peral")
        return (
            any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in head.children)
            or (head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS)
            or bool(title_before(mention.doc, mention.start)[1])
            or member_of_organisation(head)
            or (len(mention) == 1 and earlier_full_name(head.doc, head.text, head.i) is not None)
        )
    return all(t.is_title for t in words)


def _capitalised_common_noun(word: Token) -> bool:
    """A word capitalised only for opening its sentence, which in lower case is a plural
    noun for sources or people ("Reports said ...", "Officials said ..."), not a name."""
    if word.ent_type_ or word.lower_ not in EVIDENCE_NOUNS | GROUP_WORDS:
        return False
    return word.i == 0 or word.is_sent_start or word.doc[word.i - 1].is_space


def names_relative(ent: Span) -> bool:
    """A name given as someone's relative, which names a person whatever the tagger made of
    it: "his wife, Amanda", "Lee's son Jo" (`kin_noun`); not a firm's "its partner, Acme",
    nor a name with a word for an organisation."""
    if kin_noun(ent) is None or any(t.lower_ in ORG_WORDS for t in ent):
        return False
    noun = ent.root.head if ent.root.dep_ == "appos" else ent.doc[ent.start - 1]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ != "its"


def _titled_name(mention: Span) -> bool:
    """A phrase of capitalised words that opens with a title and ends in two or three words
    of a name, none a word for an organisation: "Grand Master Ann Lee", "Superintendent Ann
    Lee"."""
    words = [t for t in mention if not t.is_punct]
    if not words or not all(t.is_alpha and t.is_title for t in words) or len(words) > 6:
        return False
    if any(t.lower_ in ORG_WORDS for t in words):
        return False
    name, _ = name_parts(mention)
    return 2 <= len(name) <= 3 and not name[0].startswith(words[0].text)


def member_of_organisation(head: Token) -> bool:
    """A name of two or three capitalised words, none an organisation word, followed by "of"
    and an organisation's name: a person who works there ("Ann-Li Berg of Velo Fire and
    Rescue said"), whatever the tagger made of the name."""
    doc = head.doc
    name = Span(doc, head.left_edge.i, head.i + 1)
    if not 2 <= len([t for t in name if t.is_alpha]) <= 3:
        return False
    if any(t.is_alpha and (not t.is_title or t.lower_ in ORG_WORDS) for t in name):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in c.children)
        for c in head.rights
    )
