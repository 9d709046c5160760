#!/usr/bin/env bash
# Serving benchmark on loopback: `carbet serve` (Release) against a Kestrel endpoint that returns a constant (the
# ceiling), both driven by the in-process load generator of bench/serving, which prints a markdown table.
# Usage: bench/serving/run.sh [--soak-seconds N] [--seconds N] [--connections N] [--rate N] [--work DIR]
#   --soak-seconds N  length of the soak at --rate with the champion moved every 10 s (default 600)
#   --seconds N       length of each closed-loop and open-loop phase (default 10)
#   --connections N   connections of the closed loop (default 16)
#   --rate N          requests per second of the open loop and the soak (default 1000)
#   --work DIR        where the demo store, logs and report go (default /tmp/carbet-bench-serving; emptied first)
# Two small demos give credit-risk v1 and v2; the second ends with --serve, which prints an admin key and a row of
# the prepared data, and is then stopped; `carbet serve --rate-limit 0` then serves the same store.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work=/tmp/carbet-bench-serving
drive_args=()
while (($#)); do
    case "$1" in
        --soak-seconds|--seconds|--connections|--rate) drive_args+=("$1" "$2"); shift 2 ;;
        --work) work="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
dotnet build "$repo/src/Carbet.Cli" -c Release -v quiet -nologo > /dev/null
dotnet build "$repo/bench/serving" -c Release -v quiet -nologo > /dev/null
carbet=(dotnet "$repo/src/Carbet.Cli/bin/Release/net10.0/carbet.dll")
bench=(dotnet "$repo/bench/serving/bin/Release/net10.0/Carbet.Bench.Serving.dll")
rm -rf "$work" && mkdir -p "$work" && cd "$work"
export NO_COLOR=1 COLUMNS=240
pids=()
trap 'for p in "${pids[@]}"; do kill -TERM "$p" 2> /dev/null || true; done' EXIT

wait_for() {   # file, pattern, seconds
    for _ in $(seq "$3"); do grep -q "$2" "$1" && return 0; sleep 1; done
    echo "timed out waiting for '$2' in $1:" >&2; tail -20 "$1" >&2; exit 1
}

demo=(demo --months 4 --rows-per-month 600 --training-months 3 --trials 0)
echo "demo, twice (v1, v2)" >&2
"${carbet[@]}" "${demo[@]}" > demo1.log 2>&1
"${carbet[@]}" "${demo[@]}" --serve --urls http://127.0.0.1:0 > demo2.log 2>&1 &
demo_pid=$!
wait_for demo2.log '^Listening on' 300
key=$(grep -oE 'carbet_k[0-9a-f]{12}_[A-Za-z0-9_-]{43}' demo2.log | head -1)
grep '^curl' demo2.log | sed -E "s/.* -d '([^']+)'.*/\1/" > row.json
kill -TERM "$demo_pid" && wait "$demo_pid" || true

"${bench[@]}" ceiling --urls http://127.0.0.1:5091 > ceiling.log 2>&1 &
pids+=($!)
"${carbet[@]}" serve --model credit-risk --urls http://127.0.0.1:5090 --rate-limit 0 --poll-seconds 1 > serve.log 2>&1 &
server_pid=$!
pids+=("$server_pid")
wait_for ceiling.log '^Listening on' 60
wait_for serve.log '^Listening on' 60

echo "$(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee report.md
"${bench[@]}" drive --server http://127.0.0.1:5090 --ceiling http://127.0.0.1:5091 --key "$key" --body row.json \
    --model credit-risk --pid "$server_pid" --store "$work/.carbet/carbet.db" --versions 1,2 "${drive_args[@]}" | tee -a report.md
