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
# clock and CPU time (user + system) of the whole process (start, open, read, write, exit), runs
# alternating, after one untimed run of each that warms the page cache; medians. ratio = shell
# median / export median: above 1 the export is faster. The SQLite libraries mapped into the
# exporting process (/proc/PID/maps) are listed, with ldd's view: there must be exactly one.
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

export SERVICEARCHIVE_PASSWORD=$password
export_cmd=("$app" export --archive "$archive" --user "$user" --report customer-list
    --output "$out/export.csv" "${extra[@]}")
shell_cmd=("$sqlite" -readonly -csv "$archive" "$sql")

run_export() { "${export_cmd[@]}"; }
run_shell() { "${shell_cmd[@]}" >"$out/shell.csv"; }
timed() { # command -> "wall_s cpu_s" (cpu: user + system); its errors go to errors.log
    local TIMEFORMAT='%R %U %S' t
    t=$({ time "$@" 2>>"$out/errors.log"; } 2>&1) || {
        echo "compare-export: $* failed:" >&2
        cat "$out/errors.log" >&2
        return 1
    }
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}
median() {
    sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END {
        if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# One untimed run each (it warms the page cache); meanwhile the shared libraries the exporting
# process has mapped, read from /proc/PID/maps while it runs (QSQLITE is loaded when the archive
# opens).
: >"$out/errors.log"
"${export_cmd[@]}" &
pid=$!
maps=""
while kill -0 "$pid" 2>/dev/null; do
    found=$(awk '$6 ~ /\.so/ { print $6 }' "/proc/$pid/maps" 2>/dev/null | sort -u || true)
    [[ -n $found ]] && maps=$found
    grep -q libqsqlite <<<"$maps" && break
    sleep 0.02
done
wait "$pid"
run_shell
grep -q libqsqlite <<<"$maps" || { echo "compare-export: the export ended before QSQLITE was seen" >&2; exit 1; }
# SQLite libraries: libsqlite3 itself, or anything else exporting sqlite3_open_v2 (a copy linked
# into a plugin or a library would show up here as a second one).
sqlite_libraries=$(
    while read -r lib; do
        [[ $lib == *libqsqlite* ]] && continue
        if [[ $lib == *libsqlite3* ]] || nm -D --defined-only "$lib" 2>/dev/null | grep -qw sqlite3_open_v2; then
            echo "$lib -> $(readlink -f "$lib")"
        fi
    done <<<"$maps" | sort -u -t'>' -k2
)
sqlite_count=$(sed '/^$/d' <<<"$sqlite_libraries" | wc -l)

export_wall="" export_cpu="" shell_wall="" shell_cpu=""
for ((r = 0; r < runs; r++)); do
    read -r w c <<<"$(timed run_export)"
    export_wall+="$w"$'\n' export_cpu+="$c"$'\n'
    read -r w c <<<"$(timed run_shell)"
    shell_wall+="$w"$'\n' shell_cpu+="$c"$'\n'
done
rows=$(("$(wc -l <"$out/shell.csv")"))
export_bytes=$(stat -c %s "$out/export.csv")
shell_bytes=$(stat -c %s "$out/shell.csv")
ew=$(median <<<"$export_wall") ec=$(median <<<"$export_cpu")
sw=$(median <<<"$shell_wall") sc=$(median <<<"$shell_cpu")

echo "# $archive: $rows rows, sqlite3 $("$sqlite" --version | cut -d' ' -f1), runs $runs," \
    "load before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# SQLite libraries in the service-archive export process ($sqlite_count; QSQLITE's plugin aside):"
sed 's/^/#   /' <<<"$sqlite_libraries"
echo "# ldd $(basename "$app"): $(ldd "$app" | grep -c sqlite) SQLite line(s): $(ldd "$app" | grep sqlite | awk '{ print $1 }' | tr '\n' ' ')"
awk -v rows="$rows" -v ew="$ew" -v ec="$ec" -v sw="$sw" -v sc="$sc" -v eb="$export_bytes" \
    -v sb="$shell_bytes" -v eall="$(tr '\n' ' ' <<<"$export_wall")" \
    -v sall="$(tr '\n' ' ' <<<"$shell_wall")" 'BEGIN {
    printf "%-22s %9s %9s %11s %8s  %s\n", "", "wall_s", "cpu_s", "rows_per_s", "MB", "all wall_s"
    printf "%-22s %9.2f %9.2f %11.0f %8.1f  %s\n", "service-archive export", ew, ec, rows / ew, eb / 1048576, eall
    printf "%-22s %9.2f %9.2f %11.0f %8.1f  %s\n", "sqlite3 -csv", sw, sc, rows / sw, sb / 1048576, sall
    printf "ratio (shell / export): wall %.2f, cpu %.2f (above 1: the export is faster)\n", sw / ew, sc / ec
}'
[[ $sqlite_count -eq 1 ]] || { echo "compare-export: $sqlite_count SQLite libraries, expected 1" >&2; exit 1; }
