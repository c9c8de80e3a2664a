#!/usr/bin/env bash
# Builds the benchmarks, generates the inputs with a fixed seed, runs them and prints one table:
# benchmark, score, baseline, ratio. About 10-15 minutes on 2 cores. Issue 9.
#
#   bench/run.sh                 # everything
#   QUICK=1 bench/run.sh         # shorter JMH runs, smaller scaling files (a smoke test)
#
# Inputs go to $BENCH_DIR (default target/bench under the repository), about 2 GB at peak.
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
  JMH=(-f 1 -wi 2 -i 3 -w 3s -r 3s); FILE_ROWS=300000; WRITE_ENTRIES=100000
  SCALE=(1000000 2000000 4000000 8000000); BIG=10000000
fi

echo "== build: mvn -B -q -Pbench -DskipTests package" >&2
mvn -B -q -Pbench -DskipTests package

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
  base=$(java -Xmx4g -cp "$JAR" org.caperules.benchmarks.Screen "$file" "$file.report" baseline)
  scr=$(java -Xmx4g -cp "$JAR" org.caperules.benchmarks.Screen "$file" "$file.report")
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
bigbase=$(java -Xmx1g -cp "$JAR" org.caperules.benchmarks.Screen "$BIG_FILE" x baseline)
rm -f "$BIG_FILE" "$BIG_FILE.report"

# The table. JMH csv: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",params
echo
echo "cape-rules benchmarks: $(nproc) cores, $(java -version 2>&1 | head -1), load average at the end:$(uptime | sed 's/.*load average://')"
printf '%-44s %22s %22s %8s\n' benchmark score baseline ratio
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
awk '
  { rows = $1; bms = $4; sms = $10; if (NR == 1) { r0 = rows; t0 = sms }
    printf "%-44s %14.0f rows/s %15.0f rows/s %7.2fx\n", "screen " rows " rows (" $9 " entries, " sms " ms)", $11, $5, bms / sms
    printf "%-44s %22s %22s %7.2fx\n", "  time ratio to " r0 " rows (linear: " rows / r0 ")", sms / t0 "x", "", (sms / t0) / (rows / r0) }
' "$BENCH_DIR/scaling.txt"
read -r status brows bentries bms brate bheap < "$BENCH_DIR/big.txt" || true
read -r _ _ bbms bbrate _ <<< "$bigbase"
if [[ "$status" == ok ]]; then
  printf '%-44s %14.0f rows/s %15.0f rows/s %7.2fx\n' "screen $BIG rows, -Xmx1g ($bentries entries, peak heap $bheap MiB)" "$brate" "$bbrate" "$(awk -v a="$bbms" -v b="$bms" 'BEGIN{print a/b}')"
else
  printf '%-44s %22s %15.0f rows/s %8s\n' "screen $BIG rows, -Xmx1g" "FAILED: $brows" "$bbrate" "-"
fi
