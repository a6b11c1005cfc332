"""Lines that are not part of a story: links to other stories, ads, sign-ups, photo captions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from foretold.ingest.metadata import AGENCY_PATTERN, repair_url
from foretold.records import Caption

_LABELLED = re.compile(
    r"^(?:related(?: articles?| stories| story| coverage| content| news| reading| links?)?|"
    r"recommended(?: reading| stories)?|read (?:more|also|next|this)|also read|see also|"
    r"more(?: on this story| from \w+(?: \w+)?| coverage| stories)?|further reading|"
    r"you (?:may|might) also like|most (?:read|popular|viewed)|trending|editor'?s picks?|"
    r"watch(?: now)?|listen(?: now)?|video|podcast|opinion|sponsored|advertisement|"
    r"top stories|latest(?: news)?|what to read next|more reading|previously)"
    r"\s*[:|»>—–-]\s*.*$",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|"
    r"(?:the )?story continues(?: below(?: advertisement)?)?|"
    r"continue reading(?: below| the main story)?|"
    r"read more|read the full (?:story|article)|show more|load more|more|see more|"
    r"share(?: this)?(?: (?:article|story|page))?|share (?:on|via) \w+|tweet|email|print|"
    r"comments?|\d+ comments?|skip to (?:main )?content|listen to this article(?: \d+ min)?|"
    r"\d+ min(?:ute)? read|back to top|top of page|open in app|loading\.*|log ?in|register|"
    r"subscribe(?: now| today)?|newsletter|get our newsletter|all rights reserved\.?|"
    r"image|photo|video|gallery|play video|watch video|close|menu|search|home|next|previous|"
    r"facebook|twitter|linkedin|whatsapp|reddit|copy link|link copied)[.!:]?$",
    re.IGNORECASE,
)
_SHORT_STARTS = re.compile(
    r"^(?:sign up (?:for|to|now|here)|subscribe (?:to|for|now|today)|"
    r"click here|tap here|follow (?:us|@|\w+ on)|download (?:our|the) app|"
    r"get (?:the|our) (?:latest|best|top)|don't miss|never miss|join (?:us|our)|"
    r"support (?:our|independent) journalism|"
    r"(?:this|the) (?:article|story) (?:was|is|has been) (?:originally |first )?"
    r"(?:published|republished|updated|corrected)|originally published|first published in|"
    r"copyright\b|©|\(c\) ?\d{4}|image source,|media caption,|"
    r"reporting by .+(?:;|editing by)|additional reporting by|editing by|compiled by|"
    r"we use cookies|this site uses cookies|by continuing to|"
    r"this (?:article|story|work|text) is (?:from|licensed|available|published|distributed)\b|"
    r".{0,120}\b(?:available|licensed|released|published|distributed) under\b.{0,80}"
    r"\b(?:creative commons|cc[ -]by)|"
    r"(?:photo(?:graph)?|image|picture|credit)s?(?:\s+by|\s+credit|\s*:)\s*[^.!?]{2,60}$)",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"^(?:#{1,6}|>|[*•·▪►»-])\s+|^[*_]{1,3}|[*_]{1,3}$")


def strip_markup(line: str) -> str:
    """A line without Markdown heading, quote, bullet or emphasis marks."""
    return _MARKUP.sub("", _MARKUP.sub("", line.strip())).strip()


def is_boilerplate(line: str) -> bool:
    """True for a line that belongs to the page around a story rather than to the story."""
    text = strip_markup(line)
    if not text:
        return False
    if _WHOLE.match(text):
        return True
    if len(text) > 300:
        return False
    return bool(_LABELLED.match(text) or _SHORT_STARTS.match(text))


# Who took a picture: a web address, a labelled credit, a photo agency, "Name / AGENCY".
_PHOTO_SOURCES = (
    rf"{AGENCY_PATTERN}(?:\s+Photo)?|EPA(?:-EFE)?|Getty(?:\s+Images)?|Shutterstock|Alamy|"
    r"PA\s+(?:Images|Wire|Archive)|ZUMA(?:\s+Press|\s+Wire)?|NurPhoto|SOPA\s+Images|"
    r"Wikimedia\s+Commons|Flickr|Unsplash|Pexels|Handout|Pool|Supplied|File(?:\s+photo)?|"
    r"Press\s+Service|Kremlin\s+Press\s+Service|Sputnik|Imago|dpa\s+picture\s+alliance"
)
_CREDIT = (
    r"(?P<NAME>"
    r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s]*)?"
    r"|(?i:photo(?:graph)?|image|picture|pic|credit|foto|illustration|source)s?"
    r"(?i:\s+by|\s+credit|\s*:)\s*[^.!?]{2,80}"
    r"|(?i:courtesy)(?:\s+of)?\s+[^.!?]{2,80}"
    r"|(?:©|\(c\)|(?i:copyright))\s*[^.!?]{2,80}"
    rf"|(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*/\s*)?(?:{_PHOTO_SOURCES})"
    r"(?:\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?(?:\s+via\s+[\w .'’-]{2,40})?"
    r")"
)
_CAPTION_WITH_CREDIT = re.compile(
    rf"^(?P<caption>.*?[.!?\"”)])\s+\(?\s*{_CREDIT.replace('NAME', 'credit')}\s*\)?\.?$"
    rf"|^(?P<caption2>.+?)\s+(?:\|\s*|\(\s*){_CREDIT.replace('NAME', 'credit2')}\)?\.?$"
)
_CREDIT_LABEL = re.compile(
    r"^(?:photo(?:graph)?|image|picture|pic|credit|foto)s?(?:\s+by|\s+credit|\s*:)\s*",
    re.IGNORECASE,
)
_LABELLED_CAPTION = re.compile(
    r"^(?:photo|image|picture|caption|image caption|pictured)\s*[:,]\s*(?P<caption>.+)$",
    re.IGNORECASE,
)


def split_caption(line: str, *, max_length: int = 400) -> Caption | None:
    """A photo caption with its credit ("Putin and Biden. kremlin.ru"), or None for other text.

    Only a short single line whose end is a credit counts, so a story's own sentences
    ("... she told AFP.") never do.
    """
    text = strip_markup(line)
    if not text or len(text) > max_length or "\n" in text:
        return None
    match = _CAPTION_WITH_CREDIT.match(text)
    if match:
        caption = (match.group("caption") or match.group("caption2")).strip()
        credit = clean_credit(match.group("credit") or match.group("credit2"))
        if len(caption.split()) >= 2 and not _ends_mid_sentence(caption):
            return Caption(caption, credit)
    labelled = _LABELLED_CAPTION.match(text)
    if labelled:
        inner_text = labelled.group("caption").strip()
        inner = split_caption(inner_text, max_length=max_length)
        if inner or len(inner_text.split()) >= 4:
            return inner or Caption(inner_text, None)
    return None


def clean_credit(credit: str) -> str:
    """A credit without its label: "Photo: Maria Lopez" -> "Maria Lopez"."""
    credit = _CREDIT_LABEL.sub("", " ".join(credit.split())).strip().rstrip(".")
    while credit.endswith(")") and credit.count(")") > credit.count("("):
        credit = credit[:-1].rstrip()
    return credit


def _ends_mid_sentence(text: str) -> bool:
    """A caption never ends on words that need a continuation ("the", "of", "said")."""
    last = re.findall(r"[\w']+", text[-30:].lower())
    return bool(last) and last[-1] in {"the", "a", "an", "of", "to", "and", "or", "said", "told"}


_URL_LABEL = re.compile(
    r"^(?:original (?:url|link|article|story)|source(?: url| link)?|url|link|permalink|"
    r"canonical(?: url)?|read (?:it|the original|more) (?:at|on)|originally published (?:at|on|in)|"
    r"this (?:article|story) (?:first )?appeared (?:at|on|in))\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# Headings after which a page lists links rather than story ("Related news", "Sources").
_TAIL_HEADING = re.compile(
    r"^(?:related(?: news| stories| articles| coverage| links| reading)?|sources?|references|"
    r"see also|external links|further reading|more on this story|more from [\w ]+|"
    r"most (?:read|popular|viewed)|read more|you may also like|recommended|comments?|"
    r"tags|topics)\s*:?$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"^(?:<\s*)?(?:https?://|www\.)\S*(?:\s+\S+)*?\s*>?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A story's paragraphs with the captions and the source URL taken out of them."""

    paragraphs: tuple[str, ...]
    captions: tuple[Caption, ...] = ()
    url: str | None = None


def clean_blocks(blocks: list[list[str]]) -> Cleaned:
    """Drop boilerplate lines; take out photo captions and a labelled source-URL footer.

    ``blocks`` are paragraphs, each a list of lines. A footer such as "Original url:" may
    carry its URL on the same line or in the next block, split by spaces or line breaks.
    """
    paragraphs: list[str] = []
    captions: list[Caption] = []
    url: str | None = None
    i = 0
    while i < len(blocks):
        lines = blocks[i]
        i += 1
        label = _URL_LABEL.match(strip_markup(lines[0]))
        if label is not None:
            value = " ".join([label.group("value"), *lines[1:]]).strip()
            if not value and i < len(blocks) and repair_url(" ".join(blocks[i])) is not None:
                value = " ".join(blocks[i])
                i += 1
            found = repair_url(value)
            if found is not None:
                url = url or found
                continue
        if paragraphs and len(lines) == 1 and _TAIL_HEADING.match(strip_markup(lines[0])):
            break
        if len(lines) == 1 and (caption := split_caption(lines[0])) is not None:
            captions.append(caption)
            continue
        kept = [strip_markup(line) if line.startswith("#") else line for line in lines]
        kept = [line for line in kept if not is_boilerplate(line)]
        if kept:
            paragraphs.append("\n".join(kept))
    # A bare address closing the text is where the story came from.
    if paragraphs and _BARE_URL.match(paragraphs[-1]):
        found = repair_url(paragraphs[-1])
        if found is not None:
            url = url or found
            paragraphs.pop()
    return Cleaned(tuple(paragraphs), tuple(captions), url)
