"""A work or a product is no one: the tagger may read the title of a film, a show or a piece
of software as a person's name ("mockumentary Mister America had its premiere", "web browser
Safari"), but a name written right after a lower-case noun for a work or a product that it
stands beside names that work, which makes no record in the people table."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from foretold.attribution.cues import word_set
from foretold.attribution.token_index import tokens_spelled

# Nouns for a work or a product that a title follows ("the film Velo Nights", "browser Velo").
WORK_NOUNS = word_set(
    """
    film movie documentary mockumentary docudrama sitcom series show programme miniseries
    podcast episode concert
    album song single novel book memoir play musical opera painting sculpture
    browser software system game console smartphone tablet laptop spacecraft rocket
    telescope satellite vessel ship yacht aircraft airliner jet
    """
)


def work_titles(doc: Doc) -> frozenset[str]:
    """The titles the article gives to works or products: the run of proper nouns a
    lower-case noun for a work or a product modifies ("the documentary Velo Nights", "web
    browser Velo") or stands in apposition to ("its operating system, Velo Leopard"). The noun
    must be the word right before the title (or before a comma before it), so "film director
    Ann Lee" (a director) names no work."""
    titles = set()
    for noun in tokens_spelled(doc, WORK_NOUNS):  # in lower case, as the nouns are listed
        if noun.i + 1 >= len(doc):
            continue
        first = noun.i + 2 if doc[noun.i + 1].text == "," else noun.i + 1
        end = first
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == first:
            continue
        title = doc[first:end]
        root = title.root
        if noun.head in title or (root.dep_ == "appos" and root.head.i == noun.i):
            titles.add(title.text)
    return frozenset(titles)


def names_work(ent: Span, titles: frozenset[str]) -> bool:
    """Whether a name is one of the article's work titles (``work_titles``), also with the
    capitalised words the tagger left before it ("Mister America" tagged "America")."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    return ent.text in titles or doc[start : ent.end].text in titles
