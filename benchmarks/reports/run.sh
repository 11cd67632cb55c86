#!/usr/bin/env bash
# Each built-in report (progress, ranking, zero-progress, pipeline, measures, speech-check) and the bulletin over a
# generated workspace of 200 organisations × 50 indicators × 60 months, with JMH, each against a baseline in the
# same run doing the report's arithmetic in plain loops over primitive arrays.
#   benchmarks/reports/run.sh [PATTERN] [JMH options, e.g. -p organisations=20 -wi 1 -i 1 -prof stack]
#     PATTERN: which benchmarks (regex, default ReportsBenchmark = all 15), e.g. 'ReportsBenchmark.progress'
#   benchmarks/reports/run.sh --check [organisations [indicators [months]]]
#     no JMH: the model's size, each report once with its tables and rows, and the baselines' agreement
#   benchmarks/reports/run.sh --profile REPORT [warm-up runs [measured runs]]
#     no JMH: where REPORT's time goes (Java Flight Recorder samples after warm-up, the top methods printed;
#     the recording in benchmarks/results/reports-REPORT.jfr)
# Results: benchmarks/results/reports.json (JMH) and a table on stdout.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/benchmarks/reports"
OUT="$ROOT/benchmarks/results"
mkdir -p "$OUT"
cd "$ROOT"
if [ ! -d bundles/podium.model/src-gen/podium ]; then
  echo "generating the EMF model code ..." >&2
  ./mvnw -B -q -pl releng/podium.target,bundles/podium.core,bundles/podium.model generate-sources >&2
fi
./mvnw -B -q -f "$HERE/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$HERE/target/classpath.txt" >&2
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"
if [ "${1:-}" = "--check" ]; then
  shift
  exec "$JAVA" -Xms3g -Xmx3g -cp "$CP" podium.benchmarks.reports.Check "$@"
fi
if [ "${1:-}" = "--profile" ]; then
  shift
  exec "$JAVA" -Xms3g -Xmx3g -XX:FlightRecorderOptions=stackdepth=512 -cp "$CP" podium.benchmarks.reports.Profile \
    "$1" "${2:-5}" "${3:-10}" "$OUT/reports-$1.jfr"
fi
PATTERN=ReportsBenchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  PATTERN=$1
  shift
fi
"$JAVA" -cp "$CP" org.openjdk.jmh.Main "$PATTERN" -rf json -rff "$OUT/reports.json" "$@" >&2
python3 - "$OUT/reports.json" <<'PY'
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
if not runs:
    sys.exit("no results")
p = next(iter(runs.values())).get("params", {})
print("model: %s organisations x %s indicators x %s months; ms per report (± 99.9%% error over the iterations)"
      % (p.get("organisations"), p.get("indicators"), p.get("months")))
def fmt(m):
    err = m["scoreError"]
    e = "" if err in ("NaN", None) or err != err else " ± %.3g" % float(err)
    return "%.3g%s" % (m["score"], e)
print("%-13s %22s %22s %10s  %s" % ("report", "report (ms)", "baseline (ms)", "ratio", "goal <= 1 s"))
for method, report in [("progress", "progress"), ("ranking", "ranking"), ("zeroProgress", "zero-progress"),
                       ("pipeline", "pipeline"), ("measures", "measures"), ("speechCheck", "speech-check"),
                       ("bulletin", "bulletin")]:
    r, b = runs.get(method), runs.get(method + "Baseline")
    if r is None and b is None:
        continue
    score = r["primaryMetric"]["score"] if r else None
    print("%-13s %22s %22s %10s  %s" % (report, fmt(r["primaryMetric"]) if r else "-",
          fmt(b["primaryMetric"]) if b else "-",
          "%.0fx" % (score / b["primaryMetric"]["score"]) if r and b else "-",
          ("met" if score <= 1000 else "NOT met") if r else "-"))
if "index" in runs:
    print("%-13s %22s   (indexing the workspace and listing the element types, part of every report)"
          % ("index only", fmt(runs["index"]["primaryMetric"])))
PY
