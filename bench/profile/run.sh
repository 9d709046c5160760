#!/usr/bin/env bash
# Times `carbet data profile` against pandas describe() + corr() on the same 1,000,000 x 70 CSV.
# Usage: bench/profile/run.sh [dir]  (default /tmp/carbet-bench; the data never enters the repository)
# Needs /usr/bin/python3 with numpy and pandas (Debian: apt-get install -y python3-pandas) and GNU time.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${1:-/tmp/carbet-bench}"
csv="$dir/wide.csv"
mkdir -p "$dir"
[[ -f "$csv" ]] || /usr/bin/python3 "$repo/bench/profile/make_table.py" "$csv"
cat > "$dir/carbet.yaml" <<YAML
name: wide-bench
data:
  source: "wide.csv"
  target: "target"
  id: "id"
YAML
rm -f "$dir"/store.db*
rm -rf "$dir/.carbet"
dotnet build "$repo/src/Carbet.Cli" -c Release -v quiet -nologo > /dev/null

measure() { # label, command...: prints the command's output and its wall time and peak RSS
    local label="$1" log="$dir/$1.time"
    shift
    /usr/bin/time -v -o "$log" "$@" > "$dir/$label.log" 2>&1
    grep -v '^Reading [0-9,]* rows' "$dir/$label.log" || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    printf '%s: %.1f s wall, %d MiB peak RSS\n' "$label" "$wall" $((rss / 1024)) | tee "$dir/$label.result"
}

measure carbet dotnet "$repo/src/Carbet.Cli/bin/Release/net10.0/carbet.dll" data profile \
    --project "$dir/carbet.yaml" --store "$dir/store.db"
measure pandas /usr/bin/python3 "$repo/bench/profile/pandas_profile.py" "$csv"

read -r _ cw _ _ cr _ < <(tr -d ',' < "$dir/carbet.result")
read -r _ pw _ _ pr _ < <(tr -d ',' < "$dir/pandas.result")
awk -v cw="$cw" -v pw="$pw" -v cr="$cr" -v pr="$pr" \
    'BEGIN { printf "ratio carbet/pandas: %.2f x wall time, %.2f x peak RSS\n", cw / pw, cr / pr }'
