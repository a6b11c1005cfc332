"""Articles in the SQLite store: insert (idempotent, near-duplicate aware), list, search, show."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from foretold.dedupe import THRESHOLD, Signature, signature
from foretold.records import Article, Caption, Paragraph
from foretold.store.lookup import row_by_id
from foretold.store.values import iso

PutStatus = Literal["new", "duplicate", "near-duplicate"]


@dataclass(frozen=True, slots=True)
class PutResult:
    """What storing an article did: ``duplicate_of`` names the first copy when it was one."""

    article_id: str
    status: PutStatus
    duplicate_of: str | None = None
    similarity: float | None = None


def insert_article(conn: sqlite3.Connection, article: Article) -> PutResult:
    """Insert an article unless it is already stored; link near-duplicates to the first copy."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
        return PutResult(article.id, "duplicate", article.id, 1.0)
    sig = signature(article.text)
    original, similarity = _nearest_copy(conn, sig)
    conn.execute(
        "INSERT INTO articles (id, url, canonical_url, title, authors, agency, publisher,"
        " published, published_at, language, body, paragraphs, captions, source, ingested_at,"
        " pipeline_version, duplicate_of, similarity)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id,
            article.url,
            article.canonical_url,
            article.title,
            json.dumps(list(article.authors)),
            article.agency,
            article.publisher,
            iso(article.published),
            iso(article.published_at),
            article.language,
            article.text,
            json.dumps([[p.start, p.end] for p in article.paragraphs]),
            json.dumps([{"text": c.text, "credit": c.credit} for c in article.captions]),
            article.source,
            iso(article.ingested_at) or datetime.now().isoformat(),
            article.pipeline_version or "",
            original,
            similarity,
        ),
    )
    if original is not None:
        return PutResult(article.id, "near-duplicate", original, similarity)
    conn.execute("INSERT INTO article_signatures VALUES (?, ?)", (article.id, sig.to_bytes()))
    conn.executemany(
        "INSERT OR IGNORE INTO article_bands VALUES (?, ?, ?)",
        [(band, key, article.id) for band, key in enumerate(sig.bands())],
    )
    return PutResult(article.id, "new")


def _nearest_copy(conn: sqlite3.Connection, sig: Signature) -> tuple[str | None, float | None]:
    """The most similar stored original above the threshold, found through shared LSH bands."""
    keys = list(enumerate(sig.bands()))
    clause = " OR ".join("(band = ? AND key = ?)" for _ in keys)
    params = [v for pair in keys for v in pair]
    candidates = conn.execute(
        f"SELECT DISTINCT s.article_id, s.signature FROM article_bands b"
        f" JOIN article_signatures s ON s.article_id = b.article_id WHERE {clause}",
        params,
    ).fetchall()
    best: tuple[str | None, float | None] = (None, None)
    for row in candidates:
        similarity = sig.similarity(Signature.from_bytes(row["signature"]))
        if similarity >= THRESHOLD and (best[1] is None or similarity > best[1]):
            best = (row["article_id"], similarity)
    return best


class ArticleQueries:
    """Read articles back."""

    conn: sqlite3.Connection

    def has_article(self, article_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def get_article(self, article_id: str) -> Article:
        return article_from_row(row_by_id(self.conn, "articles", article_id, "article"))

    def list_articles(self, search: str | None = None, limit: int = 100) -> list[sqlite3.Row]:
        """Article summaries, newest first; ``search`` is an FTS5 query over titles and bodies."""
        columns = "a.id, a.title, a.publisher, a.published, a.duplicate_of, a.language"
        if search:
            return self.conn.execute(
                f"SELECT {columns} FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (_fts_query(search), limit),
            ).fetchall()
        return self.conn.execute(
            f"SELECT {columns} FROM articles a ORDER BY a.published DESC, a.ingested_at DESC"
            " LIMIT ?",
            (limit,),
        ).fetchall()

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["body"],
        title=row["title"],
        url=row["url"],
        canonical_url=row["canonical_url"],
        authors=tuple(json.loads(row["authors"])),
        agency=row["agency"],
        publisher=row["publisher"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        published_at=datetime.fromisoformat(row["published_at"]) if row["published_at"] else None,
        language=row["language"],
        paragraphs=tuple(Paragraph(s, e) for s, e in json.loads(row["paragraphs"])),
        captions=tuple(Caption(c["text"], c["credit"]) for c in json.loads(row["captions"])),
        source=row["source"],
        ingested_at=datetime.fromisoformat(row["ingested_at"]),
        pipeline_version=row["pipeline_version"],
    )


def _fts_query(text: str) -> str:
    """Quote each word so user input is never parsed as FTS5 syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())
