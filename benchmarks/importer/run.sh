#!/usr/bin/env bash
# Importing the whole corpus in a warm JVM, as a ratio against merely reading and decoding the same
# files in the same run (see ImporterBenchmark.java). Fails when a warm import takes over 2 s.
#   benchmarks/importer/run.sh [CORPUS_DIR] [WARMUP_ROUNDS] [ROUNDS]
# Needs the importer built: ./mvnw -B -pl releng/podium.target,bundles/podium.core,bundles/podium.model,bundles/podium.importer verify
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CORPUS=${1:-$ROOT/../shared/corpus}
WARMUP=${2:-5}
ROUNDS=${3:-10}
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
jar_of() { ls "$ROOT/bundles/$1/target/$1-"*.jar 2>/dev/null | grep -v sources | head -1; }
CORE=$(jar_of podium.core)
IMPORTER=$(jar_of podium.importer)
ICU=$(ls "${MAVEN_REPO:-$HOME/.m2/repository}"/com/ibm/icu/icu4j/76.*/icu4j-76.*.jar 2>/dev/null | sort | tail -1)
# the importer's messages come through Eclipse NLS (org.eclipse.osgi.util), which also runs without a framework
OSGI=${MAVEN_REPO:-$HOME/.m2/repository}/org/eclipse/platform/org.eclipse.osgi/3.23.100/org.eclipse.osgi-3.23.100.jar
for j in "$CORE" "$IMPORTER" "$ICU" "$OSGI"; do
  [ -n "$j" ] && [ -f "$j" ] || { echo "missing jar; build the importer first (see the header of this script)" >&2; exit 2; }
done
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="$CORE:$IMPORTER:$ICU:$OSGI"
javac -encoding UTF-8 -d "$WORK" -cp "$CP" "$ROOT/benchmarks/importer/ImporterBenchmark.java"
echo "java: $("$JAVA" -version 2>&1 | head -1)  cores: $(nproc)"
"$JAVA" -Xmx1g -cp "$WORK:$CP" ImporterBenchmark "$CORPUS" "$WARMUP" "$ROUNDS"
