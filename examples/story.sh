#!/bin/sh
# The seed's story, end to end: in December 2021 the analysts disagreed; on 2022-02-24
# the question resolved; the scoreboard shows who saw it coming.
set -eu
export COLUMNS="${COLUMNS:-150}"
bin="${BIN:-.venv/bin}"
foretold="$bin/foretold"
chart="$(dirname "$FORETOLD_DB")/timeline.png"

echo "== 1. Read examples/seed.txt (AFP, 2021-12-06)"
"$foretold" ingest --quiet examples/seed.txt
echo
echo "== 2. Who said what"
"$foretold" people list
echo
echo "== 3. Forecasts found"
"$foretold" forecasts list
echo
echo "== 4. The key question; forecasts about it are linked by meaning"
id=$("$foretold" questions new "Will Russia launch a military offensive into Ukraine?" \
      --closes 2022-12-31 --json | "$bin/python" -c 'import json, sys; print(json.load(sys.stdin)["id"])')
"$foretold" questions show "$id"
echo
echo "== 5. Reality answers: Russia invaded on 2022-02-24"
"$foretold" resolve "$id" yes --on 2022-02-24 \
  --source "https://en.wikipedia.org/wiki/2022_Russian_invasion_of_Ukraine"
echo
echo "== 6. Who saw it coming (lower Brier is better)"
"$foretold" scores --question "$id"
echo
echo "== 7. What the news believed, by date"
"$foretold" timeline "$id" --png "$chart"
