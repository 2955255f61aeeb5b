#!/usr/bin/env bash
# Batch and stream benchmarks (issue: batch scale). Prints wall times, the speed-up of --jobs 2
# over --jobs 1 on 1,000 generated articles (with a byte comparison of the outputs), and the
# throughput and peak memory of `chronicle stream` on a JSON Lines file.
#   Benchmarks/batch.sh [ARTICLES] [STREAM_MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
megabytes=${2:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product chronicle >/dev/null
chronicle=.build/release/chronicle

python3 Benchmarks/generate_articles.py files "$work/articles" --count "$count"
echo "batch: $count articles, $(du -sb "$work/articles" | cut -f1) bytes"
# alternating runs, median of each: this VM's speed drifts from minute to minute
runs=${RUNS:-5}
for run in $(seq "$runs"); do
    for jobs in 1 2; do
        /usr/bin/time -f "%e %M" -a -o "$work/time-$jobs" "$chronicle" build --quiet --jobs "$jobs" "$work/articles" >"$work/out-$jobs.json"
    done
done
cmp -s "$work/out-1.json" "$work/out-2.json" && echo "  outputs identical ($(wc -c <"$work/out-1.json") bytes)" || { echo "  OUTPUTS DIFFER"; exit 1; }
python3 - "$work/time-1" "$work/time-2" <<'PY'
import statistics, sys
medians = []
for jobs, path in zip((1, 2), sys.argv[1:]):
    rows = [line.split() for line in open(path) if line.strip()]
    seconds = [float(r[0]) for r in rows]
    peak = max(int(r[1]) for r in rows)
    medians.append(statistics.median(seconds))
    print(f"  --jobs {jobs}: median {medians[-1]:.2f} s wall over {len(seconds)} runs ({', '.join(f'{s:.2f}' for s in seconds)}), peak {peak // 1024} MB")
print(f"  --jobs 2 / --jobs 1 median wall time: {medians[1] / medians[0]:.2f}")
PY

# The bound this machine sets: two independent single-job processes, one per half of the
# articles, side by side, against the whole in one process (virtual CPUs seldom give 0.5).
mkdir -p "$work/half-1" "$work/half-2"
find "$work/articles" -type f | sort | awk -v a="$work/half-1" -v b="$work/half-2" '{ print $0 "\t" (NR % 2 ? a : b) }' |
    while IFS=$'\t' read -r file half; do ln "$file" "$half/"; done
for run in $(seq "$runs"); do
    /usr/bin/time -f "%e" -a -o "$work/time-whole" "$chronicle" build --quiet --jobs 1 "$work/articles" >/dev/null
    start=$(date +%s%N)
    "$chronicle" build --quiet --jobs 1 "$work/half-1" >/dev/null & "$chronicle" build --quiet --jobs 1 "$work/half-2" >/dev/null & wait
    echo "$(( $(date +%s%N) - start ))e-9" >>"$work/time-halves"
done
python3 - "$work/time-whole" "$work/time-halves" <<'PY'
import statistics, sys
whole, halves = (statistics.median(float(line) for line in open(path) if line.strip()) for path in sys.argv[1:])
print(f"  machine bound: two one-job halves side by side take {halves / whole:.2f} of the whole in one job ({halves:.2f} s / {whole:.2f} s)")
PY

python3 Benchmarks/generate_articles.py jsonl "$work/stream.jsonl" --megabytes "$megabytes"
bytes=$(wc -c <"$work/stream.jsonl")
/usr/bin/time -f "%e %M" -o "$work/time-stream" "$chronicle" stream <"$work/stream.jsonl" >"$work/stream-out.jsonl"
read -r seconds kilobytes <"$work/time-stream"
echo "stream: $bytes bytes in, $(wc -l <"$work/stream-out.jsonl") timelines out, ${seconds} s wall ($(python3 -c "print(f'{$bytes/1e6/$seconds:.1f}')") MB/s), peak ${kilobytes} KB"
