#!/usr/bin/env bash
# Builds and runs every test of the solution, then prints one line: "N passed, N failed, N skipped".
# Tests that need PostgreSQL skip locally when it is absent and fail when CI=true.
set -uo pipefail
cd "$(dirname "$0")"
results=TestResults
rm -rf "$results"
if ! dotnet build Carbet.slnx -c Release --nologo -v quiet; then
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
dotnet test Carbet.slnx -c Release --no-build --nologo --logger "trx" --results-directory "$results" "$@"
status=$?
count() { # sum one attribute of every TRX summary
  cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }'
}
sum() { local total=0 n; for n in "$@"; do total=$((total + ${n:-0})); done; echo "$total"; }
passed=$(sum "$(count passed)")
failed=$(sum "$(count failed)" "$(count error)" "$(count timeout)" "$(count aborted)")
skipped=$(sum "$(count notExecuted)")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a test host that crashed writes no result
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
