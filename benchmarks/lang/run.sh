#!/usr/bin/env bash
# Language benchmark: validate a generated 100k-line workspace vs. only reading+decoding+tokenising
# it, and keystroke -> diagnostics latency in a 10k-line file through the editor's document sync and language server.
# Needs built bundles (./mvnw verify of podium.core, podium.model, podium.compute, podium.plugins, podium.inspections,
# podium.inspections.builtin, podium.lang, podium.xtext.jface, podium.lang.ide) for their target/classes; libraries come from ~/.m2. JAVA_OPTS adds JVM options
# (e.g. -XX:StartFlightRecording=filename=lang.jfr,settings=profile to profile).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
M2=${M2_REPO:-$HOME/.m2/repository}
jar() { ls "$M2/$1"/*.jar | grep -v sources | head -1; }
CP="$ROOT/bundles/podium.core/target/classes:$ROOT/bundles/podium.model/target/classes:$ROOT/bundles/podium.lang/target/classes"
CP="$CP:$ROOT/bundles/podium.compute/target/classes:$ROOT/bundles/podium.lang.ide/target/classes"
CP="$CP:$ROOT/bundles/podium.xtext.jface/target/classes:$ROOT/bundles/podium.plugins/target/classes"
CP="$CP:$ROOT/bundles/podium.inspections/target/classes:$ROOT/bundles/podium.inspections.builtin/target/classes"
for a in org/eclipse/xtext/org.eclipse.xtext/2.42.0 org/eclipse/xtext/org.eclipse.xtext.util/2.42.0 \
  org/eclipse/xtext/org.eclipse.xtext.xbase.lib/2.42.0 com/google/inject/guice/7.0.0 \
  com/google/guava/guava/33.5.0-jre com/google/guava/failureaccess/1.0.3 jakarta/inject/jakarta.inject-api/2.0.1 \
  org/antlr/antlr-runtime/3.2 ch/qos/reload4j/reload4j/1.2.26 aopalliance/aopalliance/1.0 \
  org/eclipse/emf/org.eclipse.emf.common/2.46.0 org/eclipse/emf/org.eclipse.emf.ecore/2.43.0 \
  org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0 org/eclipse/platform/org.eclipse.equinox.common/3.21.0 \
  org/eclipse/xtext/org.eclipse.xtext.ide/2.42.0 org/eclipse/lsp4j/org.eclipse.lsp4j/1.0.0 \
  org/eclipse/lsp4j/org.eclipse.lsp4j.jsonrpc/1.0.0 com/google/code/gson/gson/2.15.0 \
  org/eclipse/platform/org.eclipse.text/3.14.200 org/eclipse/platform/org.eclipse.osgi/3.23.100; do
  CP="$CP:$(jar "$a")"
done
exec java ${JAVA_OPTS:-} -Xmx2g -cp "$CP" "$ROOT/benchmarks/lang/LangBenchmark.java"
