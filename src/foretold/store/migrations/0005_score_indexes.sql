-- Indexes behind scores, leaderboards and track records.

-- Scoring reads every linked forecast by id: this covering index answers without the wide row.
CREATE INDEX forecasts_scoring ON forecasts (
    id, kind, probability, said_on, horizon_end, forecaster_id, forecaster
);

-- Forecasts per forecaster (leaderboard counts, one person's record) without the wide row.
CREATE INDEX forecasts_by_forecaster ON forecasts (forecaster_id, kind);

-- Resolved questions, for the full leaderboard.
CREATE INDEX questions_by_status ON questions (status, outcome);

-- A person's record looked up by the name as printed.
CREATE INDEX forecasts_by_name ON forecasts (forecaster COLLATE NOCASE);
