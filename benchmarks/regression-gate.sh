#!/usr/bin/env bash
# Speed regression gate: builds the benchmark jar of a baseline revision and of a candidate (default: the working
# tree), runs both in this job, alternating, and fails when the candidate is clearly slower or allocates more per
# move. Shared machines drift, so the two are measured side by side, never against figures from another run.
#
# Usage: benchmarks/regression-gate.sh [options] BASELINE_REV [CANDIDATE_REV]
#   --threshold R       fail when a candidate/baseline throughput ratio is below R (default 0.85)
#   --max-alloc-growth F fail when bytes per operation grow by more than F (default 0.05, i.e. 5 %)
#   --max-error F       rerun a result whose error exceeds F of its score (default 0.05)
#   --reruns N          at most N reruns per noisy result (default 2)
#   --rounds N          baseline/candidate pairs of runs (default 2)
#   --jmh "ARGS"        extra JMH options, e.g. "-wi 1 -w 1 -i 5 -r 1" for a short run (default: the suite's own)
#   --include REGEX     benchmarks to run (default: the throughput ones, ScoringLoopBenchmark|ControlBenchmark)
#   --offline           build with mvn -o
#   --keep              keep the work directory (jars, JMH JSON) and print its path
# Exit codes: 0 no regression (or the baseline has no benchmarks to compare), 1 regression,
#             2 usage error, 3 a build or a benchmark run failed,
#             4 inconclusive: a result that would fail stayed noisier than --max-error after its reruns.
set -euo pipefail

usage() { sed -n '5,18p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

threshold=0.85 max_alloc_growth=0.05 max_error=0.05 reruns=2 rounds=2 jmh_args="" include="ScoringLoopBenchmark|ControlBenchmark" offline="" keep=""
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --threshold) threshold="${2:?}"; shift 2 ;;
    --max-alloc-growth) max_alloc_growth="${2:?}"; shift 2 ;;
    --max-error) max_error="${2:?}"; shift 2 ;;
    --reruns) reruns="${2:?}"; shift 2 ;;
    --rounds) rounds="${2:?}"; shift 2 ;;
    --jmh) jmh_args="${2?}"; shift 2 ;;
    --include) include="${2:?}"; shift 2 ;;
    --offline) offline="-o"; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) usage ;;
    -*) echo "regression-gate: unknown option $1" >&2; usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && [ ${#positional[@]} -le 2 ] || usage
baseline_rev="${positional[0]}"
candidate_rev="${positional[1]:-}"
command -v python3 >/dev/null || { echo "regression-gate: python3 is needed to read JMH's JSON" >&2; exit 3; }

repo="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$repo"
for rev in "$baseline_rev" ${candidate_rev:+"$candidate_rev"}; do
  git rev-parse --verify --quiet "$rev^{commit}" >/dev/null || { echo "regression-gate: no such revision: $rev" >&2; exit 2; }
done
if ! git ls-tree -r --name-only "$baseline_rev" -- benchmarks/src/main/java | grep -q 'Benchmark\.java$'; then
  echo "regression-gate: $baseline_rev has no benchmarks to compare against; nothing to do."
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/regression-gate.XXXXXX")"
worktrees=()
cleanup() {
  for tree in ${worktrees[@]+"${worktrees[@]}"}; do git worktree remove --force "$tree" >/dev/null 2>&1 || true; done
  if [ -n "$keep" ]; then echo "regression-gate: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# build SIDE REV|'' : the benchmark jar of a revision (a temporary worktree) or of the working tree.
build() {
  local side="$1" rev="$2" tree="$repo"
  if [ -n "$rev" ]; then
    tree="$work/$side-tree"
    git worktree add --quiet --detach "$tree" "$rev"
    worktrees+=("$tree")
  fi
  echo "regression-gate: building the $side (${rev:-working tree})"
  (cd "$tree" && mvn -q -B $offline -DskipTests package -pl benchmarks -am) \
    || { echo "regression-gate: the $side does not build" >&2; exit 3; }
  cp "$tree/benchmarks/target/benchmarks.jar" "$work/$side.jar"
}
build baseline "$baseline_rev"
build candidate "$candidate_rev"

# Results in the given JMH JSON files whose error exceeds max_error of their score, as "benchmark<TAB>-p k=v" lines.
noisy() {
  python3 - "$max_error" "$@" <<'PY'
import json, math, sys
for path in sys.argv[2:]:
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        error = m["scoreError"]
        if isinstance(error, str) or math.isnan(error) or error > float(sys.argv[1]) * m["score"]:
            print(r["benchmark"] + "\t" + " ".join(f"-p {k}={v}" for k, v in r.get("params", {}).items()))
PY
}

# jmh SIDE OUT ARGS...: one JMH run of a side's jar, its JSON in OUT; the log is shown only when it fails.
jmh() {
  local side="$1" out="$2"
  shift 2
  # shellcheck disable=SC2086 # jmh_args is a list of options
  java -jar "$work/$side.jar" "$@" -f 1 -t 1 -foe true -prof gc $jmh_args -rf json -rff "$out" < /dev/null > "$out.log" 2>&1 \
    || { cat "$out.log" >&2; echo "regression-gate: a benchmark run of the $side failed" >&2; exit 3; }
}

# run SIDE ROUND: the whole suite once, then reruns of its noisy results, each rerun in a JSON file of its own.
run() {
  local side="$1" round="$2"
  echo "regression-gate: round $round, $side"
  jmh "$side" "$work/$side-$round.json" ${include:+"$include"}
  local latest=("$work/$side-$round.json") attempt todo benchmark params n
  for attempt in $(seq 1 "$reruns"); do
    todo="$(noisy "${latest[@]}")"
    [ -n "$todo" ] || break
    latest=()
    n=0
    while IFS=$'\t' read -r benchmark params; do
      n=$((n + 1))
      echo "regression-gate:   rerun $attempt: $benchmark $params (error above $max_error of the score)"
      # shellcheck disable=SC2086 # params is a list of -p options
      jmh "$side" "$work/$side-$round-rerun$attempt-$n.json" "^$benchmark\$" $params
      latest+=("$work/$side-$round-rerun$attempt-$n.json")
    done <<< "$todo"
  done
}
for round in $(seq 1 "$rounds"); do
  run baseline "$round"
  run candidate "$round"
done

python3 - "$work" "$threshold" "$max_alloc_growth" "$max_error" <<'PY'
import glob, json, math, os, re, statistics, sys

work, threshold, max_alloc_growth, max_error = sys.argv[1], *map(float, sys.argv[2:])

def key(result):
    params = ",".join(f"{k}={v}" for k, v in sorted(result.get("params", {}).items()))
    return result["benchmark"].rsplit(".", 2)[-2] + "." + result["benchmark"].rsplit(".", 1)[-1], params

def relative_error(result):
    m = result["primaryMetric"]
    error = m["scoreError"]
    return math.inf if isinstance(error, str) or math.isnan(error) else error / m["score"]

def measurements(side):
    """Per benchmark and params, one result per round: the least noisy of the run and its reruns."""
    by_key = {}
    for path in sorted(glob.glob(os.path.join(work, f"{side}-*.json"))):
        round_ = re.match(rf"{side}-(\d+)", os.path.basename(path)).group(1)
        for result in json.load(open(path)):
            best = by_key.setdefault(key(result), {}).get(round_)
            if best is None or relative_error(result) < relative_error(best):
                by_key[key(result)][round_] = result
    return {k: list(rounds.values()) for k, rounds in by_key.items()}

def summary(results):
    alloc = [r["secondaryMetrics"]["gc.alloc.rate.norm"]["score"] for r in results
             if "gc.alloc.rate.norm" in r.get("secondaryMetrics", {})]
    return (statistics.mean(r["primaryMetric"]["score"] for r in results),
            max(relative_error(r) for r in results),
            statistics.mean(alloc) if alloc else None)

baseline, candidate = measurements("baseline"), measurements("candidate")
if not baseline.keys() & candidate.keys():
    print("regression-gate: no benchmark ran on both sides; nothing compared", file=sys.stderr)
    sys.exit(3)
failed, inconclusive, rows = False, False, []
for k in sorted(baseline.keys() & candidate.keys()):
    (b_ops, b_err, b_alloc), (c_ops, c_err, c_alloc) = summary(baseline[k]), summary(candidate[k])
    ratio = c_ops / b_ops
    # Allocation is nearly noise-free, but a benchmark that allocates nothing still reads a fraction of a byte.
    growth = None if b_alloc is None or c_alloc is None else (c_alloc - b_alloc) / max(b_alloc, 1.0)
    verdicts = []
    noisy = max(b_err, c_err) > max_error
    if k[0].startswith("ControlBenchmark"):
        if abs(ratio - 1) > max_error:
            verdicts.append("machine drift")
    else:
        if ratio < threshold:
            verdicts.append("SLOWER")
        if growth is not None and growth > max_alloc_growth:
            verdicts.append("ALLOCATES MORE")
        # A result still noisy after its reruns was disturbed (and a starved JIT even allocates more): not judged.
        if verdicts and noisy:
            inconclusive = True
        else:
            failed |= bool(verdicts)
    if noisy:
        verdicts.append(f"noisy (error {max(b_err, c_err):.0%})")
    rows.append((k[0], k[1], f"{b_ops:,.0f}", f"{c_ops:,.0f}", f"{ratio:.3f}",
                 "-" if b_alloc is None else f"{b_alloc:,.0f}", "-" if c_alloc is None else f"{c_alloc:,.0f}",
                 "-" if growth is None else f"{growth:+.1%}", ", ".join(verdicts) or "ok"))

header = ("benchmark", "params", "baseline ops/s", "candidate ops/s", "ratio", "baseline B/op", "candidate B/op",
          "alloc", "verdict")
widths = [max(len(row[i]) for row in rows + [header]) for i in range(len(header))]
for row in [header] + rows:
    print("  ".join(cell.ljust(w) if i in (0, 1, 8) else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
for k in sorted(baseline.keys() ^ candidate.keys()):
    print(f"{k[0]} {k[1]}: only in the {'baseline' if k in baseline else 'candidate'}, not compared")
outcome = "FAIL" if failed else "INCONCLUSIVE: too noisy to judge, run again on a quieter machine" if inconclusive else "pass"
print(f"regression-gate: {outcome} (throughput ratio at least {threshold}, "
      f"allocation growth at most {max_alloc_growth:.0%}, error at most {max_error:.0%})")
sys.exit(1 if failed else 4 if inconclusive else 0)
PY
