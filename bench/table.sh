#!/usr/bin/env bash
#
# Copyright 2026 The cape-rules authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# Prints the table of bench/run.sh from its result files: benchmark, score, baseline, ratio.
#
#   bench/table.sh [BENCH_DIR]     # default target/bench under the repository
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${1:-$(pwd)/target/bench}

# The table, led by the cold whole-process figures of bench/cold.sh (cold.txt: input rows, then
# "millis cpuSeconds" of FastCSV, screen --no-group and screen), ratio = FastCSV's time / the
# screen's time, against the goals (0.5 and 0.3; milestones 0.3 and 0.2).
echo
echo "cape-rules benchmarks: $(nproc) cores, $(java -version 2>&1 | head -1), load average at the end of the run:$(cat "$BENCH_DIR/load.txt" 2>/dev/null || cat "$BENCH_DIR/cold-load.txt")"
printf '%-44s %22s %22s %8s\n' benchmark score baseline ratio
if [[ -f "$BENCH_DIR/cold.txt" ]]; then
  awk '
    function goal(r, g, m) {
      if (g == m) return sprintf("goal %.1f: %s", g, r >= g ? "met" : "not met")
      return sprintf("goal %.1f: %s; milestone %.1f: %s", g, r >= g ? "met" : "not met", m, r >= m ? "met" : "not met")
    }
    function row(name, s, scpu, b, bcpu, g, m) {
      if (s == "FAIL" || b == "FAIL") {
        printf "%-54s %22s %22s %8s\n", name, "FAILED", b == "FAIL" ? "FAILED" : b " ms", "-"
        return
      }
      printf "%-54s %9d ms (%5.1f s CPU) %9d ms (%4.1f s CPU) %7.2fx  %s\n", name, s, scpu, b, bcpu, b / s, goal(b / s, g, m)
    }
    $1 == "xlsx" { row("cold screen --no-group, .xlsx (" $2 " rows)", $5, $6, $3, $4, 0.5, 0.5); next }
    { row("cold screen --no-group, " $1 " (" $2 " rows)", $5, $6, $3, $4, 0.5, 0.3)
      row("cold screen, " $1 " (" $2 " rows)", $7, $8, $3, $4, 0.3, 0.2) }
  ' "$BENCH_DIR/cold.txt" $([[ -f "$BENCH_DIR/cold-xlsx.txt" ]] && echo "$BENCH_DIR/cold-xlsx.txt")
  echo "  (fresh JVM per run, -Xmx512m, whole-process wall time, best of $(cat "$BENCH_DIR/cold-runs.txt" 2>/dev/null || echo 3); baseline: FastCSV reading every field, for .xlsx fastexcel-reader reading every cell, in a fresh JVM;"
  echo "  load average at the end of the cold runs:$(cat "$BENCH_DIR/cold-load.txt" 2>/dev/null || echo ' -'))"
fi
[[ -f "$BENCH_DIR/params.txt" ]] || exit 0
# shellcheck disable=SC1091
source "$BENCH_DIR/params.txt"
# JMH csv: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",params
awk -F, -v q='"' '
  function v(s) { gsub(q, "", s); return s }
  FNR == 1 { next }
  { name = v($1); sub(/^.*Benchmark\./, "", name); score[name] = v($5); threads[name] = v($3) }
  END {
    t = 2000000
    e = score["evaluate"]; a = score["evaluateAllThreads"]; n = threads["evaluateAllThreads"]
    printf "%-44s %15.0f ent/s %15.0f ent/s %7.2fx\n", "evaluate, 1 thread", e, t, e / t
    printf "%-44s %15.0f ent/s %15.0f ent/s %7.2fx\n", "evaluate, " n " threads (per thread)", a / n, t, a / n / t
    printf "%-44s %13.0f bytes/ent %22s %8s\n", "evaluate allocation (gc.alloc.rate.norm)", score["evaluate:gc.alloc.rate.norm"], "result only", "-"
  }' "$BENCH_DIR/evaluate.csv"
awk -F, -v q='"' -v rows="$FILE_ROWS" '
  function v(s) { gsub(q, "", s); return s }
  FNR == 1 { next }
  { name = v($1); sub(/^.*Benchmark\./, "", name); score[name] = v($5) }
  END {
    b = score["fastCsvBaseline"]
    split("es003Read es003Stream es003StreamParseAhead screen", names, " ")
    for (i = 1; i <= 4; i++) {
      s = score[names[i]]
      printf "%-44s %14.0f rows/s %15.0f rows/s %7.2fx\n", names[i] " (" rows " rows)", rows * 1000 / s, rows * 1000 / b, b / s
    }
  }' "$BENCH_DIR/es003.csv"
awk -F, -v q='"' -v n="$WRITE_ENTRIES" '
  function v(s) { gsub(q, "", s); return s }
  FNR == 1 { next }
  { name = v($1); sub(/^.*Benchmark\./, "", name); score[name] = v($5) }
  END {
    d = score["declarations"]; db = score["fastCsvDeclarationBaseline"]
    r = score["screeningReport"]; rb = score["fastCsvReportBaseline"]
    printf "%-44s %15.0f ent/s %15.0f ent/s %7.2fx\n", "declarations (" n " entries)", n * 1000 / d, n * 1000 / db, db / d
    printf "%-44s %15.0f ent/s %15.0f ent/s %7.2fx\n", "screeningReport (" n " entries)", n * 1000 / r, n * 1000 / rb, rb / r
  }' "$BENCH_DIR/write.csv"
# scaling.txt: rows | baseline: rows entries ms rows/s heap | screen: rows entries ms rows/s heap
# Each size runs in a fresh JVM, warmed by one untimed pass over the same file; the cost of each
# further million rows (time difference / rows difference) shows linearity.
awk '
  { rows = $1; bms = $4; sms = $10; if (NR == 1) { r0 = rows; t0 = sms }
    printf "%-44s %14.0f rows/s %15.0f rows/s %7.2fx\n", "screen " rows " rows (" $9 " entries, " sms " ms)", $11, $5, bms / sms
    printf "%-44s %22s %22s %7.2fx\n", "  time ratio to " r0 " rows (linear: " rows / r0 ")", sms / t0 "x", "", (sms / t0) / (rows / r0)
    if (NR > 1) printf "%-44s %14.0f ms/1M %22s %8s\n", "  each further 1M rows, from " prev " rows", (sms - pms) / ((rows - prev) / 1000000), "", "-"
    prev = rows; pms = sms }
' "$BENCH_DIR/scaling.txt"
read -r status brows bentries bms brate bheap < "$BENCH_DIR/big.txt" || true
read -r _ _ bbms bbrate _ < "$BENCH_DIR/bigbase.txt"
if [[ "$status" == ok ]]; then
  printf '%-44s %14.0f rows/s %15.0f rows/s %7.2fx\n' "screen $BIG rows, -Xmx1g ($bentries entries, peak heap $bheap MiB)" "$brate" "$bbrate" "$(awk -v a="$bbms" -v b="$bms" 'BEGIN{print a/b}')"
else
  printf '%-44s %22s %15.0f rows/s %8s\n' "screen $BIG rows, -Xmx1g" "FAILED: $brows" "$bbrate" "-"
fi
