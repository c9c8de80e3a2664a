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

# The 10,000,000-row figure for rows whose entries are apart: a generate-es003 file whose data
# rows are scattered at random, screened by `cape-rules screen` (declarations grouped) with
# -Xmx1g, beside FastCSV reading every field of the same file in a fresh JVM with -Xmx1g, in the
# same run. Prints wall time, peak resident memory, the peak size of the temporary files and the
# ratio; writes $BENCH_DIR/apart.txt. Needs the jars of bench/run.sh.
#
#   bench/apart.sh [BENCH_DIR] [ROWS]     # default target/bench, 10000000 rows; about 4 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${1:-$ROOT/target/bench}
BIG=${2:-10000000}
SEED=20260713
JAR=cape-rules-benchmarks/target/benchmarks.jar
CLI=cape-rules-examples/target/cape-rules.jar
mkdir -p "$BENCH_DIR"

echo "== $BIG rows whose entries are apart: cape-rules screen with -Xmx1g, beside FastCSV" >&2
APART_FILE="$BENCH_DIR/es003-apart-$BIG.csv"
APART_TMP="$BENCH_DIR/tmp"
rm -rf "$BENCH_DIR/apart-out" "$APART_TMP" "$BENCH_DIR"/apart-bucket-*
mkdir -p "$APART_TMP"
java -jar "$CLI" generate-es003 --rows "$BIG" --seed "$SEED" --out "$APART_FILE.grouped" >&2
head -n 1 "$APART_FILE.grouped" > "$APART_FILE"
tail -n +2 "$APART_FILE.grouped" | awk -v dir="$BENCH_DIR" \
  'BEGIN { srand(42) } { print > (dir "/apart-bucket-" int(rand() * 64)) }'
cat "$BENCH_DIR"/apart-bucket-* >> "$APART_FILE"
rm -f "$BENCH_DIR"/apart-bucket-* "$APART_FILE.grouped"
start=$(date +%s%N)
java -Xmx1g -cp "$JAR" org.caperules.benchmarks.FastCsvBaseline "$APART_FILE" > /dev/null
base_ms=$(( ($(date +%s%N) - start) / 1000000 ))
( while true; do du -sb "$APART_TMP" | cut -f1; sleep 1; done ) > "$BENCH_DIR/apart-spill.txt" &
SAMPLER=$!
start=$(date +%s%N)
/usr/bin/time -v java -Xmx1g -XX:+UseParallelGC -Djava.io.tmpdir="$APART_TMP" -jar "$CLI" \
  screen --as-of 2026-07-13 --out "$BENCH_DIR/apart-out" \
  --label-key "$BENCH_DIR/apart-label.key" "$APART_FILE" > "$BENCH_DIR/apart.out" \
  2> "$BENCH_DIR/apart.err" || echo "  screen failed" >&2
screen_ms=$(( ($(date +%s%N) - start) / 1000000 ))
kill "$SAMPLER"
{
  echo "  screen: $screen_ms ms; FastCSV reading the same file: $base_ms ms; ratio" \
    "$(awk -v b="$base_ms" -v s="$screen_ms" 'BEGIN { printf "%.2f", b / s }')"
  grep -E 'Maximum resident' "$BENCH_DIR/apart.err" | sed 's/^[[:space:]]*/  /'
  echo "  peak temporary files: $(sort -n "$BENCH_DIR/apart-spill.txt" | tail -n 1) bytes"
  echo "  input: $(stat -c %s "$APART_FILE") bytes"
} | tee "$BENCH_DIR/apart.txt" >&2
rm -rf "$APART_FILE" "$BENCH_DIR/apart-out" "$APART_TMP"
