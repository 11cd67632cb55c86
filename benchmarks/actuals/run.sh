#!/usr/bin/env bash
# Actuals import benchmark: a statistics office's yearly CSV (420 counties x 40 indicators x 12 months =
# 201 600 rows) imported into a .podium workspace as `podium actuals import` does it (load and check the
# workspace, read and check the rows, merge, save), then imported again over the 201 600 actuals it wrote;
# the baseline, measured in the same run, reads the same file with commons-csv and parses its numbers.
# Needs built bundles (./mvnw verify of podium.core, podium.model, podium.lang, podium.actuals) for their
# target/classes; libraries come from ~/.m2. To time an older build, point ACTUALS_CLASSES and LANG_CLASSES
# at its podium.actuals and podium.lang classes (and add -Dvalidate=true to JAVA_OPTS for builds before
# PlanLoader.loadForWriting); JAVA_OPTS adds JVM options (-Drounds=N, -Dcounties=N, -Xmx1g, a flight recording).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
M2=${M2_REPO:-$HOME/.m2/repository}
jar() { ls "$M2/$1"/*.jar | grep -v sources | head -1; }
CP="$ROOT/bundles/podium.core/target/classes:$ROOT/bundles/podium.model/target/classes"
CP="$CP:$ROOT/bundles/podium.plugins/target/classes:$ROOT/bundles/podium.inspections/target/classes:$ROOT/bundles/podium.inspections.builtin/target/classes"
CP="$CP:${LANG_CLASSES:-$ROOT/bundles/podium.lang/target/classes}"
CP="$CP:${ACTUALS_CLASSES:-$ROOT/bundles/podium.actuals/target/classes}"
for a in org/eclipse/xtext/org.eclipse.xtext/2.42.0 org/eclipse/xtext/org.eclipse.xtext.util/2.42.0 \
  org/eclipse/xtext/org.eclipse.xtext.xbase.lib/2.42.0 com/google/inject/guice/7.0.0 \
  com/google/guava/guava/33.5.0-jre com/google/guava/failureaccess/1.0.3 jakarta/inject/jakarta.inject-api/2.0.1 \
  org/antlr/antlr-runtime/3.2 ch/qos/reload4j/reload4j/1.2.26 aopalliance/aopalliance/1.0 \
  org/eclipse/emf/org.eclipse.emf.common/2.46.0 org/eclipse/emf/org.eclipse.emf.ecore/2.43.0 \
  org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0 org/eclipse/platform/org.eclipse.equinox.common/3.21.0 \
  org/eclipse/platform/org.eclipse.osgi/3.23.100 org/apache/commons/commons-csv/1.14.1 \
  commons-io/commons-io/2.20.0 org/dhatim/fastexcel-reader/0.20.2 com/fasterxml/aalto-xml/1.4.0 \
  org/codehaus/woodstox/stax2-api/4.2.1 org/apache/commons/commons-compress/1.28.0 commons-codec/commons-codec/1.17.1 \
  com/ibm/icu/icu4j/76.1; do
  CP="$CP:$(jar "$a")"
done
mkdir -p "$ROOT/benchmarks/results"
exec java ${JAVA_OPTS:-} -cp "$CP" "$ROOT/benchmarks/actuals/ActualsBenchmark.java" "$@"
