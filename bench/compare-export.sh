#!/usr/bin/env bash
# Exports the customer list of an archive to CSV with `service-archive export` and the same rows
# and columns with the sqlite3 shell (-csv), whole process each, several runs side by side.
#
#   bench/compare-export.sh ARCHIVE USER PASSWORD
#
# ARCHIVE   a SQLite archive (e.g. 1,000,000 demo customers); USER a supervisor of it (report-bench
#           --archive ARCHIVE --add-user LOGIN:PASSWORD adds one).
# Environment: APP (default build/app/service-archive), SQLITE3 (default sqlite3), RUNS (default
#           5), OUT (default a temporary folder), REPORT_ARGS (extra export arguments).
#
# Both write the active customers ordered by name key (the report's own order) into a file on
# the same disk: the shell raw column values, the export what a user gets (labels, masked
# phones as ="…", local times, staff names, BOM, CRLF, formulas neutralized). Timings are wall
# clock of the whole process (start, open, read, write, exit), runs alternating, after one
# untimed run of each that warms the page cache. ratio = shell median / export median: above 1
# the export is faster. The SQLite libraries mapped into the exporting process are listed: there
# must be exactly one.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    sed -n '2,11p' "$0" >&2
    exit 2
fi
archive=$1
user=$2
password=$3
here=$(cd "$(dirname "$0")" && pwd)
app=${APP:-$here/../build/app/service-archive}
sqlite=${SQLITE3:-sqlite3}
runs=${RUNS:-5}
out=${OUT:-$(mktemp -d)}
read -r -a extra <<<"${REPORT_ARGS:-}"

[[ -f $archive ]] || { echo "compare-export: $archive does not exist" >&2; exit 1; }
[[ -x $app ]] || { echo "compare-export: $app not built" >&2; exit 1; }

sql="SELECT code, name, primary_phone, company, email, lifecycle, value_tier, owner, updated_at
 FROM customers WHERE archived_at IS NULL ORDER BY name_key, id"

now_ns() { date +%s%N; }
export SERVICEARCHIVE_PASSWORD=$password

run_export() {
    "$app" export --archive "$archive" --user "$user" --report customer-list \
        --output "$out/export.csv" "${extra[@]}"
}
run_shell() {
    "$sqlite" -readonly -csv "$archive" "$sql" >"$out/shell.csv"
}
timed() { # command -> ms
    local start end
    start=$(now_ns)
    "$@"
    end=$(now_ns)
    echo $(((end - start) / 1000000))
}
median() {
    tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END {
        if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# One untimed run each; meanwhile the SQLite libraries the exporting process has mapped.
run_export &
pid=$!
libraries=""
while kill -0 "$pid" 2>/dev/null; do
    found=$(grep -o '/[^ ]*sqlite[^ ]*\.so[^ ]*' "/proc/$pid/maps" 2>/dev/null | sort -u || true)
    [[ -n $found ]] && libraries=$found
    [[ $libraries == *libqsqlite* ]] && break
    sleep 0.05
done
wait "$pid"
run_shell

export_ms=""
shell_ms=""
for ((r = 0; r < runs; r++)); do
    export_ms+=" $(timed run_export)"
    shell_ms+=" $(timed run_shell)"
done
rows=$(("$(wc -l <"$out/shell.csv")"))
export_bytes=$(stat -c %s "$out/export.csv")
shell_bytes=$(stat -c %s "$out/shell.csv")
em=$(echo "$export_ms" | median)
sm=$(echo "$shell_ms" | median)

echo "# $archive: $rows rows, sqlite3 $("$sqlite" --version | cut -d' ' -f1), runs $runs," \
    "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# SQLite libraries mapped by service-archive export:"
grep -v libqsqlite <<<"$libraries" | sed 's/^/#   /'
awk -v rows="$rows" -v em="$em" -v sm="$sm" -v eb="$export_bytes" -v sb="$shell_bytes" \
    -v eall="$export_ms" -v sall="$shell_ms" 'BEGIN {
    printf "%-22s %10s %12s %10s %10s  %s\n", "", "median_ms", "rows_per_s", "MB", "MB_per_s", "all_ms"
    printf "%-22s %10.0f %12.0f %10.1f %10.1f %s\n", "service-archive export", em, rows / em * 1000, eb / 1048576, eb / 1048576 / em * 1000, eall
    printf "%-22s %10.0f %12.0f %10.1f %10.1f %s\n", "sqlite3 -csv", sm, rows / sm * 1000, sb / 1048576, sb / 1048576 / sm * 1000, sall
    printf "ratio (shell / export) %.2f\n", sm / em
}'
