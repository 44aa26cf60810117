#!/usr/bin/env bash
# Runs every test project and ends with one summary line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
log=$(mktemp)
dotnet test MynaGate.sln --no-build -nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed"
if [ "$passed" -eq 0 ] && [ "$rc" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit $rc
