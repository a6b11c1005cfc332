-- Forecasts read from articles: who predicted what, how sure, by when, on what condition.
CREATE TABLE forecasts (
    id                TEXT PRIMARY KEY,      -- record_id(article id, start, end, kind, proposition)
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL DEFAULT 'forecast' CHECK (kind IN ('forecast', 'intention')),
    forecaster        TEXT NOT NULL,
    forecaster_id     TEXT,
    forecaster_role   TEXT,
    statement         TEXT NOT NULL,         -- the evidence: article body [start:end]
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    statement_id      TEXT,
    proposition       TEXT NOT NULL,
    probability       REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
    probability_words TEXT NOT NULL DEFAULT '[]',  -- JSON list of the words it came from
    condition         TEXT,
    horizon_start     TEXT,                  -- ISO date
    horizon_end       TEXT,                  -- ISO date
    horizon_text      TEXT,
    said_on           TEXT,                  -- ISO date
    extractor         TEXT NOT NULL
);
CREATE INDEX forecasts_article ON forecasts (article_id);
CREATE INDEX forecasts_forecaster_id ON forecasts (forecaster_id);
CREATE INDEX forecasts_said_on ON forecasts (said_on);

CREATE VIRTUAL TABLE forecasts_fts USING fts5 (
    forecaster, proposition, statement,
    content = 'forecasts', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER forecasts_fts_insert AFTER INSERT ON forecasts BEGIN
    INSERT INTO forecasts_fts (rowid, forecaster, proposition, statement)
    VALUES (new.rowid, new.forecaster, new.proposition, new.statement);
END;
CREATE TRIGGER forecasts_fts_delete AFTER DELETE ON forecasts BEGIN
    INSERT INTO forecasts_fts (forecasts_fts, rowid, forecaster, proposition, statement)
    VALUES ('delete', old.rowid, old.forecaster, old.proposition, old.statement);
END;
