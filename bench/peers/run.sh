#!/usr/bin/env bash
# Runs `carbet train` on the peers' exact train/test split and compares it with the peers' results.
# Usage: bench/peers/run.sh [--work DIR] [--rerun-peers] [--keep-duplicates] [DATASET...]
#   DATASET         adult bank-marketing credit-card-default compas telco-churn german-credit (default: all six)
#   --work DIR      where the projects, logs and summary go (default /tmp/carbet-bench-peers; emptied per dataset)
#   --rerun-peers   run /work/shared/bench/peers.py (50 trials, seed 42) first, in DIR/<dataset>/peers, and compare
#                   with that run instead of /work/shared/bench/results (same machine, same session)
#   --keep-duplicates  add a unique row number as data.id, so that `carbet data prepare` keeps exact duplicate
#                   rows and Carbet scores every test row the peers scored
# Environment: CARBET (carbet.dll or an executable; default: the Release build of this repository, built first),
#   PEERS_RESULTS (default /work/shared/bench/results), PEERS_PY (default /work/shared/bench/peers.py).
# Needs /usr/bin/python3 (standard library only; --rerun-peers also needs Debian's python3-sklearn,
# python3-xgboost, python3-optuna and python3-pandas) and GNU time.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work=/tmp/carbet-bench-peers
rerun=0
keep_dups=0
datasets=()
while (($#)); do
    case "$1" in
        --work) work="$2"; shift 2 ;;
        --rerun-peers) rerun=1; shift ;;
        --keep-duplicates) keep_dups=1; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) datasets+=("$1"); shift ;;
    esac
done
((${#datasets[@]})) || datasets=(adult bank-marketing credit-card-default compas telco-churn german-credit)
results="${PEERS_RESULTS:-/work/shared/bench/results}"
peers_py="${PEERS_PY:-/work/shared/bench/peers.py}"
py=/usr/bin/python3
mkdir -p "$work"
work="$(cd "$work" && pwd)"

if [[ -n "${CARBET:-}" ]]; then
    if [[ "$CARBET" == *.dll ]]; then carbet=(dotnet "$CARBET"); else carbet=("$CARBET"); fi
else
    dotnet build "$repo/src/Carbet.Cli" -c Release -v quiet -nologo > /dev/null
    carbet=(dotnet "$repo/src/Carbet.Cli/bin/Release/net10.0/carbet.dll")
fi

timed() { # name, command...: runs the command in the current folder with /usr/bin/time -v; output to name.log, times to name.time
    local name="$1"
    shift
    /usr/bin/time -v -o "$name.time" "$@" > "$name.log" 2>&1
}
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
cpu_of() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }
rss_mib_of() { awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$1"; }

for ds in "${datasets[@]}"; do
    dir="$work/$ds"
    rm -rf "$dir"
    mkdir -p "$dir"
    started=$(date +%s)
    load_start=$(cut -d' ' -f1-3 /proc/loadavg)
    src="$results/$ds"
    if ((rerun)); then
        echo "[$ds] peers.py (50 trials, seed 42)" >&2
        (cd "$dir" && timed peers "$py" "$peers_py" --dataset "$ds" --out "$dir/peers" --trials 50 --seed 42) \
            || { echo "[$ds] peers.py failed, see $dir/peers.log" >&2; exit 1; }
        src="$dir/peers"
    fi
    for f in train.csv test.csv peers.json; do
        [[ -f "$src/$f" ]] || { echo "[$ds] $src/$f is missing" >&2; exit 1; }
    done
    IFS=$'\t' read -r target positive < <("$py" -c 'import json,sys; d=json.load(open(sys.argv[1]))["data"]; print(d["target"], json.dumps(d["positive"]), sep="\t")' "$src/peers.json")

    # One CSV: the peers' train rows, then their test rows, each in file order, with part = train|test.
    project="$dir/project"
    mkdir -p "$project"
    "$py" - "$src/train.csv" "$src/test.csv" "$project/data.csv" "$keep_dups" <<'PY'
import sys
train, test, out, keep = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
with open(train, newline="") as f:
    header = f.readline().rstrip("\n")
names = header.split(",")
for extra in ["part"] + (["row_id"] if keep else []):
    if extra in names:
        sys.exit(f"{train} already has a column '{extra}'")
n = 0
with open(out, "w", newline="") as o:
    o.write(header + ",part" + (",row_id" if keep else "") + "\n")
    for path, part in ((train, "train"), (test, "test")):
        with open(path, newline="") as f:
            if f.readline().rstrip("\n") != header:
                sys.exit(f"{path}: its header differs from {train}'s")
            for line in f:
                n += 1
                o.write(line.rstrip("\n") + "," + part + (f",{n}" if keep else "") + "\n")
PY

    status=ok
    error=""
    prep_wall="" prep_rss="" train_wall="" train_rss="" train_cpu=""
    cd "$project"
    echo "[$ds] carbet init, data prepare, train" >&2
    if ! "${carbet[@]}" init data.csv --target "$target" --name "$ds" > init.log 2>&1; then
        status=error; error="carbet init failed (see $project/init.log)"
    else
        # The peers use every column: nothing sensitive or excluded; their positive label; their split.
        # A two-label target read as boolean (Yes/No) holds 1/0 after preparation, and data.positive must then
        # be 1 or 0; read as a category it keeps the peers' labels, and data.positive can name theirs.
        "$py" - carbet.yaml "$positive" "$keep_dups" "$target" <<'PY'
import json, re, sys
path, positive, keep, target = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
text = open(path).read()
text = re.sub(rf"(?m)^(    {re.escape(json.dumps(target))}): boolean\b", r"\1: category", text)
def put(key, value):
    global text
    text, n = re.subn(rf"(?m)^  #? ?{key}:.*$", f"  {key}: {value}", text, count=1)
    if n != 1:
        sys.exit(f"{path}: no 'data.{key}' line to edit")
put("positive", json.dumps(positive))
put("sensitive", "[]")
put("exclude", "[]")
if keep:
    put("id", '"row_id"')
text = text.rstrip("\n") + "\n\npreparation:\n  split: {column: part}\n"
open(path, "w").write(text)
PY
        if ! timed prepare "${carbet[@]}" data prepare; then
            status=error; error="carbet data prepare failed: $(grep -v '^Reading' prepare.log | tail -n 5 | tr '\n' ' ')"
        elif ! timed train "${carbet[@]}" train; then
            status=error; error="carbet train failed: $(tail -n 5 train.log | tr '\n' ' ')"
        fi
        [[ -f prepare.time ]] && { prep_wall=$(wall_of prepare.time); prep_rss=$(rss_mib_of prepare.time); }
        [[ -f train.time ]] && { train_wall=$(wall_of train.time); train_rss=$(rss_mib_of train.time); train_cpu=$(cpu_of train.time); }
    fi
    run=""
    if [[ $status == ok ]]; then
        # The newest run named 'train' (runs list is newest first).
        "${carbet[@]}" runs list --page-size 1000 > runs.log 2>&1 || true
        run=$(awk -F'│' 'NF > 3 { id = $2; name = $4; gsub(/ /, "", id); gsub(/ /, "", name); if (name == "train") { print id; exit } }' runs.log)
        if [[ -z "$run" ]] || ! "${carbet[@]}" runs artifact "$run" reports/train.json --out "$project/train.json" > artifact.log 2>&1; then
            status=error; error="could not read reports/train.json of the train run (see $project/runs.log, artifact.log)"
        fi
    fi
    cd "$work"
    ended=$(date +%s)
    "$py" - "$dir/result.json" "$ds" "$src" "$status" "$error" "$run" "$prep_wall" "$prep_rss" "$train_wall" "$train_rss" "$train_cpu" \
        "$((ended - started))" "$load_start" "$(cut -d' ' -f1-3 /proc/loadavg)" "$rerun" "$keep_dups" <<'PY'
import json, os, sys
(out, ds, src, status, error, run, prep_wall, prep_rss, train_wall, train_rss, train_cpu, seconds, load_start, load_end,
 rerun, keep) = sys.argv[1:]
num = lambda s: float(s) if s else None
peers = json.load(open(os.path.join(src, "peers.json")))
p = peers["peers"]
best = max(p, key=lambda k: p[k]["roc_auc"])
defaults = [k for k in p if k != "optuna_tpe_xgboost"]
best_default = max(defaults, key=lambda k: p[k]["roc_auc"]) if defaults else None
optuna = p.get("optuna_tpe_xgboost", {})
r = {
    "dataset": ds, "status": status, "error": error or None,
    "peers_source": src, "peers_rerun": rerun == "1", "peers_created_utc": peers.get("created_utc"),
    "keep_duplicates": keep == "1",
    "peers_test_rows": peers["data"]["n_test"], "peers_train_rows": peers["data"]["n_train"],
    "best_peer": best, "best_peer_auc": p[best]["roc_auc"],
    "best_default_peer": best_default, "best_default_peer_auc": p[best_default]["roc_auc"] if best_default else None,
    "optuna_auc": optuna.get("roc_auc"), "optuna_total_seconds": optuna.get("total_seconds"),
    "optuna_trials": optuna.get("n_trials"), "peers_loadavg": peers.get("machine", {}).get("loadavg_at_start"),
    "carbet_train_run": run or None,
    "carbet_prepare_seconds": num(prep_wall), "carbet_prepare_max_rss_mib": num(prep_rss),
    "carbet_train_seconds": num(train_wall), "carbet_train_max_rss_mib": num(train_rss),
    "carbet_train_cpu_seconds": num(train_cpu), "optuna_total_cpu_seconds": optuna.get("total_cpu_seconds"),
    "dataset_seconds": int(seconds), "loadavg_start": load_start.split(), "loadavg_end": load_end.split(),
}
tj = os.path.join(os.path.dirname(out), "project", "train.json")
if status == "ok":
    t = json.load(open(tj))
    winner = next(e for e in t["leaderboard"] if e["family"] == t["winner"])
    r.update(carbet_winner=t["winner"], carbet_auc=winner["metrics"]["test_auc"],
             carbet_cv_auc=winner["metrics"]["cv_auc_mean"],
             carbet_test_rows=t["testRows"], carbet_train_rows=t["trainRows"])
    r["auc_difference"] = r["carbet_auc"] - r["best_peer_auc"]
    if ds == "german-credit":
        r["verdict"] = "not judged"
    else:
        auc_ok = r["carbet_auc"] >= r["best_peer_auc"] - 0.002
        time_ok = r["optuna_total_seconds"] is not None and r["carbet_train_seconds"] <= r["optuna_total_seconds"]
        r["auc_ok"], r["time_ok"] = auc_ok, time_ok
        r["verdict"] = "pass" if auc_ok and time_ok else "fail"
else:
    r["verdict"] = "error"
json.dump(r, open(out, "w"), indent=2)
PY
    echo "[$ds] $status in $((ended - started)) s" >&2
done

# The summary: JSON with every dataset's result, and a markdown table on stdout.
"$py" - "$work" "${datasets[@]}" <<'PY'
import datetime, json, os, sys
work, names = sys.argv[1], sys.argv[2:]
rows = [json.load(open(os.path.join(work, n, "result.json"))) for n in names]
summary = {
    "created_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "nproc": os.cpu_count(),
    "criterion": "Carbet test AUC >= best peer test AUC - 0.002 and carbet train wall time <= Optuna+XGBoost total_seconds; german-credit not judged",
    "datasets": rows,
}
with open(os.path.join(work, "summary.json"), "w") as f:
    json.dump(summary, f, indent=2)
f3 = lambda x: "–" if x is None else f"{x:.4f}"
s1 = lambda x: "–" if x is None else f"{x:.1f}"
print("| dataset | test rows (Carbet / peers) | Carbet test AUC (winner) | best peer AUC (which) | Optuna+XGBoost AUC | Carbet train wall s (prepare s) | Optuna+XGBoost total s | AUC − best peer | AUC ≥ best − 0.002 and time ≤ Optuna |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    if r["status"] != "ok":
        print(f"| {r['dataset']} | – / {r['peers_test_rows']:,} | error | {f3(r['best_peer_auc'])} ({r['best_peer']}) | {f3(r['optuna_auc'])} | {s1(r['carbet_train_seconds'])} ({s1(r['carbet_prepare_seconds'])}) | {s1(r['optuna_total_seconds'])} | – | error: {r['error']} |")
        continue
    print(f"| {r['dataset']} | {r['carbet_test_rows']:,} / {r['peers_test_rows']:,} | {f3(r['carbet_auc'])} ({r['carbet_winner']}) "
          f"| {f3(r['best_peer_auc'])} ({r['best_peer']}) | {f3(r['optuna_auc'])} "
          f"| {s1(r['carbet_train_seconds'])} ({s1(r['carbet_prepare_seconds'])}) | {s1(r['optuna_total_seconds'])} "
          f"| {r['auc_difference']:+.4f} | {r['verdict']} |")
print(f"\nsummary: {os.path.join(work, 'summary.json')}", file=sys.stderr)
PY
