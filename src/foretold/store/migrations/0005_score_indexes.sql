-- What scoring reads: indexes, and `score_rows`, one row per link with the linked forecast's
-- scoring fields, kept current by triggers, so a leaderboard reads one table instead of
-- joining a million links to their forecasts.

-- One row per (forecast, question) link. `counts` is 1 when the pair can be scored: the
-- forecast is a forecast (not an intention), the link was not removed, and the forecast is not
-- void (a condition marked unmet). Days are days since 1970-01-01.
CREATE TABLE score_rows (
    forecast_id    TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    question_rowid INTEGER NOT NULL,
    forecaster     TEXT NOT NULL,        -- forecaster_id, else the name
    p_yes          REAL NOT NULL,        -- probability of the question's "yes" (negation applied)
    said_day       REAL,
    horizon_day    REAL,                 -- the horizon's last day
    counts         INTEGER NOT NULL,
    PRIMARY KEY (forecast_id, question_id)
) WITHOUT ROWID;
CREATE INDEX score_rows_by_question ON score_rows (
    question_rowid, counts, forecaster, p_yes, said_day, horizon_day
);
CREATE INDEX score_rows_by_forecaster ON score_rows (forecaster, counts, question_rowid);

-- Refresh the rows of one link, of one forecast's links; drop them when the link goes.
CREATE TRIGGER score_rows_link_insert AFTER INSERT ON links BEGIN
    DELETE FROM score_rows WHERE forecast_id = NEW.forecast_id AND question_id = NEW.question_id;
    INSERT INTO score_rows
    SELECT l.forecast_id, l.question_id, q.rowid, COALESCE(f.forecaster_id, f.forecaster),
           CASE WHEN l.negated THEN 1.0 - f.probability ELSE f.probability END,
           julianday(f.said_on) - 2440587.5, julianday(f.horizon_end) - 2440587.5,
           f.kind = 'forecast' AND l.removed = 0 AND NOT (
               COALESCE(f.condition, '') <> ''
               AND EXISTS (SELECT 1 FROM conditions c WHERE c.forecast_id = f.id AND c.met = 0))
    FROM links l JOIN forecasts f ON f.id = l.forecast_id JOIN questions q ON q.id = l.question_id
    WHERE l.forecast_id = NEW.forecast_id AND l.question_id = NEW.question_id;
END;

CREATE TRIGGER score_rows_link_update AFTER UPDATE ON links BEGIN
    DELETE FROM score_rows WHERE forecast_id = OLD.forecast_id AND question_id = OLD.question_id;
    DELETE FROM score_rows WHERE forecast_id = NEW.forecast_id AND question_id = NEW.question_id;
    INSERT INTO score_rows
    SELECT l.forecast_id, l.question_id, q.rowid, COALESCE(f.forecaster_id, f.forecaster),
           CASE WHEN l.negated THEN 1.0 - f.probability ELSE f.probability END,
           julianday(f.said_on) - 2440587.5, julianday(f.horizon_end) - 2440587.5,
           f.kind = 'forecast' AND l.removed = 0 AND NOT (
               COALESCE(f.condition, '') <> ''
               AND EXISTS (SELECT 1 FROM conditions c WHERE c.forecast_id = f.id AND c.met = 0))
    FROM links l JOIN forecasts f ON f.id = l.forecast_id JOIN questions q ON q.id = l.question_id
    WHERE l.forecast_id = NEW.forecast_id AND l.question_id = NEW.question_id;
END;

CREATE TRIGGER score_rows_link_delete AFTER DELETE ON links BEGIN
    DELETE FROM score_rows WHERE forecast_id = OLD.forecast_id AND question_id = OLD.question_id;
END;

CREATE TRIGGER score_rows_forecast_insert AFTER INSERT ON forecasts BEGIN
    DELETE FROM score_rows WHERE forecast_id = NEW.id;
    INSERT INTO score_rows
    SELECT l.forecast_id, l.question_id, q.rowid, COALESCE(f.forecaster_id, f.forecaster),
           CASE WHEN l.negated THEN 1.0 - f.probability ELSE f.probability END,
           julianday(f.said_on) - 2440587.5, julianday(f.horizon_end) - 2440587.5,
           f.kind = 'forecast' AND l.removed = 0 AND NOT (
               COALESCE(f.condition, '') <> ''
               AND EXISTS (SELECT 1 FROM conditions c WHERE c.forecast_id = f.id AND c.met = 0))
    FROM links l JOIN forecasts f ON f.id = l.forecast_id JOIN questions q ON q.id = l.question_id
    WHERE l.forecast_id = NEW.id;
END;

CREATE TRIGGER score_rows_forecast_update AFTER UPDATE ON forecasts BEGIN
    DELETE FROM score_rows WHERE forecast_id IN (OLD.id, NEW.id);
    INSERT INTO score_rows
    SELECT l.forecast_id, l.question_id, q.rowid, COALESCE(f.forecaster_id, f.forecaster),
           CASE WHEN l.negated THEN 1.0 - f.probability ELSE f.probability END,
           julianday(f.said_on) - 2440587.5, julianday(f.horizon_end) - 2440587.5,
           f.kind = 'forecast' AND l.removed = 0 AND NOT (
               COALESCE(f.condition, '') <> ''
               AND EXISTS (SELECT 1 FROM conditions c WHERE c.forecast_id = f.id AND c.met = 0))
    FROM links l JOIN forecasts f ON f.id = l.forecast_id JOIN questions q ON q.id = l.question_id
    WHERE l.forecast_id = NEW.id;
END;

CREATE TRIGGER score_rows_forecast_delete AFTER DELETE ON forecasts BEGIN
    DELETE FROM score_rows WHERE forecast_id = OLD.id;
END;

CREATE TRIGGER score_rows_condition_insert AFTER INSERT ON conditions BEGIN
    UPDATE score_rows SET counts = (
        SELECT f.kind = 'forecast' AND l.removed = 0 AND NOT (
                   COALESCE(f.condition, '') <> '' AND NEW.met = 0)
        FROM links l JOIN forecasts f ON f.id = l.forecast_id
        WHERE l.forecast_id = score_rows.forecast_id AND l.question_id = score_rows.question_id)
    WHERE forecast_id = NEW.forecast_id;
END;

CREATE TRIGGER score_rows_condition_update AFTER UPDATE ON conditions BEGIN
    UPDATE score_rows SET counts = (
        SELECT f.kind = 'forecast' AND l.removed = 0 AND NOT (
                   COALESCE(f.condition, '') <> '' AND NEW.met = 0)
        FROM links l JOIN forecasts f ON f.id = l.forecast_id
        WHERE l.forecast_id = score_rows.forecast_id AND l.question_id = score_rows.question_id)
    WHERE forecast_id = NEW.forecast_id;
END;

CREATE TRIGGER score_rows_condition_delete AFTER DELETE ON conditions BEGIN
    UPDATE score_rows SET counts = (
        SELECT f.kind = 'forecast' AND l.removed = 0
        FROM links l JOIN forecasts f ON f.id = l.forecast_id
        WHERE l.forecast_id = score_rows.forecast_id AND l.question_id = score_rows.question_id)
    WHERE forecast_id = OLD.forecast_id;
END;

-- The links stored before this migration.
INSERT INTO score_rows
SELECT l.forecast_id, l.question_id, q.rowid, COALESCE(f.forecaster_id, f.forecaster),
       CASE WHEN l.negated THEN 1.0 - f.probability ELSE f.probability END,
       julianday(f.said_on) - 2440587.5, julianday(f.horizon_end) - 2440587.5,
       f.kind = 'forecast' AND l.removed = 0 AND NOT (
           COALESCE(f.condition, '') <> ''
           AND EXISTS (SELECT 1 FROM conditions c WHERE c.forecast_id = f.id AND c.met = 0))
FROM links l JOIN forecasts f ON f.id = l.forecast_id JOIN questions q ON q.id = l.question_id;

-- Forecasts per forecaster (counts and names for the leaderboard, one person's record).
CREATE INDEX forecasts_by_forecaster ON forecasts (forecaster_id, kind, forecaster);

-- A person's record looked up by the name as printed.
CREATE INDEX forecasts_by_name ON forecasts (forecaster COLLATE NOCASE);
