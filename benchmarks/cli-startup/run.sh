#!/usr/bin/env bash
# Startup cost of a headless `podium` command, as a ratio against starting the same JVM and
# running a trivial program (the baseline), both measured in this run, N times each (median).
#   benchmarks/cli-startup/run.sh [N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-10}
PRODUCT="$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium"
[ -x "$PRODUCT/podium" ] || { echo "build the product first: ./mvnw -B install -DskipTests" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("Podium 0.1.0"); } }
JAVA
javac -d "$WORK" "$WORK/Hello.java"

median_ms() { # command... ; prints the median wall time in ms over N runs
  local times=()
  for _ in $(seq "$N"); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

"$PRODUCT/podium" --version >/dev/null   # warm the OSGi configuration cache once
base=$(median_ms "$JAVA" -XX:TieredStopAtLevel=1 -cp "$WORK" Hello)
cli=$(median_ms "$PRODUCT/podium" --version)
help=$(median_ms "$PRODUCT/podium" --help)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
echo "baseline (JVM + hello world): ${base} ms"
echo "podium --version:            ${cli} ms  ratio $(ratio "$cli" "$base")x"
echo "podium --help:               ${help} ms  ratio $(ratio "$help" "$base")x"
