-- People, organisations and groups across articles, with their aliases, roles and statements.
CREATE TABLE people (
    id         TEXT PRIMARY KEY,         -- person_id of the canonical name (suffixed when ambiguous)
    name       TEXT NOT NULL,
    norm       TEXT NOT NULL,            -- normalised name
    kind       TEXT NOT NULL DEFAULT 'person',   -- person | organization | group
    ambiguous  TEXT,                     -- JSON list of ids this bare name could also be
    first_seen TEXT,                     -- ISO date of the earliest article
    last_seen  TEXT
);
CREATE INDEX people_norm ON people (norm);

CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    norm      TEXT NOT NULL,
    PRIMARY KEY (person_id, norm)
) WITHOUT ROWID;
CREATE INDEX person_aliases_norm ON person_aliases (norm);

-- A role as one article states it, with the article's date.
CREATE TABLE person_roles (
    person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    stated_on  TEXT,
    PRIMARY KEY (person_id, role, article_id)
) WITHOUT ROWID;

-- Which article mentions whom, under which name.
CREATE TABLE person_articles (
    person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    PRIMARY KEY (person_id, article_id)
) WITHOUT ROWID;
CREATE INDEX person_articles_article ON person_articles (article_id);

CREATE TABLE statements (
    id            TEXT PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id     TEXT REFERENCES people (id),   -- the stored person (may differ from speaker_id)
    speaker       TEXT,
    speaker_id    TEXT,
    speaker_role  TEXT,
    mention_text  TEXT,
    mention_start INTEGER,
    mention_end   INTEGER,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    cue           TEXT,
    said_on       TEXT,
    extractor     TEXT NOT NULL
);
CREATE INDEX statements_person ON statements (person_id);
CREATE INDEX statements_article ON statements (article_id);
