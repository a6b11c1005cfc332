"""HTML pages: the story through trafilatura, metadata from the page's own markup."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from lxml import html as lxml_html
from lxml.etree import ParserError

from foretold.errors import IngestError
from foretold.ingest.article import make_article
from foretold.ingest.boilerplate import clean_blocks, clean_credit, split_caption
from foretold.ingest.metadata import (
    Hints,
    agency_name,
    date_in_url,
    dateline_agency,
    parse_byline,
    parse_iso_datetime,
    publisher_for_url,
    split_authors,
)
from foretold.ingest.options import ReadOptions
from foretold.ingest.plaintext import Header, read_header
from foretold.records import Article, Caption

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
)
_BYLINE_XPATH = (
    "//*[contains(@class,'byline') or contains(@id,'byline') or @itemprop='author'"
    " or contains(@class,'author') or @rel='author']"
)
_CREDIT_XPATH = (
    ".//*[contains(@class,'credit') or contains(@class,'copyright') or contains(@class,'source')"
    " or contains(@class,'photographer') or self::small or self::cite]"
)
_OFF_STORY = re.compile(r"related|promo|sidebar|recommend|newsletter|teaser|footer|nav", re.I)
_MIN_PARAGRAPH_WORDS = 10
_MIN_WORDS = 20
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "figcaption",
        "section",
        "article",
        "pre",
        "tr",
        "ul",
        "ol",
    ]
)


def parse_tree(page: str | bytes, source: str) -> lxml_html.HtmlElement:
    """Parse HTML leniently; raise `IngestError` when nothing can be parsed at all."""
    try:
        tree = lxml_html.document_fromstring(page)
    except (ParserError, ValueError) as error:
        raise IngestError(source, f"unreadable HTML ({error})") from None
    return tree


def read_html(
    page: str,
    *,
    source: str | None,
    url: str | None = None,
    options: ReadOptions,
    hints: Hints | None = None,
) -> Article:
    """Read one news page. With ``options.body_only`` the page text is taken as it stands."""
    label = source or url or "<html>"
    if options.body_only:
        return make_article(page, published=options.published, source=source, clean=False)
    hints = hints or Hints()
    tree = parse_tree(page, label)
    figure_captions = list(_figure_captions(tree))
    byline = _byline(tree)
    structured = _structured(tree)
    doc = _extract(tree, url) or _extract(page, url, favor_recall=True)
    text = doc.get("text") or ""
    if not text.strip():
        raise IngestError(label, "no article text found in the HTML")
    title = hints.title or doc.get("title") or structured.get("headline")

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and _same(lines[0], title):
        lines.pop(0)
    header = Header(title=title)
    if byline:
        header.take_byline(byline)
    lines = lines[read_header(lines, header, title=False) :]
    cleaned = clean_blocks([[line] for line in lines])
    captions = _merge_captions(figure_captions, cleaned.captions)
    caption_texts = {c.text.casefold() for c in captions}
    paragraphs = [p for p in cleaned.paragraphs if p.casefold() not in caption_texts]
    if not _has_story(paragraphs):
        raise IngestError(label, "no article text found in the HTML (only page furniture)")

    page_url = doc.get("url")
    url = url or hints.url or cleaned.url or page_url
    authors, agency = _authors_and_agency(header.authors or split_authors(doc.get("author")))
    agency = header.agency or agency or dateline_agency(paragraphs[0]) or hints.agency
    published, published_at = _publication(structured, doc, header, hints, url, options)
    return make_article(
        "\n\n".join(paragraphs),
        title=title,
        url=url,
        canonical_url=page_url if page_url and page_url != url else None,
        authors=authors or hints.authors,
        agency=agency,
        publisher=_publisher(url, page_url, structured, doc) or hints.publisher,
        published=published,
        published_at=published_at,
        captions=captions,
        language=hints.language,
        source=source,
    )


def _extract(page: Any, url: str | None, *, favor_recall: bool = False) -> dict[str, Any]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_recall=favor_recall,
        # Dates from the page's markup only: a free-text search takes "since 2019" for one.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or not (extracted.text or "").strip():
        return {}
    return dict(extracted.as_dict())


def _has_story(paragraphs: list[str]) -> bool:
    """At least one real paragraph: menus and footers are lists of a few words each."""
    counts = [len(p.split()) for p in paragraphs]
    return bool(counts) and max(counts) >= _MIN_PARAGRAPH_WORDS and sum(counts) >= _MIN_WORDS


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.casefold()))

    return norm(a) == norm(b)


def _authors_and_agency(names: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """Split page authors into people and a wire service named as an author ("AFP")."""
    people, agency = [], None
    for name in names:
        found = agency_name(name)
        if found:
            agency = agency or found
        else:
            people.append(name)
    return tuple(people), agency


def _publication(
    structured: dict[str, Any],
    doc: dict[str, Any],
    header: Header,
    hints: Hints,
    url: str | None,
    options: ReadOptions,
) -> tuple[date | None, datetime | None]:
    parsed = parse_iso_datetime(structured.get("datePublished"))
    if parsed:
        return parsed
    page_date = parse_iso_datetime(doc.get("date"))
    if page_date:
        return page_date[0], None
    if header.published:
        return header.published, header.published_at
    if hints.published:
        return hints.published, hints.published_at
    return date_in_url(url) or options.published, None


def _publisher(
    url: str | None, page_url: str | None, structured: dict[str, Any], doc: dict[str, Any]
) -> str | None:
    """The bundled table's name for the domain first (names stay consistent), then the page's."""
    for candidate in (url, page_url):
        name = publisher_for_url(candidate)
        if name:
            return name
    for name in (structured.get("publisher"), doc.get("sitename")):
        if isinstance(name, str) and name.strip() and not re.search(r"^@|\.\w{2,4}$", name):
            return name.strip()
    return None


# --- markup the extractor does not report ------------------------------------------------------


def _structured(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """datePublished, headline and publisher from JSON-LD and meta tags."""
    found: dict[str, Any] = {}
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "null")
        except ValueError:
            continue
        for item in _json_ld_items(data):
            if "datePublished" in item and "datePublished" not in found:
                found["datePublished"] = str(item["datePublished"])
            if "headline" in item and "headline" not in found:
                found["headline"] = str(item["headline"])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and publisher.get("name") and "publisher" not in found:
                found["publisher"] = str(publisher["name"])
    if "datePublished" not in found:
        for meta in tree.xpath("//meta[@content]"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            if key in _DATE_META:
                found["datePublished"] = meta.get("content")
                break
        else:
            stamps = tree.xpath(
                "//time[@datetime][@itemprop='datePublished' or @pubdate"
                " or contains(@class,'publish')]/@datetime"
            )
            if stamps:
                found["datePublished"] = str(stamps[0])
    return found


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_ld_items(data["@graph"])


def _byline(tree: lxml_html.HtmlElement) -> Any:
    """The first byline in the page's byline or author elements that reads as one."""
    best = None
    for element in tree.xpath(_BYLINE_XPATH)[:12]:
        if _off_story(element):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > 200:
            continue
        byline = parse_byline(text) or parse_byline("By " + text)
        if byline is None:
            continue
        if byline.agency or len(byline.authors) > len(best.authors if best else ()):
            best = byline
        if best.agency and best.authors:
            break
    return best


def _off_story(element: lxml_html.HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("aside", "nav", "footer"):
            return True
        if _OFF_STORY.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def _figure_captions(tree: lxml_html.HtmlElement) -> Iterator[Caption]:
    """Captions of the story's figures, with credits from credit elements or the text."""
    for figcaption in tree.xpath("//figcaption | //*[contains(@class,'wp-caption-text')]"):
        if _off_story(figcaption):
            continue
        credits = figcaption.xpath(_CREDIT_XPATH)
        credit_text = " ".join(" ".join(c.text_content().split()) for c in credits) or None
        for element in credits:
            element.drop_tree()
        text = " ".join(figcaption.text_content().split())
        if credit_text is None:
            split = split_caption(text)
            if split is not None:
                yield split
                continue
        if text:
            yield Caption(text, clean_credit(credit_text) if credit_text else None)


def _merge_captions(first: list[Caption], second: tuple[Caption, ...]) -> tuple[Caption, ...]:
    merged: list[Caption] = []
    seen: set[str] = set()
    for caption in [*first, *second]:
        key = caption.text.casefold()
        if key not in seen:
            seen.add(key)
            merged.append(caption)
    return tuple(merged)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's summary), one paragraph per block element."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for element in root.xpath("//script | //style"):
        element.drop_tree()
    for element in root.iter():
        if element.tag in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    return str(root.text_content())
