#!/bin/sh
# The seed's story: read the article, see who foretold what.
set -eu
foretold="${BIN:-.venv/bin}/foretold"
echo "== Reading examples/seed.txt"
"$foretold" ingest --quiet examples/seed.txt
echo
echo "== Forecasts found"
"$foretold" forecasts list
