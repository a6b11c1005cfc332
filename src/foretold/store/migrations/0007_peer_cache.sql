-- Peer scores per (question, forecaster), cached so that one forecaster's record reads the
-- scores on their questions instead of recomputing them from everyone's forecasts there.
-- A question is cached while it has a row in `peer_cached`; any change to its score rows or
-- to its resolution drops its cached scores, and the next record that needs them refills them.
CREATE TABLE peer_cached (question_rowid INTEGER PRIMARY KEY);
CREATE TABLE peer_pairs (
    question_rowid INTEGER NOT NULL,
    forecaster     TEXT NOT NULL,
    score          REAL,                 -- NULL: never stood alongside another forecaster
    PRIMARY KEY (forecaster, question_rowid)
) WITHOUT ROWID;
CREATE INDEX peer_pairs_by_question ON peer_pairs (question_rowid);

CREATE TRIGGER peer_cache_row_insert AFTER INSERT ON score_rows BEGIN
    DELETE FROM peer_cached WHERE question_rowid = NEW.question_rowid;
    DELETE FROM peer_pairs WHERE question_rowid = NEW.question_rowid;
END;

CREATE TRIGGER peer_cache_row_update AFTER UPDATE ON score_rows BEGIN
    DELETE FROM peer_cached WHERE question_rowid IN (OLD.question_rowid, NEW.question_rowid);
    DELETE FROM peer_pairs WHERE question_rowid IN (OLD.question_rowid, NEW.question_rowid);
END;

CREATE TRIGGER peer_cache_row_delete AFTER DELETE ON score_rows BEGIN
    DELETE FROM peer_cached WHERE question_rowid = OLD.question_rowid;
    DELETE FROM peer_pairs WHERE question_rowid = OLD.question_rowid;
END;

CREATE TRIGGER peer_cache_question_update AFTER UPDATE ON questions BEGIN
    DELETE FROM peer_cached WHERE question_rowid IN (OLD.rowid, NEW.rowid);
    DELETE FROM peer_pairs WHERE question_rowid IN (OLD.rowid, NEW.rowid);
END;

CREATE TRIGGER peer_cache_question_delete AFTER DELETE ON questions BEGIN
    DELETE FROM peer_cached WHERE question_rowid = OLD.rowid;
    DELETE FROM peer_pairs WHERE question_rowid = OLD.rowid;
END;
