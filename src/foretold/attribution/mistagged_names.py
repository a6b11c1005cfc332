"""Names the tagger labels PERSON that are not people.

Before an article's people are built, these are set aside: one-word names used as a place
("in Kiev", "the West and Kiev"), only after an article ("the Library", "the Velo
pipeline"), only as a nationality adjective ("Tongan time") or labelled something else
more often than as a person; names with a digit ("COVID-19"), user names run together
("MarekLindqvist"), the article's own publisher, one-word names used as a medium ("wrote on
Twitter") or only ever as one ("posted a photo to Twitter", "on Twitter and Telegram") or
given to a thing ("termed Brexit") and one-word names the text describes as an organisation
("low-cost airline Ryanair", "the vice president of Dacia").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Span, Token

from foretold.attribution.account_holders import ACCOUNT_NOUNS
from foretold.attribution.cues import MEDIUM_PREPOSITIONS, word_set
from foretold.attribution.entities import (
    MEDIUM_NOUNS,
    NAME_SUFFIXES,
    OFFICE_WORDS,
    ORG_DESCRIPTORS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    demonym_modifier,
)
from foretold.attribution.masthead_names import masthead_name
from foretold.attribution.mention_names import medium_object, without_medium
from foretold.attribution.mistagged_full_names import earlier_full_name
from foretold.attribution.named_organisations import example_of_organisations
from foretold.attribution.prepositional_objects import of_object_of
from foretold.attribution.role_phrases import title_before
from foretold.attribution.token_index import spellings_of, tokens_of, tokens_spelled
from foretold.ids import normalise_name

_DESCRIPTORS = ORG_DESCRIPTORS | MEDIUM_NOUNS
_LOCATIVE_PREPS = frozenset(
    {"in", "into", "from", "across", "near", "toward", "towards", "inside", "throughout"}
)
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Words that open or end the name of a place or a facility, never a person's ("Fort Lee",
# "Mount Hood", "Hollow Square", "Velo Falls", "Music Store").
_PLACE_OPENERS = frozenset({"Fort", "Mount", "Port", "Lake", "Cape", "Camp"})
_PLACE_ENDINGS = frozenset(
    {
        "Square", "Avenue", "Boulevard", "Road", "Falls", "River", "Station",
        "Airport", "Store", "Mall", "Plaza", "Stadium", "Arena", "County", "Valley",
        "Harbour", "Harbor", "Island", "Islands", "Heights", "Springs", "Cathedral",
        "Hospital", "Theatre", "Theater",
    }
)  # fmt: skip
# Words that end the name of a law, a prize, an event or an instrument named after someone
# ("the Ann Lee Voting Rights Act", "the Ann Lee Prize", "the Ann Lee Space Telescope").
_WORK_ENDINGS = frozenset(
    {"Act", "Treaty", "Accord", "Prize", "Award", "Awards", "Festival", "Telescope", "Project"}
)
# Words for a place that a possessive name opens ("Hawke's Bay", "Velo's Creek").
_POSSESSED_PLACES = _PLACE_ENDINGS | frozenset(
    {"Bay", "Creek", "Point", "Cove", "Sound", "Inlet", "Landing", "Wood", "Hill", "Hills"}
)
# Nouns whose "of" phrase names a place ("the mayor of Velo", "the streets of Velo").
_PLACE_HEADS = frozenset(
    {
        "mayor", "governor", "city", "town", "village", "capital", "outskirts", "suburbs",
        "streets", "residents", "people", "province", "region", "county", "district",
    }
)  # fmt: skip


def place_like_names(people: list[Span]) -> set[str]:
    """ "Person" names the tagger got wrong: one-word names never part of a longer name,
    never titled, and used as a place ("in Kiev", "the West and Kiev", "the mayor of Kiev"),
    also where the tagger labels it one ("the governor of Kiev"), or only as a nationality
    adjective ("Tongan time"), or labelled something else more often than as a person,
    unless it is the surname of a full name read as a body ("Ruiz" after "Ana Ruiz Peral",
    tagged an organisation); longer names that open or end with a word for a place ("Fort
    Lee", "Hollow Square") or end with one for a law, a prize or an instrument named after
    someone ("the Ann Lee Act"), or are only ever used as a place ("in La Vella")."""
    names = [without_medium(ent) for ent in people]
    longer = {t.lower_ for name in names if len(name) > 1 for t in name}
    by_text = uses_by_text(people)
    singles = {ent.text for ent in people if len(ent) == 1}
    places = {
        ent.text
        for ent in people
        if len(ent) > 1 and (_place_named(ent, by_text[ent.text], singles) or masthead_name(ent))
    }
    labels = (
        Counter((t.text, t.ent_type_) for t in tokens_of(people[0].doc) if t.ent_type_)
        if people
        else {}
    )
    for ent in people:
        if len(ent) != 1 or ent.text.lower() in longer or ent.text in places:
            continue
        uses = [e.root for e in by_text[ent.text]]
        if (
            _mostly_other_label(ent, labels)
            and not any(_office_before(u) for u in uses)
            and earlier_full_name(ent.doc, ent.text, len(ent.doc)) is None
        ):
            places.add(ent.text)
        if any(title_before(u.doc, u.i)[1] for u in uses):
            continue
        if (
            any(_used_as_place(u) for u in uses)
            or any(_tagged_place(t) for t in tokens_spelled(ent.doc, [ent.text]))
            or all(demonym_modifier(u) for u in uses)
            or all(_after_determiner(u) for u in uses)
        ):
            places.add(ent.text)
    return places


def _tagged_place(token: Token) -> bool:
    """A use of a name the tagger labels a place where the text also treats it as one, as
    the object of a locative "in" or "from" or of an "of" ("the state of Velo", "Ann Lee of
    Velo")."""
    head = token.head
    return (
        token.ent_type_ in {"GPE", "LOC"}
        and token.dep_ == "pobj"
        and head.lower_ in _LOCATIVE_PREPS | {"of"}
    )


def uses_by_text(people: list[Span]) -> dict[str, list[Span]]:
    """The uses of each name: the tagged names with that text, in text order."""
    uses: dict[str, list[Span]] = {}
    for ent in people:
        uses.setdefault(ent.text, []).append(ent)
    return uses


def _office_before(token: Token) -> bool:
    """A title with an office or honorific right before a name ("President Lee", "Mr Lee";
    not "CU" in "CU Velo")."""
    first, title = title_before(token.doc, token.i)
    return bool(title) and any(
        t.lower_.rstrip(".") in OFFICE_WORDS for t in token.doc[first : token.i]
    )


def _after_determiner(token: Token) -> bool:
    """A name right after "the", "a" or "an", as a thing's name or a modifier of one is ("the
    Library", "the Velo pipeline"); a person's name takes no article."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ in {"the", "a", "an"}


def _mostly_other_label(ent: Span, labels: Mapping[tuple[str, str], int]) -> bool:
    """A one-word name the tagger labels something else more often than a person ("Velo"
    tagged a place or an organisation in "the University of Velo", "CU Velo", "Velo");
    ``labels`` counts the article's words by entity label."""
    total = sum(n for (text, _), n in labels.items() if text == ent.text)
    return labels.get((ent.text, "PERSON"), 0) * 2 < total


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
    ("COVID-19"), the article's own publisher, and one-word names used as a medium ("wrote on
    Twitter", "via Facebook") or as its possessor ("whose Twitter bio"), or in every use only
    as the site something was posted to ("posted a photo to Twitter", "on Twitter and
    Telegram", "his official Twitter account": the adjective is the account's, no title),
    names for software ("the Velo web browser", "download Velo"), subjects whose object
    "its" owns ("Velo confirmed its first cases": a body or a thing) and capitalised words
    the tagger reads as common words ("Photographs showed", "Shut up")."""
    names = [without_medium(ent) for ent in people]
    longer = {t.lower_ for name in names if len(name) > 1 for t in name}
    named = {normalise_name(publisher).removeprefix("the ")} if publisher else set()
    media = set()
    lower_words: set[str] | None = None  # made when a name first needs it
    by_text = uses_by_text(people)
    for ent in people:
        if (
            any(c.isdigit() or c in _NOT_IN_NAMES for c in ent.text)
            or normalise_name(ent.text).removeprefix("the ") in named
            or _after_number(ent)
            or _user_name(ent.text)
        ):
            media.add(ent.text)
            continue
        if len(ent) != 1 or ent.text.lower() in longer or ent.text in media:
            continue
        uses = [e.root for e in by_text[ent.text]]
        if any(title_before(u.doc, u.i)[1] and not _account_modifier(u) for u in uses):
            continue
        if (
            any(_used_as_medium(u) or _name_given(u) or _product_use(u) for u in uses)
            or all(_only_medium(u) for u in uses)
            or any(_owns_with_its(u) for u in uses)
        ):
            media.add(ent.text)
            continue
        if lower_words is None:
            lower_words = {word for word in spellings_of(ent.doc) if word.islower()}
        if _common_noun(ent, uses, lower_words) or all(_tagged_common_word(u) for u in uses):
            media.add(ent.text)
    return media


def _owns_with_its(token: Token) -> bool:
    """A subject whose verb's object "its" owns, as a body's or a thing's is ("Velo confirmed
    its first cases", "Velo tested its new rocket"); a person's would be "his" or "her"."""
    if token.dep_ != "nsubj":
        return False
    objects = (c for c in token.head.children if c.dep_ == "dobj")
    return any(g.lower_ == "its" and g.dep_ == "poss" for o in objects for g in o.children)


def _tagged_common_word(token: Token) -> bool:
    """A capitalised word the tagger reads as a verb, an adjective before its noun, a plural
    common noun or a common noun that opens a sentence or a line, not as a proper noun:
    "Shut up!", "Bloody hell", "Photographs showed the wreck". A person's name is tagged a
    proper noun; a surname that is also a common word may be tagged a noun where it stands
    inside a sentence ("Officials met Price"), and "like Judit" may be tagged an adjective
    standing alone, so neither counts; nor does a "verb" the parser made a subject or an
    object, which a name is and a verb is not ('"We are ready," said Said')."""
    if token.pos_ == "NOUN":
        return token.tag_ == "NNS" or _capital_explained(token)
    if token.pos_ == "VERB":
        return token.dep_ not in _NOMINAL_DEPS
    return token.pos_ == "ADJ" and token.dep_ == "amod"


# Dependencies of a noun phrase, never of a verb.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss"})


# Verbs that give a thing its name ("what has been termed Brexit", "an app called Velo").
_NAMING_VERBS = frozenset({"call", "term", "dub", "nickname", "brand", "label", "christen"})


def _name_given(token: Token) -> bool:
    """A name the text gives to a thing, as the object predicate of a naming verb ("the
    exit, which has been termed Brexit"), never to a person ("a man called Lee")."""
    verb = token.head
    if token.dep_ != "oprd" or verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    named = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    if verb.dep_ in {"relcl", "acl"}:
        named.append(verb.head)
    return not any(n.lower_ in PERSON_NOUNS | ROLE_NOUNS or n.ent_type_ == "PERSON" for n in named)


# Characters that never occur in a name ("[W]e" read as a name).
_NOT_IN_NAMES = frozenset("[]{}<>@#|_=+*/\\")


# Two capitalised words run together, the first of five letters or more ("MarekLindqvist"):
# a user name; not "McCain", "DeSantis", "MacArthur".
_RUN_TOGETHER = re.compile(r"^[A-Z][a-z]{4,}[A-Z][a-z]+$")


def _user_name(text: str) -> bool:
    """A photo credit or account name written as one word ("MarekLindqvist"), not a name.

    >>> _user_name("MarekLindqvist"), _user_name("McCain"), _user_name("MacArthur")
    (True, False, False)
    """
    return bool(_RUN_TOGETHER.match(text))


def _after_number(ent: Span) -> bool:
    """A unit written against the number before it ("the 16GB model"): never a name."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.like_num and not before.whitespace_


def _common_noun(ent: Span, uses: list[Token], written: set[str]) -> bool:
    """A common noun capitalised only because it opens a sentence, a line or a list after a
    colon, which the article also writes in lower case (``written``: its lower-case words):
    "Protester dressed as a clown" beside "protesters"; "Boats, boat parts"."""
    lower = ent.text.lower()
    return (
        lower in written or lower.removesuffix("s") in written or f"{lower}s" in written
    ) and all(_capital_explained(u) for u in uses)


def _capital_explained(token: Token) -> bool:
    """A word capitalised because it opens a sentence, a line, a quotation or what follows a
    colon."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_quote or before.text == ":" or "\n" in before.text_with_ws or before.is_space


def described_organisations(people: list[Span]) -> set[str]:
    """One-word "person" names the text describes as an organisation: a common noun such as
    "airline" or "broadcaster" right before the name and modifying it ("low-cost airline
    Ryanair"), an office held in it ("the vice president of Dacia", "Dacia CEO Ann Lee"), a
    use the tagger reads as an organisation's that employs someone ("Velora coach Ann Lee"),
    any use before a post in a sports team ("Velo captain Ann Lee": the club), an example of
    a plural word for organisations ("carriers such as Velo"); a longer name is one by the
    common noun before it or as such an example ("electronics retailer Best Buy", "retailers,
    including Best Buy")."""
    names = [without_medium(ent) for ent in people]
    longer = {t.lower_ for name in names if len(name) > 1 for t in name}
    single = {ent.text for ent in people if len(ent) == 1}
    doc = people[0].doc if single else None  # with no one-word name, no word to look at
    found = {
        t.text
        for t in (tokens_spelled(doc, single) if doc is not None else ())
        if t.text in single
        and (
            of_object_of(t, _OFFICES)
            or _employs(t)
            or _heads_company(t)
            or example_of_organisations(t)
        )
    }
    found |= {ent.text for ent in people if _described_in_apposition(ent)}
    tails = {ent[k:].text for ent in people for k in range(1, len(ent))}
    for ent in people:
        if len(ent) > 1 and ent.text in tails:
            continue  # "rock band Van Halen" beside "Eddie Van Halen": also his surname
        if ent.start == 0 or (len(ent) == 1 and ent.text.lower() in longer):
            continue
        before = ent.doc[ent.start - 1]
        if before.is_lower and before.lower_ in _DESCRIPTORS and before.head in ent:
            found.add(ent.text)  # "low-cost airline Ryanair", "electronics retailer Best Buy"
        elif len(ent) > 1 and example_of_organisations(ent.root):
            found.add(ent.text)  # "other retailers, including Best Buy"
    return {name for name in found if name.lower() not in longer}


# Common nouns an apposition describes an organisation with ("Velo Ouvrier, the main union").
_APPOSITION_NOUNS = _DESCRIPTORS | frozenset(
    {"union", "club", "team", "charity", "society", "university", "bank", "daily"}
)


def _described_in_apposition(ent: Span) -> bool:
    """A name with an apposition that calls it an organisation ("Velo Ouvrier, the main
    union"; "the main union, Velo Ouvrier"), never titled."""
    root = ent.root
    if title_before(ent.doc, ent.start)[1]:
        return False
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)
    return any(n.pos_ == "NOUN" and n.lower_ in _APPOSITION_NOUNS for n in nouns)


# Nouns for software or a device, which a name before them names ("the Velo browser",
# "Velo applications"); a person's name names none of them.
_PRODUCT_NOUNS = word_set(
    """browser software app apps application applications kernel console plugin firmware
    smartphone handset codec"""
)
# Nouns for an edition of a product, which an apposition names ("Velo, the newest version").
_EDITION_NOUNS = frozenset({"version", "release", "edition", "update"})
# Verbs whose object is software ("downloaded Velo"); not "install", whose object may be
# a person ("installed Ann Lee as chair").
_SOFTWARE_VERBS = frozenset({"download", "uninstall", "reinstall"})


def _product_use(token: Token) -> bool:
    """A name for software or a device: one modifying a noun for such a thing ("the new
    Velo 4.0 web browser", "Velo applications"), set beside one or beside a word for an
    edition ("the open-source kernel, Velo", "Velo, the newest version of the system") or
    the object of a verb of installing one ("users can download Velo")."""
    head = token.head
    if token.dep_ in {"compound", "nmod"} and head.i > token.i:
        return head.lower_ in _PRODUCT_NOUNS
    if token.dep_ == "appos" and head.lower_ in _PRODUCT_NOUNS | _EDITION_NOUNS:
        return True  # "the open-source kernel, Velo"
    if any(c.dep_ == "appos" and c.lower_ in _PRODUCT_NOUNS | _EDITION_NOUNS for c in token.rights):
        return True  # "Velo, the newest version of the system"
    return token.dep_ == "dobj" and head.lemma_.lower() in _SOFTWARE_VERBS


# Offices held in an organisation, never in a person ("the chief executive of Velora").
_OFFICES = frozenset(
    {
        "president", "director", "ceo", "chairman", "chairwoman", "chairperson", "founder",
        "co-founder", "executive", "spokesperson", "spokesman", "spokeswoman", "employee",
        "employees", "headquarters", "shareholders", "subsidiary",
    }
)  # fmt: skip


# Posts held in a sports team, which a name before them names ("Velo captain Ann Lee"): the
# club's post, where "Lee aide Ann Vale" is a person's. A coach of a player named in full
# is kept apart by the full name ("Ann Lee ... Lee coach Bo Ray").
_TEAM_POSTS = frozenset({"coach", "captain", "skipper", "goalkeeper", "striker", "midfielder"})


# Offices and parts of a company, which a name right before them owns ("Velo CEO Ann Lee",
# "Velo founder Ann Lee", "Velo shareholders"); a person's staff are aides and spokesmen.
_COMPANY_OFFICES = frozenset(
    {
        "ceo", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder",
        "shareholders", "headquarters", "subsidiary",
    }
)  # fmt: skip


def _heads_company(token: Token) -> bool:
    """A name written right before an office or a part of a company that it modifies
    ("Velo CEO Ann Lee", "Velo founder Ann Lee", "Velo shareholders will own 56%")."""
    head = token.head
    return (
        token.dep_ in {"compound", "nmod"}
        and head.i == token.i + 1
        and head.lower_ in _COMPANY_OFFICES
    )


def _employs(token: Token) -> bool:
    """A name tagged as an organisation that modifies the job title of a person named right
    after it ("Velora assistant coach Ann Lee", "Acme engineer Tom Reed"), or any name that
    modifies a post held in a team so ("Velo captain Ann Lee": the club)."""
    job = token.head
    doc = token.doc
    return (
        (token.ent_type_ == "ORG" or job.lower_ in _TEAM_POSTS)
        and token.dep_ in {"compound", "nmod"}
        and job.i > token.i
        and job.pos_ == "NOUN"
        and job.is_lower
        and job.i + 1 < len(doc)
        and doc[job.i + 1].ent_iob_ == "B"
        and doc[job.i + 1].ent_type_ == "PERSON"
    )


def _used_as_medium(token: Token) -> bool:
    """ "wrote on Twitter", "via Facebook", "whose Twitter bio", "the Twitter network"."""
    if token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPOSITIONS:
        return True
    return token.dep_ in {"compound", "poss", "nmod"} and (
        token.head.lemma_.lower() in _POSTING_WORDS or token.head.lower_ == "network"
    )


# Verbs that put a photo, a video or words onto a site: "posted a photo [to] Velo".
_UPLOADING_VERBS = frozenset({"post", "repost", "upload", "publish", "share", "stream"})


def _only_medium(token: Token) -> bool:
    """A use of a name as the medium something appeared on and never as someone who acts:
    the use ``_used_as_medium`` reads, a name joined by "and" to the object of "on", "in",
    "via" or "through" ("on Velo and Internet Relay Chat", "via Kito and Velo"), or the
    object of "to" after a verb of posting or its object ("posted a photo to Velo",
    "uploaded to Velo"); not "sent a letter to Lee", where Lee is who it went to."""
    if _used_as_medium(token) or medium_object(token):
        return True
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in {"to", "onto"}:
        return False
    carrier = head.head
    if carrier.pos_ == "NOUN" and carrier.dep_ == "dobj":
        carrier = carrier.head  # "posted [a photo] to Velo"
    return carrier.pos_ == "VERB" and carrier.lemma_.lower() in _UPLOADING_VERBS


def _account_modifier(token: Token) -> bool:
    """A name modifying an account noun, whose "title" is the adjective of that account:
    "his official Velo account" ("official" is the account's, not a person's office)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.dep_ in {"compound", "nmod"}
        and token.head.lower_ in ACCOUNT_NOUNS
        and token.head.i > token.i
        and before is not None
        and before.is_lower
        and before.head == token.head
    )


def _place_named(ent: Span, uses: list[Span], singles: set[str]) -> bool:
    """A longer "person" name for a place or a thing: it opens or ends with a word for a
    place ("Fort Lee", "Hollow Square") or ends with one for a law or the like ("the Ann Lee
    Act"), or every use of it (``uses``: the tagged names with its text), none titled, is as
    a place ("in La Vella"; not "from": "questions from reporter Ann Lee"), and its last word
    is never tagged alone as a person (``singles``), as a surname is ("in Velo and Ann Lee
    ... Lee said": a person)."""
    words = [t for t in ent if t.is_alpha]
    if len(words) < 2:
        return False
    if words[0].text in _PLACE_OPENERS or words[-1].text in _PLACE_ENDINGS | _WORK_ENDINGS:
        return True
    if _named_after_person(ent):
        return True
    if words[-1].text in singles:
        return False
    return all(
        _used_as_place(u.root)
        and _first_conjunct(u.root).head.lower_ != "from"  # "letters from Bo Ray and Ann Lee"
        and not title_before(u.doc, u.start)[1]
        for u in uses
    )


def _named_after_person(ent: Span) -> bool:
    """A name that runs on past the generational suffix closing a person's name, so names a
    day, a street or a school after that person: "Ann Lee Jr. Day", "Bo Ray Sr. High School"
    (a suffix closes a person's own name: "Ann Lee Jr.")."""
    words = [t for t in ent if not t.is_punct]
    return (
        any(t.lower_.rstrip(".") in NAME_SUFFIXES and t.text[0].isupper() for t in words[1:-1])
        and words[-1].is_title
        and words[-1].lower_.rstrip(".") not in NAME_SUFFIXES
    )


def _used_as_place(token: Token) -> bool:
    """ "in Velo", "the mayor of Velo", "Velo and Paris", or the possessor that opens a
    place's name ("from Hawke's Bay", "at Velo's Egyptian Theatre": "Hawke" names no one); a
    name listed with places is one wherever the list stands ("engines came from Arno, Velo,
    Lisk and Paris": the list opens with the object of "from"; "the streets of Arno and
    Velo")."""
    head = token.head
    if token.dep_ == "poss" and head.text in _POSSESSED_PLACES and _opens_name(token, head):
        return True
    if _place_object(token):
        return True
    first = _first_conjunct(token)
    return _place_object(first) or any(
        c.ent_type_ in _PLACE_ENTS for c in _conjuncts(first) if c.i != token.i
    )


def _opens_name(owner: Token, place: Token) -> bool:
    """Whether a possessive name opens the name of the place it owns: the place word follows
    its "'s" straight away or after capitalised words of that name ("Hawke's Bay", "Velo's
    Egyptian Theatre")."""
    between = owner.doc[owner.i + 2 : place.i]
    return place.i > owner.i + 1 and all(t.is_title and t.head == place for t in between)


# Compass points whose "of" phrase names a place ("80 miles west of Velo").
_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# Words for a place that a name set beside them names ("the capital, Velo", "the port,
# Arno"); a person's apposition is a role, never one of these.
_PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "province", "region", "county", "district", "port"}
)
# Words for a site of transport or a natural feature that a name right before them names
# ("Velo station", "the Velo lines", "Ann Lee airport", "the Velo volcano"): the site, not a
# person it may be named after.
_SITE_NOUNS = frozenset(
    {
        "station", "stations", "line", "lines", "airport", "terminal", "volcano", "island",
        "river", "lake", "mountain", "glacier", "peninsula",
    }
)  # fmt: skip
# Parts of a place a name owns only when it names the place ("Velo's capital").
_OWNED_PLACES = frozenset({"capital", "outskirts", "suburbs", "streets"})


def _place_object(token: Token) -> bool:
    """The object of a locative preposition ("in Velo", "from Velo") or of the "of" after a
    word for a place, its people or a compass point ("the mayor of Velo", "the streets of
    Velo", "80 miles west of Velo"); a name set beside a word for a place ("the capital,
    Velo"), naming one, a site of transport or a natural feature right after it ("the Velo
    district", "Velo station", "the Velo volcano") or owning a capital or streets ("Velo's
    capital")."""
    head = token.head
    if token.dep_ == "appos":
        return head.lower_ in _PLACE_NOUNS
    if token.dep_ in {"compound", "nmod", "amod"}:  # "the Velo district", "the Arno lines"
        between = token.doc[token.i : head.i]  # "the Arno and Velo lines": names joined
        return (
            head.i > token.i
            and head.lower_ in _PLACE_NOUNS | _SITE_NOUNS
            and all(t.dep_ in {token.dep_, "cc", "conj"} for t in between)
        )
    if token.dep_ == "poss":  # not "Lee's political capital", a person's standing
        return head.lower_ in _OWNED_PLACES and not any(c.lower_ == "political" for c in head.lefts)
    if token.dep_ != "pobj":
        return False
    return head.lower_ in _LOCATIVE_PREPS or (
        head.lower_ == "of" and head.head.lower_ in _PLACE_HEADS | _COMPASS_POINTS
    )


def _first_conjunct(token: Token) -> Token:
    """The first of the names a coordination lists ("Velo" in "Velo, Arno and Lisk")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _conjuncts(first: Token) -> list[Token]:
    """Every name of the coordination that ``first`` opens, first included."""
    found = [first]
    for member in found:
        found.extend(c for c in member.children if c.dep_ == "conj")
    return found
