#!/usr/bin/env bash
# Importing 1,000,000 customers from CSV: import-bench (Importer, validated, one transaction,
# indexes and the search index built) against the sqlite3 shell's .import of the same file into
# a plain table of a new file, each RUNS times; medians and the ratio (ours / the shell's
# throughput; the goal is at least 0.5).
#
#   bench/compare-import.sh [ROWS]
# Environment: BENCH (default build-rel/bench/import-bench), SQLITE3 (default sqlite3),
#              RUNS (default 3).
set -euo pipefail
rows=${1:-1000000}
bench=${BENCH:-build-rel/bench/import-bench}
sqlite3=${SQLITE3:-sqlite3}
runs=${RUNS:-3}
work=$(mktemp -d /tmp/compare-import-XXXXXX)
trap 'rm -rf "$work"' EXIT
file=$work/customers.csv

"$bench" --rows "$rows" --file "$file" --generate-only >/dev/null
echo "file $file $(du -m "$file" | cut -f1) MB, $rows rows, load $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ours=()
shell=()
for ((i = 1; i <= runs; i++)); do
    line=$("$bench" --file "$file" --no-shell | grep '^import ')
    t=$(sed -E 's/.* total_s ([0-9.]+) .*/\1/' <<<"$line")
    ours+=("$t")
    rm -f "$work/plain.sqlite"
    start=$(date +%s.%N)
    "$sqlite3" "$work/plain.sqlite" ".mode csv" ".import '$file' t"
    end=$(date +%s.%N)
    s=$(echo "$end - $start" | bc -l)
    shell+=("$s")
    echo "run $i: import-bench ${t} s, sqlite3 .import $(printf '%.2f' "$s") s"
done
m_ours=$(printf '%s\n' "${ours[@]}" | median)
m_shell=$(printf '%s\n' "${shell[@]}" | median)
printf 'median: import-bench %.2f s (%.0f rows/s), sqlite3 .import %.2f s (%.0f rows/s), ratio %.2f\n' \
    "$m_ours" "$(echo "$rows / $m_ours" | bc -l)" "$m_shell" "$(echo "$rows / $m_shell" | bc -l)" \
    "$(echo "$m_shell / $m_ours" | bc -l)"
