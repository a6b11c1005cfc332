-- Indexes behind scores, leaderboards and track records.

-- Scoring reads every linked forecast by id: this covering index answers without the wide row.
CREATE INDEX forecasts_scoring ON forecasts (
    id, kind, probability, said_on, horizon_end, forecaster_id, forecaster
);

-- Links in forecast order with what scoring needs, so the lookups above walk in order.
CREATE INDEX links_scoring ON links (forecast_id, question_id, removed, negated);

-- Forecasts per forecaster (counts and names for the leaderboard, one person's record).
CREATE INDEX forecasts_by_forecaster ON forecasts (forecaster_id, kind, forecaster);

-- A person's record looked up by the name as printed.
CREATE INDEX forecasts_by_name ON forecasts (forecaster COLLATE NOCASE);
