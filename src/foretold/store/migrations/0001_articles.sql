-- Articles: one row per distinct story; syndicated copies point at the first copy.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,      -- hash of the normalised body
    url              TEXT,
    canonical_url    TEXT,
    title            TEXT,
    authors          TEXT NOT NULL DEFAULT '[]',   -- JSON list
    agency           TEXT,
    publisher        TEXT,
    published        TEXT,                  -- ISO date
    published_at     TEXT,                  -- ISO date-time with zone, when known
    language         TEXT,
    body             TEXT NOT NULL,
    paragraphs       TEXT NOT NULL DEFAULT '[]',   -- JSON [[start, end], ...]
    captions         TEXT NOT NULL DEFAULT '[]',   -- JSON [{"text", "credit"}, ...]
    source           TEXT,
    ingested_at      TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    duplicate_of     TEXT REFERENCES articles (id),  -- set for near-duplicates
    similarity       REAL                            -- to duplicate_of
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

-- MinHash band keys, to find near-duplicate candidates without comparing every pair.
CREATE TABLE article_bands (
    band       INTEGER NOT NULL,
    key        INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature  BLOB NOT NULL               -- MinHash values, little-endian uint32
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = 'articles', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.rowid, old.title, old.body);
END;
