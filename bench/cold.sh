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

# The cold whole-process figures: for each of the three inputs of
# org.caperules.benchmarks.ShapedInputs (grouped, apart, many-importers), the best of $RUNS
# (default 3) runs, each a fresh JVM with -Xmx512m and the cape-rules script's -XX:+UseParallelGC,
# wall time of the whole process:
#   fastcsv   FastCSV reading every field of the file (FastCsvBaseline's main)
#   nogroup   cape-rules screen --no-group
#   group     cape-rules screen (declarations grouped by importer, one file per importer)
# Writes $BENCH_DIR/cold.txt (one line per input: name rows fastcsv nogroup group, in ms, and
# the CPU seconds of the best run of each) and $BENCH_DIR/cold-inputs.txt; then the same for an
# .xlsx workbook of 200,000 rows against fastexcel-reader (cold-xlsx.txt; XLSX=0 leaves it out).
# bench/table.sh prints them. Needs the jars of bench/run.sh (mvn -B -q -Pbench -DskipTests package).
#
#   bench/cold.sh [BENCH_DIR]        # full size: 815,290 rows per input, about 5 minutes
#   QUICK=1 bench/cold.sh            # a fifth of that
#   RUNS=1 INPUTS="many-importers" bench/cold.sh   # one measurement while iterating
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${1:-${BENCH_DIR:-$ROOT/target/bench}}
SEED=${SEED:-20260713}
RUNS=${RUNS:-3}
INPUTS=${INPUTS:-grouped apart many-importers}
JAR=$ROOT/cape-rules-benchmarks/target/benchmarks.jar
CLI=$ROOT/cape-rules-examples/target/cape-rules.jar
# -XX:+UseParallelGC: what the cape-rules script runs with (for every process, FastCSV's too)
JAVA_OPTS=(-Xmx512m -XX:+UseParallelGC ${COLD_JAVA_OPTS:-})
if [[ "${QUICK:-0}" == 1 ]]; then DIVISOR=5; else DIVISOR=1; fi
DIR="$BENCH_DIR/cold-inputs-$DIVISOR-$SEED"
OUT="$BENCH_DIR/cold-out"
mkdir -p "$BENCH_DIR"

if [[ ! -f "$DIR/done" ]]; then
  echo "== cold: inputs (ShapedInputs, divisor $DIVISOR, seed $SEED) into $DIR" >&2
  rm -rf "$DIR"
  java -cp "$JAR" org.caperules.benchmarks.ShapedInputs "$DIR" "$DIVISOR" "$SEED" > "$DIR.txt"
  touch "$DIR/done"
fi
cp "$DIR.txt" "$BENCH_DIR/cold-inputs.txt"

# One timed process: prints "millis cpuSeconds", or "FAIL FAIL" if it exits non-zero.
# The output directory is removed before each run, outside the timing, so every screen writes
# into an empty one (replacing a declaration set with --force costs more: README, Performance).
timed() {
  rm -rf "$OUT"
  local start end
  start=$(date +%s%N)
  if /usr/bin/time -f '%U %S' -o "$BENCH_DIR/cold-time.txt" "$@" > "$BENCH_DIR/cold-run.log" 2>&1; then
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(awk '{ printf "%.2f", $1 + $2 }' "$BENCH_DIR/cold-time.txt")"
  else
    echo "  failed: $* (see $BENCH_DIR/cold-run.log)" >&2
    echo "FAIL FAIL"
  fi
}

# The best (least wall time) of $RUNS runs: "millis cpuSeconds".
best() {
  local best="" run
  for ((i = 0; i < RUNS; i++)); do
    run=$(timed "$@")
    if [[ "$run" != FAIL* ]] && { [[ -z "$best" ]] || (( ${run%% *} < ${best%% *} )); }; then
      best=$run
    fi
  done
  echo "${best:-FAIL FAIL}"
}

: > "$BENCH_DIR/cold.txt"
echo "$RUNS" > "$BENCH_DIR/cold-runs.txt"
for input in $INPUTS; do
  file="$DIR/$input.csv"
  rows=$(( $(wc -l < "$file") - 1 ))
  screen=(java "${JAVA_OPTS[@]}" -jar "$CLI" screen --as-of 2026-07-13 --out "$OUT"
    --label-key "$BENCH_DIR/payee-label.key")
  base=$(best java "${JAVA_OPTS[@]}" -cp "$JAR" org.caperules.benchmarks.FastCsvBaseline "$file")
  nogroup=$(best "${screen[@]}" --no-group "$file")
  group=$(best "${screen[@]}" "$file")
  echo "$input $rows $base $nogroup $group" >> "$BENCH_DIR/cold.txt"
  echo "  $input ($rows rows): fastcsv $base | screen --no-group $nogroup | screen $group" \
    "(ms, CPU s)" >&2
done
# The .xlsx figure: a workbook of 200,000 rows (a fifth with QUICK=1), screen --no-group against
# fastexcel-reader reading every cell in a fresh JVM. XLSX=0 leaves it out.
rm -f "$BENCH_DIR/cold-xlsx.txt"
if [[ "${XLSX:-1}" == 1 ]]; then
  xrows=$(( 200000 / DIVISOR ))
  xfile="$DIR/screen-$xrows.xlsx"
  if [[ ! -f "$xfile" ]]; then
    java -cp "$JAR" org.caperules.benchmarks.FastExcelBaseline --write "$xfile" "$xrows" "$SEED" >&2
  fi
  screen=(java "${JAVA_OPTS[@]}" -jar "$CLI" screen --as-of 2026-07-13 --out "$OUT"
    --label-key "$BENCH_DIR/payee-label.key")
  base=$(best java "${JAVA_OPTS[@]}" -cp "$JAR" org.caperules.benchmarks.FastExcelBaseline "$xfile")
  nogroup=$(best "${screen[@]}" --no-group "$xfile")
  echo "xlsx $xrows $base $nogroup" > "$BENCH_DIR/cold-xlsx.txt"
  echo "  xlsx ($xrows rows): fastexcel-reader $base | screen --no-group $nogroup (ms, CPU s)" >&2
fi
rm -rf "$OUT"
uptime | sed 's/.*load average://' > "$BENCH_DIR/cold-load.txt"
