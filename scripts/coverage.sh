#!/usr/bin/env bash
# ./mynagate test --coverage: every test, with coverlet measuring the reader's and the terminal's libraries
# (MynaGate.Reader, MynaGate.Terminal) in the test processes; ends with reportgenerator's line and branch summary.
# Hosts the tests start as processes of their own (the deployed chain) are not measured.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
out="$MYNAGATE_STATE/coverage"
rm -rf "$out"
scripts/run-tests.sh --collect:"XPlat Code Coverage" --results-directory "$out/raw" -- \
  'DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include=[MynaGate.Reader]*,[MynaGate.Terminal]*' \
  DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Format=cobertura
rc=$?
dotnet tool restore >/dev/null
dotnet reportgenerator -reports:"$out/raw/**/coverage.cobertura.xml" -targetdir:"$out" -reporttypes:"TextSummary;MarkdownSummary" >/dev/null
# one line per assembly: lines and branches covered, from the Markdown summary's bold assembly rows
echo "coverage (Debug, in-process tests):"
grep '^| \*\*MynaGate' "$out/Summary.md" | tr -d '*' | awk -F'|' '{gsub(/ /, ""); printf "  %-18s line %6s (%s of %s)   branch %6s (%s of %s)\n", $2, $7, $3, $5, $10, $8, $9}'
echo "coverage: $out/Summary.txt"
exit $rc
