#!/usr/bin/env bash
# Search Everywhere over 100 000 items: one keystroke's matching (pinyin) and ranking against
# String.contains over the same labels, in one run. Needs podium.core, podium.plugins and podium.search built
# (./mvnw verify ... for their target/classes); libraries come from ~/.m2.
#   benchmarks/search/run.sh [-Ditems=N] [-Drounds=N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
M2=${M2_REPO:-$HOME/.m2/repository}
jar() { ls "$M2/$1"/*.jar | grep -v sources | head -1; }
CP="$ROOT/bundles/podium.search/target/classes:$ROOT/bundles/podium.plugins/target/classes:$ROOT/bundles/podium.core/target/classes"
for a in com/ibm/icu/icu4j/76.1 org/eclipse/platform/org.eclipse.osgi/3.23.100 \
  org/eclipse/platform/org.eclipse.equinox.common/3.21.0 org/eclipse/platform/org.eclipse.equinox.registry/3.12.600 \
  org/eclipse/emf/org.eclipse.emf.common/2.46.0 org/eclipse/emf/org.eclipse.emf.ecore/2.43.0; do
  CP="$CP:$(jar "$a")"
done
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} "$@" -cp "$CP" "$ROOT/benchmarks/search/SearchBenchmark.java"
