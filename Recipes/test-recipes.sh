#!/usr/bin/env bash
# Runs README's GNU parallel and Spark recipes on a generated JSON Lines corpus and checks that
# each gives the bytes of one `chronicle build` of the whole corpus. Needs GNU parallel
# (apt-get install parallel) and PySpark with Java 17 (pip install pyspark); skips what is missing.
#   Recipes/test-recipes.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product chronicle >/dev/null
chronicle=$PWD/.build/release/chronicle
python3 Benchmarks/generate_articles.py jsonl "$work/corpus.jsonl" --megabytes "${1:-5}"
"$chronicle" build --quiet "$work/corpus.jsonl" >"$work/expected.json"
status=0
compare() {
    if cmp -s "$work/expected.json" "$2"; then echo "$1: same bytes as chronicle build"; else echo "$1: DIFFERS"; status=1; fi
}

if command -v parallel >/dev/null; then
    # README says --block 10M; a smaller block splits this small corpus several ways
    parallel --will-cite --pipe --block 1M "$chronicle" stream --jobs 1 <"$work/corpus.jsonl" >"$work/parts.jsonl"
    "$chronicle" merge "$work/parts.jsonl" >"$work/parallel.json"
    compare "GNU parallel" "$work/parallel.json"
else
    echo "GNU parallel: not installed, skipped"
fi

if python3 -c "import pyspark" 2>/dev/null; then
    spark-submit --master "local[2]" Recipes/spark_timeline.py "$chronicle" "$work/corpus.jsonl" "$work/spark-parts" 2>"$work/spark.log" ||
        { tail -20 "$work/spark.log"; exit 1; }
    "$chronicle" merge "$work/spark-parts"/part-* >"$work/spark.json"
    compare "Spark" "$work/spark.json"
else
    echo "Spark: pyspark not installed, skipped"
fi
exit $status
