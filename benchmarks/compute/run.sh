#!/usr/bin/env bash
# Statuses of every target of a 200 organisations × 50 indicators × 60 months model (600k actuals)
# with JMH, reported as a ratio against a plain loop summing the same 600k values in the same run.
#   benchmarks/compute/run.sh [JMH options, e.g. -p organisations=20 -wi 1 -i 2]
# Results: benchmarks/results/compute.json (JMH) and a summary on stdout.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/benchmarks/compute"
OUT="$ROOT/benchmarks/results"
mkdir -p "$OUT"
cd "$ROOT"
if [ ! -d bundles/podium.model/src-gen/podium ]; then
  echo "generating the EMF model code ..." >&2
  ./mvnw -B -q -pl releng/podium.target,bundles/podium.core,bundles/podium.model generate-sources >&2
fi
./mvnw -B -q -f "$HERE/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$HERE/target/classpath.txt" >&2
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" org.openjdk.jmh.Main StatusBenchmark \
  -rf json -rff "$OUT/compute.json" "$@" >&2
python3 - "$OUT/compute.json" <<'PY'
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
s, b = runs["statuses"]["primaryMetric"], runs["plainLoopSum"]["primaryMetric"]
p = runs["statuses"].get("params", {})
print("model: %s organisations x %s indicators x %s months" % (p.get("organisations"), p.get("indicators"), p.get("months")))
err = lambda m: "" if m["scoreError"] in ("NaN", None) else " ± %.2f" % float(m["scoreError"])
print("statuses:       %8.1f ms%s" % (s["score"], err(s)))
print("plain loop sum: %8.2f ms%s" % (b["score"], err(b)))
print("ratio:          %8.1fx" % (s["score"] / b["score"]))
print("goal (<= 1000 ms for statuses): %s" % ("met" if s["score"] <= 1000 else "NOT met"))
PY
