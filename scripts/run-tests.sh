#!/usr/bin/env bash
# Runs every test project and ends with one summary line: "N passed, N failed".
# --fast: only what needs no pcscd, PostgreSQL, browser or models — the flow, the codecs and the units — for the
# edit-test loop; ./mynagate test without it runs everything.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
log=$(mktemp)
if [ "${1:-}" = --fast ]; then
  shift
  rc=0
  while read -r project filter; do
    dotnet test "tests/$project" --no-build -nologo --filter "$filter" "$@" 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
  done <<'SETS'
MynaGate.Reader.Tests FullyQualifiedName~MynaGate.Reader.Tests.Flow
MynaGate.Card.Tests FullyQualifiedName!~MynaGate.Card.Tests.Pcsc
MynaGate.Terminal.Tests FullyQualifiedName!~Postgres
MynaGate.Admin.Tests FullyQualifiedName!~Postgres
MynaGate.Onshi.Tests FullyQualifiedName!~Postgres
MynaGate.Boundaries.Tests FullyQualifiedName!~A_published
SETS
else
  # dotnet test runs the test projects two at a time in the order MynaGate.sln lists them. The ones that hold the
  # vpcd slots (VpcdLock) wait for each other, so the solution lists the browser tests first, then the projects that
  # need no slot (they fill the other test host meanwhile), then those with a few card tests, the end-to-end tests last.
  dotnet test MynaGate.sln --no-build -nologo "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
fi
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed"
if [ "$passed" -eq 0 ] && [ "$rc" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit $rc
