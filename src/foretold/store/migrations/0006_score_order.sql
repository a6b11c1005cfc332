-- The full leaderboard reads the scored rows in forecaster order through one covering index, so
-- each forecaster's rows arrive together and need no text key per row: the forecaster of each
-- row follows from the per-forecaster row counts read in the same order.
-- It also serves one forecaster's rows (counts = 1 AND forecaster = ?), which the index it
-- replaces did.
DROP INDEX score_rows_by_forecaster;
CREATE INDEX score_rows_by_counted_forecaster ON score_rows (
    counts, forecaster, question_rowid, p_yes, said_day, horizon_day
);
