"""Article metadata read from short strings: bylines, agencies, dates, publishers, URLs."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

# Wire services: canonical name first, then the other ways bylines and credits spell it.
AGENCIES: tuple[tuple[str, ...], ...] = (
    ("AFP", "Agence France-Presse", "Agence France Presse"),
    ("Reuters", "Thomson Reuters", "Reuters Staff"),
    ("AP", "Associated Press", "The Associated Press"),
    ("Bloomberg", "Bloomberg News"),
    ("dpa", "DPA", "Deutsche Presse-Agentur"),
    ("EFE", "Agencia EFE"),
    ("ANSA",),
    ("Xinhua", "Xinhua News Agency"),
    ("TASS", "ITAR-TASS"),
    ("Interfax",),
    ("RIA Novosti", "RIA"),
    ("UPI", "United Press International"),
    ("PA", "PA Media", "Press Association"),
    ("Kyodo", "Kyodo News"),
    ("Jiji Press", "Jiji"),
    ("Yonhap", "Yonhap News Agency"),
    ("AAP", "Australian Associated Press"),
    ("The Canadian Press", "Canadian Press", "CP"),
    ("PTI", "Press Trust of India"),
    ("ANI", "Asian News International"),
    ("IANS",),
    ("Anadolu", "Anadolu Agency"),
    ("Europa Press",),
    ("Bernama",),
    ("Antara",),
    ("Ukrinform",),
    ("Lusa",),
    ("Belga",),
    ("ANP",),
    ("NTB",),
    ("Ritzau",),
    ("APA",),
    ("KCNA", "Korean Central News Agency"),
    ("IRNA", "Islamic Republic News Agency"),
    ("WAM", "Emirates News Agency"),
    ("SPA", "Saudi Press Agency"),
    ("CNA", "Central News Agency"),
)


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias).replace(r"\ ", r"\s+")
    # Acronyms must keep their case ("AP", not "ap"); names may vary ("Associated press").
    return escaped if alias.isupper() else f"(?i:{escaped})"


_ALIASES = sorted(((a, names[0]) for names in AGENCIES for a in names), key=lambda p: -len(p[0]))
_CANONICAL = {alias.casefold(): canonical for alias, canonical in _ALIASES}
AGENCY_PATTERN = "(?:" + "|".join(_alias_pattern(a) for a, _ in _ALIASES) + ")"
_AGENCY_ALONE = re.compile(rf"^\(?(?:(?i:the)\s+)?({AGENCY_PATTERN})\)?$")
_DATELINE = re.compile(rf"^[A-Z][\w.'’ ,/-]{{0,60}}?\(({AGENCY_PATTERN})\)\s*[-—–:]")
_SIGN_OFF = re.compile(rf"(?:^|\s)[-—–(]\s*({AGENCY_PATTERN})\s*\)?\s*$")


def agency_name(text: str) -> str | None:
    """The canonical agency when the whole string names one ("Agence France-Presse" -> "AFP")."""
    match = _AGENCY_ALONE.match(text.strip())
    return canonical_agency(match.group(1)) if match else None


def canonical_agency(alias: str) -> str:
    return _CANONICAL.get(re.sub(r"\s+", " ", alias).casefold(), alias)


def dateline_agency(paragraph: str) -> str | None:
    """The agency of a wire dateline such as "MOSCOW (Reuters) -" or a trailing "— AFP"."""
    for pattern in (_DATELINE, _SIGN_OFF):
        match = pattern.search(paragraph[:200] if pattern is _DATELINE else paragraph[-60:])
        if match:
            return canonical_agency(match.group(1))
    return None


@dataclass(frozen=True, slots=True)
class Hints:
    """What a surrounding record (feed entry, corpus line) already says about an article."""

    title: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_at: datetime | None = None
    language: str | None = None


# --- bylines -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Byline:
    authors: tuple[str, ...] = ()
    agency: str | None = None
    published: date | None = None
    published_at: datetime | None = None


_BYLINE_START = re.compile(
    r"^(?:by|written by|words by|reporting by|story by|text by|von|par|por)\s*:?\s+(.+)$",
    re.IGNORECASE,
)
_AUTHOR_LABEL = re.compile(r"^(?:authors?|byline|reporter|writer)\s*:\s*(.+)$", re.IGNORECASE)
_PARTS = re.compile(r"\s+[|•·]\s+|\s+[—–]\s+")
_AGENCY_TAIL = re.compile(
    rf"(?:^|\s*(?:,|;|/|\||\(|\bfor\b|\bfrom\b|\bvia\b|\bwith\b|\band\b)\s*)"
    rf"(?:(?i:the)\s+)?({AGENCY_PATTERN})(?:\s+(?i:staff|news|reporters?))?\)?\.?\s*$"
)
_FOR_TAIL = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w.&' -]*$")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*", re.IGNORECASE)
_ROLE = re.compile(
    r"^(?:(?:senior|chief|special|staff|foreign|political|economics|business|science|"
    r"technology|health|diplomatic|defen[cs]e|security|white house|washington|europe|asia|"
    r"middle east|africa|moscow|london|paris|beijing|our|a|an|the)\s+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|analyst|"
    r"bureau chief|staff|staff writer|news service|and agencies|agencies|reporters)s?$",
    re.IGNORECASE,
)
_ROLE_WORD = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|analyst|"
    r"chief|staff|producer|photographer|producer)s?\b",
    re.IGNORECASE,
)
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w.' -]*$")
_NAME_WORD = re.compile(
    r"^(?:[A-Z\u00c0-\u024f][\w.'’-]*|de|da|del|della|der|den|van|von|bin|al|la|le|du|dos|y|ibn|el)$"
)


def _is_name(part: str) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= 5
        and not any(ch.isdigit() for ch in part)
        and all(_NAME_WORD.match(w) for w in words)
        and words[0][0].isupper()
    )


def parse_byline(line: str) -> Byline | None:
    """Read a byline: "By A and B for AFP", "By A, Staff Writer | Dec 6, 2021", "Author: A"."""
    line = re.sub(r"[*_]+", "", line).strip().lstrip("#").strip()
    if len(line) > 200:
        return None
    match = _BYLINE_START.match(line) or _AUTHOR_LABEL.match(line)
    if not match:
        return None
    published: date | None = None
    published_at: datetime | None = None
    names_part = ""
    agency = None
    for i, piece in enumerate(_PARTS.split(match.group(1))):
        parsed = parse_date_line(piece) if i else None
        if parsed:
            published, published_at = parsed
        elif i and agency_name(piece):
            agency = agency_name(piece)
        elif i == 0 or not names_part:
            names_part = piece
    tail = _AGENCY_TAIL.search(names_part)
    if tail:
        agency = canonical_agency(tail.group(1))
        names_part = names_part[: tail.start()]
    names_part = _FOR_TAIL.sub("", names_part.strip().rstrip(",;"))
    authors: list[str] = []
    for raw in _NAME_SPLIT.split(names_part):
        part = _PLACE_TAIL.sub("", raw.strip().strip(".,"))
        if not part or _ROLE.match(part) or (authors and _ROLE_WORD.search(part)):
            continue
        if not _is_name(part):
            return None
        authors.append(part)
    if not authors and agency is None:
        return None
    return Byline(tuple(authors), agency, published, published_at)


def split_authors(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Authors from a metadata value: a list, or a string joined with ';', ',' or 'and'."""
    if not value:
        return ()
    parts = value if isinstance(value, list | tuple) else re.split(r"\s*;\s*|\s*\|\s*", value)
    names: list[str] = []
    for part in parts:
        for name in _NAME_SPLIT.split(str(part)):
            name = re.sub(r"^by\s+", "", name.strip(), flags=re.IGNORECASE).strip(" .,")
            if name and not _ROLE.match(name) and name not in names:
                names.append(name)
    return tuple(names)


# --- dates -------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            # English, then French, German and Spanish names.
            ("january", "jan", "janvier", "januar", "enero"),
            ("february", "feb", "février", "fevrier", "februar", "febrero"),
            ("march", "mar", "mars", "märz", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juin", "juni", "junio"),
            ("july", "jul", "juillet", "juli", "julio"),
            ("august", "aug", "août", "aout", "agosto"),
            ("september", "sept", "sep", "septembre", "septiembre"),
            ("october", "oct", "octobre", "oktober", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "décembre", "decembre", "dezember", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TIME = (
    r"(?:\s*(?:,|at|[|·-])?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?P<zone>Z|UTC|GMT|[A-Z]{2,4}T?|[+-]\d{2}:?\d{2})?"
    r"(?P<offset>\s*[+-]\d{1,2}(?::?\d{2})?)?)?"
)
_DATE_FORMS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b{_TIME}",
        rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b{_TIME}",
        rf"\b{_YEAR}-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})(?:[T ](?P<hour>\d{{2}}):(?P<minute>\d{{2}})"
        r"(?::(?P<second>\d{2}))?(?:\.\d+)?\s*(?P<zone>Z|UTC|GMT)?(?P<offset>[+-]\d{2}:?\d{2})?)?",
        rf"\b{_YEAR}/(?P<mnum>\d{{1,2}})/(?P<day>\d{{1,2}})\b{_TIME}",
        rf"\b(?P<first>\d{{1,2}})([/.])(?P<second_part>\d{{1,2}})\2{_YEAR}\b{_TIME}",
    )
)
_DATE_LABEL = re.compile(
    r"\b(?:published|posted|updated|last updated|first published|modified|date|dated|"
    r"released|on|at|am|um|le|el|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?",
    re.IGNORECASE,
)
_ZONES = {
    "Z": 0,
    "UTC": 0,
    "GMT": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "JST": 9,
    "KST": 9,
    "HKT": 8,
    "SGT": 8,
    "AEST": 10,
    "AEDT": 11,
}


def _zone(zone: str | None, offset: str | None) -> timezone | None:
    text = (offset or "").strip() or (zone or "")
    if text.upper() in _ZONES:
        base = _ZONES[text.upper()]
        extra = (offset or "").strip() if zone and zone.upper() in ("UTC", "GMT") else ""
        if extra:
            return _zone(None, extra)
        return timezone(timedelta(hours=base))
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", text)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0)))


def find_date(text: str) -> tuple[date, datetime | None, re.Match[str]] | None:
    """The first calendar date written in the text, with its time when one follows it."""
    best: tuple[date, datetime | None, re.Match[str]] | None = None
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            parts = match.groupdict()
            if parts.get("first"):
                parts.update(_numeric_day_month(int(parts["first"]), int(parts["second_part"])))
                if not parts.get("day"):
                    continue
            month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower()]
            try:
                day = date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            stamp = None
            if parts.get("hour") is not None:
                hour = int(parts["hour"])
                ampm = (parts.get("ampm") or "").lower()
                if ampm.startswith("p") and hour < 12:
                    hour += 12
                elif ampm.startswith("a") and hour == 12:
                    hour = 0
                if hour < 24 and int(parts["minute"]) < 60:
                    stamp = datetime(
                        day.year,
                        day.month,
                        day.day,
                        hour,
                        int(parts["minute"]),
                        int(parts.get("second") or 0),
                        tzinfo=_zone(parts.get("zone"), parts.get("offset")),
                    )
            if best is None or match.start() < best[2].start():
                best = (day, stamp, match)
            break
    return best


def _numeric_day_month(first: int, second: int) -> dict[str, str]:
    """Day and month of "25/12/2021" or "12/25/2021"; nothing when either order fits.

    "06/12/2021" is the 6th of December in most of the world and June 12th in the United
    States: rather than guess, such a date is not read.
    """
    if first > 12 >= second or first == second:
        return {"day": str(first), "mnum": str(second)}
    if second > 12 >= first:
        return {"day": str(second), "mnum": str(first)}
    return {}


def parse_date_line(line: str) -> tuple[date, datetime | None] | None:
    """A line that is only a date ("December 06, 2021", "Published: Mon 6 Dec 2021 10:32 GMT")."""
    line = line.strip().strip("*_#").strip()
    if len(line) > 80:
        return None
    found = find_date(line)
    if not found:
        return None
    day, stamp, match = found
    rest = _DATE_LABEL.sub(" ", line[: match.start()] + " " + line[match.end() :])
    if re.search(r"[A-Za-z]{2,}", re.sub(r"\b(?:ET|PT|CT|local time|time|hrs?)\b", "", rest)):
        return None
    return day, stamp


def date_in_url(url: str | None) -> date | None:
    """The date many news sites put in their paths: /2021/12/06/ or /20211206/."""
    if not url:
        return None
    match = re.search(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|-|_|$)", urlsplit(url).path)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def parse_iso_datetime(value: str | None) -> tuple[date, datetime | None] | None:
    """Read an ISO-8601 date or timestamp as found in meta tags and JSON-LD."""
    if not value:
        return None
    value = value.strip()
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = find_date(value)
        return (found[0], found[1]) if found else None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return stamp.date(), None
    return stamp.date(), stamp


# --- publishers and URLs -----------------------------------------------------------------------


@cache
def publisher_table() -> dict[str, str]:
    """Domain -> publisher name, from the bundled table of news sites."""
    with resources.files("foretold.data").joinpath("publishers.csv").open(encoding="utf-8") as f:
        return {row["domain"].strip().lower(): row["name"].strip() for row in csv.DictReader(f)}


def url_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def publisher_for_url(url: str | None) -> str | None:
    """The publisher's name for a URL, looking the domain and its parents up in the table."""
    host = url_host(url)
    if not host:
        return None
    table = publisher_table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = table.get(".".join(labels[i:]))
        if name:
            return name
    return None


_URL_START = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
_URL_PIECE = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")


def repair_url(text: str) -> str | None:
    """A URL from a labelled value, joining the pieces that line breaks or spaces split it into.

    "https://example.com/2021/a-long-sl ug-123" -> "https://example.com/2021/a-long-slug-123".
    Pieces are joined while they are made only of URL characters.
    """
    start = _URL_START.search(text)
    if not start:
        return None
    pieces: list[str] = []
    for piece in text[start.start() :].split():
        if not _URL_PIECE.match(piece):
            break
        pieces.append(piece)
    url = "".join(pieces).rstrip(".,;:)]'\"")
    if url.lower().startswith("www."):
        url = "https://" + url
    host = url_host(url)
    return url if host and "." in host else None


def canonical_domain(url: str | None) -> str | None:
    host = url_host(url)
    if host is None:
        return None
    return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
