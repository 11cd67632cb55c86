#!/bin/sh
# Rebuilds podium.genmodel after podium.ecore changed (new classes or features), keeping its settings.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
CP="$HERE/tools/target/classpath.txt"
cd "$ROOT" && ./mvnw -B -q -f "$HERE/tools/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP"
java -cp "$(cat "$CP")" "$HERE/tools/UpdateGenModel.java" "$HERE/podium.ecore" "$HERE/podium.genmodel"
echo "updated $HERE/podium.genmodel"
