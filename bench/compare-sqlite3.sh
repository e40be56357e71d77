#!/usr/bin/env bash
# Runs the statements of the customer list in the sqlite3 shell (.timer on) against an archive,
# to tell the cost of SQLite from the cost of our code around it.
#
#   bench/compare-sqlite3.sh ARCHIVE [BENCH_OUTPUT]
#
# ARCHIVE       the archive archive-bench measured (opened read-only here).
# BENCH_OUTPUT  optional: the saved output of `archive-bench --archive ARCHIVE`; its numbers are
#               shown next to the shell's.
# Environment:  BENCH (default build/bench/archive-bench), SQLITE3 (default sqlite3),
#               RUNS (default 5), BATCH (default 1000: executions of each small statement per
#               batch; each batch is run 5 times and the fastest counts).
#
# The statements and their bind values come from `archive-bench --print-sql`, so they are
# exactly what CustomerFilter::idQuery() builds (FTS5 syntax included); the shell binds them as
# parameters (.parameter / temp.sqlite_parameters), as the application does.
#
# Columns:
#   rows        rows the statement returns
#   count_ms    median real time of SELECT count(*) FROM (<statement>): SQLite's work alone,
#               without printing rows (SQLite 3.40 keeps the ORDER BY of the subquery; the script
#               checks the plan and marks the number with * when it does not; a LIMIT, even -1,
#               would make SQLite sort through a b-tree instead of its sorter, 3x slower)
#   shell_ms    median real time of the statement itself, rows written by the shell to /dev/null
#               (includes the shell's formatting of every row)
#   batch_us    small statements only: wall time per execution over BATCH executions in one
#               sqlite3 process, minus the same number of `SELECT 1` (the shell's timer has 1 ms
#               resolution); binds substituted into the text as literals; prepare included, as
#               QSqlQuery prepares on every call too
#   bench_sql   archive-bench's sql_median_ms (IdListReader on its own connection)
#   bench_e2e   archive-bench's median_ms (setFilter() to finished() plus the first screen); for
#               "screen" its list_default screen_median_ms (first 40 rows through the model), for
#               "profile (3 statements)" its profile_get median_ms (CustomerRepository::get)
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
archive=$1
bench_output=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
bench=${BENCH:-$here/../build/bench/archive-bench}
sqlite=${SQLITE3:-sqlite3}
runs=${RUNS:-5}
batch=${BATCH:-1000}

[[ -f $archive ]] || { echo "compare-sqlite3: $archive does not exist" >&2; exit 1; }
[[ -x $bench ]] || { echo "compare-sqlite3: $bench not built (cmake --build build --target archive-bench)" >&2; exit 1; }
command -v "$sqlite" >/dev/null || { echo "compare-sqlite3: $sqlite not found (apt-get install sqlite3)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bench" --archive "$archive" --print-sql >"$work/statements.tsv"

# The parameters of one statement: a .parameter table holding ?1, ?2, ... as the SQL literals
# archive-bench printed.
params_awk='
function params(    i, n) {
    print ".parameter clear"
    print ".parameter init"
    n = NF - 2
    if (n == 0) return
    printf "INSERT INTO temp.sqlite_parameters(key, value) VALUES"
    for (i = 1; i <= n; i++)
        printf "%s(%s, %s)", (i > 1 ? ", " : ""), "'"'"'?" i "'"'"'", $(i + 2)
    print ";"
}'

# One script for the shell: for each statement its plans, a warm-up, RUNS counted runs, RUNS
# plain runs.
awk -F '\t' -v runs="$runs" "$params_awk"'
BEGIN { print ".timer on" }
# Markers carry the line number of the statement: names may hold anything.
function marker(kind) { printf ".print @@%s %d\n", kind, NR }
{
    params()
    marker("plan")
    printf "EXPLAIN QUERY PLAN %s;\n", $2
    marker("cplan")
    printf "EXPLAIN QUERY PLAN SELECT count(*) FROM (%s);\n", $2
    # One untimed run first, so that every timed run finds the same warm cache.
    print ".output /dev/null"
    printf "%s;\n", $2
    print ".output stdout"
    marker("count")
    for (r = 0; r < runs; r++) printf "SELECT count(*) FROM (%s);\n", $2
    marker("shell")
    print ".output /dev/null"
    for (r = 0; r < runs; r++) printf "%s;\n", $2
    print ".output stdout"
}
END { print ".print @@end" }' "$work/statements.tsv" >"$work/script.sql"

echo "# $archive: sqlite3 $("$sqlite" --version | cut -d' ' -f1), runs $runs, batch $batch," \
    "load $(cut -d' ' -f1-3 /proc/loadavg)"
"$sqlite" -readonly "$archive" <"$work/script.sql" >"$work/shell.out" 2>"$work/shell.err" || {
    cat "$work/shell.err" >&2
    exit 1
}
if [[ -s $work/shell.err ]]; then
    echo "compare-sqlite3: sqlite3 reported:" >&2
    cat "$work/shell.err" >&2
fi

# Small statements (the first screen and the profile): executions per batch, wall clock.
now_ns() { date +%s%N; }
batch_time() { # file -> ns
    local start end
    start=$(now_ns)
    "$sqlite" -readonly "$archive" <"$1" >/dev/null
    end=$(now_ns)
    echo $((end - start))
}
: >"$work/batch.tsv"
while IFS=$'\t' read -r name _; do
    case $name in screen | profile*) ;; *) continue ;; esac
    grep -P "^\Q$name\E\t" "$work/statements.tsv" | head -1 >"$work/one.tsv"
    # The bind literals go into the text here: the shell looks every parameter up in
    # temp.sqlite_parameters, which for the 128 ids of a screen costs more than the read itself.
    awk -F '\t' -v n="$batch" '
        {
            k = split($2, part, "?")
            sql = part[1]
            for (i = 2; i <= k; i++) sql = sql $(i + 1) part[i]
            for (i = 0; i < n; i++) printf "%s;\n", sql
        }' "$work/one.tsv" >"$work/batch.sql"
    awk -v n="$batch" 'BEGIN { for (i = 0; i < n; i++) print "SELECT 1;" }' >"$work/base.sql"
    best=""
    base=""
    for _ in 1 2 3 4 5; do
        t=$(batch_time "$work/batch.sql")
        if [[ -z $best || $t -lt $best ]]; then best=$t; fi
        t=$(batch_time "$work/base.sql")
        if [[ -z $base || $t -lt $base ]]; then base=$t; fi
    done
    printf '%s\t%s\n' "$name" \
        "$(awk -v t="$((best - base))" -v n="$batch" 'BEGIN { printf "%.1f", t / n / 1000 }')" \
        >>"$work/batch.tsv"
done <"$work/statements.tsv"

# The bench's own numbers, by statement name.
: >"$work/bench.tsv"
if [[ -n $bench_output ]]; then
    awk '
    function field(key,    i) { for (i = 1; i < NF; i++) if ($i == key) return $(i + 1); return "" }
    $1 == "list_default" { printf "list_default\t%s\t%s\n", field("sql_median_ms"), field("median_ms") }
    $1 == "search" { printf "search:%s\t%s\t%s\n", $2, field("sql_median_ms"), field("median_ms") }
    $1 == "list_default" { printf "screen\t-\t%s\n", field("screen_median_ms") }
    $1 == "profile_get" { printf "profile (3 statements)\t-\t%s\n", field("median_ms") }
    ' "$bench_output" >"$work/bench.tsv"
fi

awk -F '\t' '
function median(list,    a, n, i, j, t) {
    n = split(list, a, " ")
    if (n == 0) return ""
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
FILENAME ~ /statements.tsv$/ { names[FNR] = $1; next }
FILENAME ~ /batch.tsv$/ { batch[$1] = $2; next }
FILENAME ~ /bench.tsv$/ { bsql[$1] = $2; be2e[$1] = $3; next }
/^@@end/ { mode = ""; next }
/^@@/ {
    split($0, m, " ")
    mode = substr(m[1], 3)
    name = names[m[2]]
    if (!(name in seen)) { seen[name] = 1; order[++count] = name }
    next
}
/^Run Time: real / {
    split($0, w, " ")
    ms = w[4] * 1000
    if (mode == "count") counted[name] = counted[name] " " ms
    if (mode == "shell") shell[name] = shell[name] " " ms
    next
}
mode == "count" { rows[name] = $0; next }
mode == "plan" { plan[name] = plan[name] "    " $0 "\n"; next }
mode == "cplan" { cplan[name] = cplan[name] $0 "\n"; next }
END {
    printf "%9s %9s %9s %9s %9s %9s  %s\n", "rows", "count_ms", "shell_ms", "batch_us", "bench_sql", "bench_e2e", "statement"
    for (i = 1; i <= count; i++) {
        n = order[i]
        c = median(counted[n])
        # The count must sort as the statement does, or it measures something else.
        if (plan[n] ~ /ORDER BY/ && cplan[n] !~ /ORDER BY/) { c = c "*"; unsorted = 1 }
        printf "%9s %9s %9s %9s %9s %9s  %s\n", rows[n], c, median(shell[n]),
               (n in batch ? batch[n] : "-"), (n in bsql ? bsql[n] : "-"), (n in be2e ? be2e[n] : "-"), n
        if (n ~ /^profile/ && n in batch) profile += batch[n]
    }
    n = "profile (3 statements)"
    if (profile != "")
        printf "%9s %9s %9s %9.1f %9s %9s  %s\n", "", "", "", profile, "-", (n in be2e ? be2e[n] : "-"), n
    if (unsorted)
        print "* this SQLite drops the ORDER BY inside count(*): the count skips the sort"
    print ""
    print "Query plans (statements with the same plan together):"
    for (i = 1; i <= count; i++) {
        n = order[i]
        if (plan[n] in done) continue
        done[plan[n]] = 1
        same = ""
        for (j = i; j <= count; j++)
            if (plan[order[j]] == plan[n]) same = same (same == "" ? "" : ", ") order[j]
        printf "  %s\n%s", same, plan[n]
    }
}' "$work/statements.tsv" "$work/batch.tsv" "$work/bench.tsv" "$work/shell.out"
