#!/usr/bin/env bash
# Scores Benchmarks/calendar-dev.tsv: a line is right when the tagger finds exactly one time
# expression in its text and gives it the expected value, resolved against the line's reference date.
# Usage: Benchmarks/calendar-dev.sh [path/to/chronicle] [-v]   (default .build/release/chronicle)
set -euo pipefail
cd "$(dirname "$0")/.."
chronicle="${1:-.build/release/chronicle}"
verbose="${2:-}"
right=0 total=0
while IFS=$'\t' read -r reference text expected; do
    [[ -z "$reference" || "$reference" == \#* ]] && continue
    total=$((total + 1))
    found=$(printf '%s\n' "$text" | "$chronicle" tag --format text --dct "$reference" -q - | { grep -v "^#" || true; } | cut -f3 | tr "\n" " ")
    if [[ "$found" == "$expected " ]]; then
        right=$((right + 1))
    elif [[ "$verbose" == "-v" ]]; then
        printf 'wrong  %s  %-34s expected %-18s found %s\n' "$reference" "$text" "$expected" "${found:-nothing}"
    fi
done < Benchmarks/calendar-dev.tsv
awk -v r="$right" -v t="$total" 'BEGIN { printf "calendar dev set: %d of %d right (%.1f%%)\n", r, t, 100 * r / t }'
