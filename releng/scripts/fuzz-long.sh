#!/usr/bin/env bash
# The long run of the fuzzing and fault-injection suites (docs/reliability.md): 10,000 inputs per fuzz
# property (100k in all: 10 properties), 1,000 killed saves and 100 killed `podium format` runs. Takes hours on a
# loaded 2-core machine; prints the figures that docs/reliability.md quotes. Extra arguments go to
# Maven, e.g.  releng/scripts/fuzz-long.sh -o -Dmaven.repo.local=/path   or   -Dfuzz.tries=2000
# The bundles must be installed in that Maven repository (./mvnw install -DskipTests) first.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
started=$(date +%s)
./mvnw -B -ntp -Pfuzz verify -pl tests/podium.fuzz,tests/podium.faults "$@"
status=$?
echo "== fuzzing figures (tests/podium.fuzz/target/fuzz-findings/figures.txt), $(( ($(date +%s) - started) / 60 )) min"
cat tests/podium.fuzz/target/fuzz-findings/figures.txt 2>/dev/null || echo "(none written)"
echo "== killed saves"
grep -h "^Kill" tests/podium.faults/target/surefire-reports/*-output.txt 2>/dev/null || echo "(see surefire reports)"
exit $status
