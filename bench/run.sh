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

# Builds the benchmarks, generates the inputs with a fixed seed, runs them and prints one table:
# benchmark, score, baseline, ratio. It leads with the cold whole-process screens of bench/cold.sh
# (three inputs of 815,290 rows, fresh JVMs), then the warmed JMH figures. About 20-25 minutes on
# 2 cores. Targets: README.md, "Performance".
#
#   bench/run.sh                 # everything
#   QUICK=1 bench/run.sh         # shorter JMH runs, smaller files (a smoke test, about 5 minutes)
#
# Inputs go to $BENCH_DIR (default target/bench under the repository), about 2 GB at peak;
# KEEP_INPUTS=1 keeps the cold inputs of bench/cold.sh for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
SEED=20260713
JAR=cape-rules-benchmarks/target/benchmarks.jar
mkdir -p "$BENCH_DIR"

if [[ "${QUICK:-0}" == 1 ]]; then
  JMH=(-f 1 -wi 1 -i 2 -w 2s -r 2s); FILE_ROWS=100000; WRITE_ENTRIES=20000
  SCALE=(100000 200000 400000 800000); BIG=1000000
else
  JMH=(-f 1 -wi 3 -i 5 -w 3s -r 3s); FILE_ROWS=300000; WRITE_ENTRIES=100000
  SCALE=(1000000 2000000 4000000 8000000); BIG=10000000
fi

echo "== build: mvn -B -q -Pbench -DskipTests package" >&2
mvn -B -q -Pbench -DskipTests package

echo "== cold whole-process screens beside FastCSV, three inputs (bench/cold.sh)" >&2
rm -f "$BENCH_DIR/load.txt" "$BENCH_DIR/params.txt"
bench/cold.sh "$BENCH_DIR"

echo "== JMH: evaluate (with -prof gc)" >&2
java -jar "$JAR" 'EvaluateBenchmark' "${JMH[@]}" -prof gc -rf csv -rff "$BENCH_DIR/evaluate.csv" >&2
echo "== JMH: ES-003 read and screen, $FILE_ROWS rows (file generated in the benchmark, seed $SEED)" >&2
java -jar "$JAR" 'Es003Benchmark' "${JMH[@]}" -p rows="$FILE_ROWS" -rf csv -rff "$BENCH_DIR/es003.csv" >&2
echo "== JMH: writers, $WRITE_ENTRIES entries" >&2
java -jar "$JAR" 'WriteBenchmark' "${JMH[@]}" -p entries="$WRITE_ENTRIES" -rf csv -rff "$BENCH_DIR/write.csv" >&2

echo "== scaling: one file of $BIG rows (seed $SEED), its first rows for the smaller sizes" >&2
BIG_FILE="$BENCH_DIR/es003-$BIG.csv"
java -cp "$JAR" org.caperules.benchmarks.Es003Files "$BIG_FILE" "$BIG" "$SEED" >&2
: > "$BENCH_DIR/scaling.txt"
for rows in "${SCALE[@]}"; do
  file="$BENCH_DIR/es003-$rows.csv"
  head -n $((rows + 1)) "$BIG_FILE" > "$file"
  base=$(java -Xmx4g -cp "$JAR" org.caperules.benchmarks.Screen "$file" "$file.report" baseline warm)
  scr=$(java -Xmx4g -cp "$JAR" org.caperules.benchmarks.Screen "$file" "$file.report" warm)
  echo "$rows $base | $scr" >> "$BENCH_DIR/scaling.txt"
  echo "  $rows rows: baseline $base | screen $scr" >&2
  rm -f "$file" "$file.report"
done
echo "== $BIG rows with -Xmx1g" >&2
if big=$(java -Xmx1g -cp "$JAR" org.caperules.benchmarks.Screen "$BIG_FILE" "$BIG_FILE.report" 2>"$BENCH_DIR/big.err"); then
  echo "ok $big" > "$BENCH_DIR/big.txt"
else
  echo "failed $(grep -m1 -o 'OutOfMemoryError[^\"]*' "$BENCH_DIR/big.err" || echo exit)" > "$BENCH_DIR/big.txt"
fi
java -Xmx1g -cp "$JAR" org.caperules.benchmarks.Screen "$BIG_FILE" x baseline > "$BENCH_DIR/bigbase.txt"
rm -f "$BIG_FILE" "$BIG_FILE.report"

# The cold inputs (about 0.5 GB at full size) are kept between runs of bench/cold.sh alone;
# bench/run.sh removes them unless KEEP_INPUTS=1.
if [[ "${KEEP_INPUTS:-0}" != 1 ]]; then
  rm -rf "$BENCH_DIR"/cold-inputs-*
fi
uptime | sed 's/.*load average://' > "$BENCH_DIR/load.txt"
# The table, from the result files (bench/table.sh can print it again from them).
printf '%s\n' "FILE_ROWS=$FILE_ROWS" "WRITE_ENTRIES=$WRITE_ENTRIES" "BIG=$BIG" > "$BENCH_DIR/params.txt"
"$ROOT/bench/table.sh" "$BENCH_DIR"

# ---- Rows of an entry apart: the partitioned read (a separate step; APART=0 skips it) ----------
# One file of $BIG rows from generate-es003, its data rows scattered at random into 64 buckets and
# joined again, so that almost no entry has its rows together: `cape-rules screen` with -Xmx1g
# then sorts the rows by entry on disk (temporary files under $BENCH_DIR/tmp) and must finish.
# Prints wall time, peak RSS and the peak bytes of the temporary files.
if [[ "${APART:-1}" == 1 ]]; then
  bench/apart.sh "$BENCH_DIR" "$BIG"
fi
