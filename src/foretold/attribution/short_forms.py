"""Short forms of organisation names and the full names they stand for.

A one-word short form is an organisation's acronym ("CBCP" for "Catholic Bishops' Conference
of the Philippines") or its capitalised head word alone ("the Court" for "the Supreme
Court"). It takes the full name of an organisation already met, else the full name the
tagger found in the article, even when that comes later ("the Navy's records ... The United
States Navy"). A definite description in lower case, its head an organisation word with at
most adjectives before it ("the unanimous court"), takes the full name met before it whose
head word that is ("the Supreme Court"); of several, the one met last as a part of a clause
rather than only since as the owner of another noun ("The Velo Party backs the Labour
Party's nominee. The party holds ...": the Velo Party, `owner_mention`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span

from foretold.attribution.based_modifiers import based_modifier_words
from foretold.attribution.entities import ORG_WORDS, Entity, country_key, initials
from foretold.attribution.organisation_parts import LEGAL_FORM_WORDS
from foretold.attribution.tagged_entities import tagged_entities
from foretold.records import EntityKind

_NAME_LINKS = frozenset({"of", "the", "and", "for", "on"})
# Words that open the phrase after a name's head word ("Commission on Presidential Debates").
_HEAD_LINKS = ("of", "on", "for")
# The second words of the countries whose names open with "United".
_UNITED_COUNTRIES = frozenset({"States", "Kingdom"})
# Organisation words too loose in lower case to stand for a name met before ("the state").
_LOOSE_WORDS = frozenset(
    {
        "state", "states", "times", "post", "news", "press", "house", "office", "campaign",
        "capital", "co", "inc", "corp", "ltd", "llc", "plc", "partners", "media", "reserve",
    }
)  # fmt: skip


# Head words whose bare capitalised form is the usual short name of a body named "<word> of
# ...": "the House" is a house of a legislature ("House of Commons"), never the "White House".
_CHAMBER_WORDS = frozenset({"house"})


def described_short_form(mention: Span) -> str | None:
    """The capitalised head word a definite lower-case description of an organisation
    stands for: "the unanimous court" -> "Court", also where the court is based ("the
    Luxembourg-based court", `based_modifier_words`); None for "a court", "the court's lawyers"
    or "the state"."""
    head = mention[-1]
    if len(mention) < 2 or mention[0].lower_ != "the" or head.tag_ != "NN":
        return None
    if not head.is_lower or head.lower_ not in ORG_WORDS or head.lower_ in _LOOSE_WORDS:
        return None
    based = based_modifier_words(mention)  # "the Luxembourg-based court"
    if any(t.pos_ != "ADJ" or not t.is_lower for t in mention[1:-1] if t.i not in based):
        return None
    return head.text.capitalize()


def long_form(
    name: str,
    kind: EntityKind,
    entities: list[Entity],
    before: int | None = None,
    owner: Callable[[int, int], bool] | None = None,
) -> Entity | None:
    """The organisation already named in full that a short form stands for: its acronym
    ("CBCP" after "Catholic Bishops' Conference of the Philippines") or its capitalised
    head word alone ("the Court" after "the Supreme Court"). Of several, the one met last;
    with ``before`` (a character offset), the one met last before it, so that "The Supreme
    Court ruled. The court found ... the Court of Session" takes the Supreme Court. Without
    ``before``, a head word that fits two bodies (`several_bodies`: "the Court" after "the
    Supreme Court" and "the Court of Appeal") stands for neither. With ``owner`` (whether
    the mention between two character offsets only owns another noun), a body met last only
    as an owner loses to one met later as a part of a clause ("the Velo Party backs the
    Labour Party's nominee. The party": the Velo Party)."""
    if " " in name or not name[:1].isupper():
        return None
    acronym = name.isupper() and 2 <= len(name) <= 6
    if kind != "organization" and not acronym:
        return None
    floor = -2 if before is None else -1  # before an offset, only those met by then
    fits: list[tuple[int, Entity]] = []
    for entity in entities:
        if entity.kind != "organization":
            continue
        seen = entity.last_seen if before is None else _last_before(entity, before)
        if seen > floor and _short_form_of(name, entity.name, acronym=acronym):
            fits.append((seen, entity))
    several = not acronym and before is None and several_bodies([e.name for _, e in fits])
    if not fits or several:
        return None
    if owner is not None and before is not None and len(fits) > 1:
        salient = [(_last_before(entity, before, owner), entity) for _, entity in fits]
        if any(seen >= 0 for seen, _ in salient):
            fits = salient
    return max(fits, key=lambda fit: fit[0])[1]


def owner_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention of a name between two character offsets only owns another noun
    ("the Labour Party's nominee"), which leaves the body less in view than a subject or
    object does; a name before a noun as its modifier ("the Labour Party ticket") is not
    passed over."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"


def _last_before(
    entity: Entity, offset: int, owner: Callable[[int, int], bool] | None = None
) -> int:
    """Where an entity was last mentioned before a character offset, or -1 if it was not;
    with ``owner``, passing over mentions that only own another noun."""
    return max(
        (
            start
            for start, end, _ in entity.mentions
            if start < offset and (owner is None or not owner(start, end))
        ),
        default=-1,
    )


def tagged_organisations(doc: Doc) -> list[tuple[int, str]]:
    """The names of several words the tagger marks as organisations, with where each starts,
    without an opening "the" or a closing possessive."""
    return [
        (ent.start_char, _without_article(ent.text))
        for ent in tagged_entities(doc)
        if ent.label_ == "ORG" and len(ent) > 1
    ]


def tagged_long_form(
    name: str, kind: EntityKind, after: int, org_names: list[tuple[int, str]]
) -> str | None:
    """The full organisation name among `org_names` (see `tagged_organisations`) that a short
    form stands for, the first one after it ("the Navy's records ... The United States
    Navy": United States Navy) or else the nearest before it."""
    if " " in name or not name[:1].isupper():
        return None
    acronym = name.isupper() and 2 <= len(name) <= 6
    if kind != "organization" and not acronym:
        return None
    found = [
        (start < after, abs(start - after), full)
        for start, full in org_names
        if _short_form_of(name, full, acronym=acronym)
    ]
    return min(found)[2] if found else None


def several_long_forms(
    name: str, names: Collection[str], places: Collection[str] = frozenset()
) -> bool:
    """Whether a capitalised head word could stand for more than one of the organisation
    ``names`` an article gives (`several_bodies`), so that it stands for none of them: "the
    Court" in an article naming the Supreme Court and the Court of Appeal."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    fits = [full for full in names if _short_form_of(name, full, acronym=False)]
    return several_bodies(fits, places)


def several_bodies(names: Collection[str], places: Collection[str] = frozenset()) -> bool:
    """Whether names hold two bodies, neither name inside the other once the place words
    that open them are set aside (``places``, and the United States and Kingdom by any
    spelling): "Supreme Court" and "Court of Appeal" are two; "Supreme Court", "U.S. Supreme
    Court", "United States Supreme Court" and "Supreme Court of Velonia" may be one court.

    >>> several_bodies(["Supreme Court", "Court of Appeal"])
    True
    >>> several_bodies(["U.S. Supreme Court", "United States Supreme Court"])
    False
    """
    words = {_without_opening_places(n.split(), places) for n in names}
    least = [w for w in words if not any(o != w and _inside(o, w) for o in words)]
    return len(least) > 1


def without_places(name: str, places: Collection[str]) -> str | None:
    """An organisation's name without the country or place words that open it, when what is
    left is still a name ("U.S. Air Force" -> "Air Force", "Turkish Foreign Ministry" ->
    "Foreign Ministry", "U.S. Navy" -> "Navy"; ``places``: the words the article tags as
    places or nationalities), or None ("Air Force", "Florida Museum" -> None). "United" is a
    place word only as the first of a country's two ("United States Navy" -> "Navy", never
    "States Navy"); "United Nations" and "United Auto Workers" open with no place."""
    words = name.split()
    k = 0
    while k < len(words) - 1:
        if words[k] == "United":
            if k + 2 >= len(words) or words[k + 1] not in _UNITED_COUNTRIES:
                break
            k += 2
        elif words[k] in places or country_key(words[k]) in {"us", "uk"}:
            k += 1
        else:
            break
    rest = words[k:]
    if k == 0 or not rest[0][:1].isupper() or rest[0].lower() in _NAME_LINKS:
        return None
    if len(rest) >= 2 and all(w[:1].isupper() or w in _NAME_LINKS for w in rest):
        return " ".join(rest)
    return rest[0] if len(rest) == 1 and rest[0].lower() in ORG_WORDS else None


def opening_word(short: str, full: str) -> bool:
    """Whether a one-word name opens a longer name of capitalised words and can stand for it
    ("Northrop" for "Northrop Grumman", "NBC" for "NBC News"; not "Bank" for "Bank of
    America"), or a longer name is the full one without its closing organisation word
    ("Liberal National" for "Liberal National Party").

    >>> opening_word("Northrop", "Northrop Grumman"), opening_word("Bank", "Bank of America")
    (True, False)
    >>> opening_word("Velo Motor", "Velo Motor Company"), opening_word("Velo", "Velo Motor")
    (True, True)
    """
    words = full.split()
    if not all(w[:1].isupper() for w in words) or short.lower() in ORG_WORDS:
        return False
    if " " in short:
        return words[:-1] == short.split() and words[-1].lower() in ORG_WORDS
    return len(words) >= 2 and words[0] == short


def _short_form_of(short: str, full: str, *, acronym: bool) -> bool:
    """Whether one word is the acronym of a capitalised organisation name ("CBCP") or its
    organisation head word ("Court" of "Supreme Court" or of "Supreme Court of Canada", the
    word before the "of", "on" or "for" phrase that follows it: "Commission" of "Commission
    on Public Debates", "Centers" of "Centers for Disease Control"); a
    word that is the usual short name of a chamber only of a name with "of" after it ("House"
    of "House of Commons", not of "White House")."""
    words = full.split()
    if len(words) < 2 or any(w[:1].islower() and w not in _NAME_LINKS for w in words):
        return False
    if acronym:
        return acronym_of(short, full)
    link = next((k for k, word in enumerate(words) if k and word in _HEAD_LINKS), None)
    head = words[link - 1] if link is not None else words[-1]
    if short.lower() in _CHAMBER_WORDS:
        return "of" in words[1:] and short == head
    return short.lower() in ORG_WORDS and short in {head, words[-1]}


def acronym_of(short: str, full: str) -> bool:
    """Whether an acronym spells a name's capitalised words, its "&" standing for "and" and
    the closing word of a company's legal form left out or not ("PG&E" for "Pacific Gas and
    Electric" or "Pacific Gas and Electric Company"; not "PGE" for "Pacific Gas and Electric
    Authority").

    >>> acronym_of("PG&E", "Pacific Gas and Electric Company")
    True
    >>> acronym_of("PGEA", "Pacific Gas and Electric Authority Company")
    True
    >>> acronym_of("PGE", "Pacific Gas and Electric Authority")
    False
    """
    letters = short.replace("&", "")
    if initials(full) == letters:
        return True
    words = full.split()
    legal = len(words) > 2 and words[-1].lower().rstrip(".") in LEGAL_FORM_WORDS
    return legal and initials(" ".join(words[:-1])) == letters


def _without_opening_places(words: list[str], places: Collection[str]) -> tuple[str, ...]:
    """A name's words without the place words that open it ("U.S. Navy": Navy)."""
    k = 0
    while k < len(words) - 1 and (
        words[k] in places
        or country_key(words[k]) in {"us", "uk"}
        or (k > 0 and words[k] in {"States", "Kingdom"})
    ):
        k += 1
    return tuple(words[k:])


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a run of words stands whole in a longer one ("Supreme Court" in "U.S. Supreme
    Court")."""
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def _without_article(text: str) -> str:
    """A name without its opening "the" or closing possessive ("the Navy's": Navy)."""
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    return text.removesuffix("'s").removesuffix("\u2019s")
