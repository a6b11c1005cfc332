-- Questions, the forecasts filed under them, and what reality answered.
CREATE TABLE questions (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    criteria    TEXT,
    opened      TEXT,                 -- ISO date
    closes      TEXT,                 -- ISO date
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    outcome     TEXT CHECK (outcome IN ('yes', 'no', 'annulled')),
    resolved_on TEXT,                 -- ISO date
    source      TEXT,                 -- a note or a link
    created_at  TEXT NOT NULL
);

-- A forecast filed under a question. `negated` = the forecast predicts the opposite of "yes".
-- Rows with by = 'person' record a human decision and always win over the machine's.
CREATE TABLE links (
    forecast_id TEXT NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    negated     INTEGER NOT NULL DEFAULT 0,
    confidence  REAL NOT NULL DEFAULT 1.0,
    by          TEXT NOT NULL CHECK (by IN ('machine', 'person')),
    removed     INTEGER NOT NULL DEFAULT 0,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (forecast_id, question_id)
);
CREATE INDEX links_by_question ON links (question_id, removed);

-- Whether the condition of a conditional forecast was met (a person's decision).
CREATE TABLE conditions (
    forecast_id TEXT PRIMARY KEY,
    met         INTEGER NOT NULL,
    decided_at  TEXT NOT NULL
);
