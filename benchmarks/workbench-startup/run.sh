#!/usr/bin/env bash
# Workbench start-up: wall time from launching the JVM to the first paint of the workbench window and
# to a painted plan editor on the example workspace (podium --open examples, then examples/plan.podium
# opened as soon as the folder is in the explorer), against a bare SWT window started by the same JVM
# with the same options in the same run. Median of N runs each (default 5), after one warm-up run
# that fills the OSGi configuration cache and, closing, the extension registry's cache (as a user's first
# session does). Each run gets a fresh HOME and workspace.
#   benchmarks/workbench-startup/run.sh [N]        (needs a display: xvfb-run -a benchmarks/...)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-5}
PRODUCT="$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium"
[ -x "$PRODUCT/podium" ] || { echo "build the product first: ./mvnw -B install -DskipTests" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "no display: run it under xvfb-run -a -s '-screen 0 1400x900x24'" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_OPTS=(-Xmx2g -Dfile.encoding=UTF-8)   # what the podium script gives the workbench
# WORKBENCH_JAVA_OPTS="..." adds options to both sides, to try a remedy (e.g. -XX:TieredStopAtLevel=1)
read -r -a EXTRA <<<"${WORKBENCH_JAVA_OPTS:-}"
JAVA_OPTS+=("${EXTRA[@]}")
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
SWT_JAR=$(ls "$PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$ROOT/benchmarks/results"
javac -encoding UTF-8 -cp "$SWT_JAR" -d "$WORK" "$ROOT/benchmarks/workbench-startup/BareWindow.java"
CONF="$WORK/configuration"   # one OSGi cache for all runs, as an installed product has

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
milestone() { awk -v m="$1" '$1 == m { print $2; exit }' "$2"; }

bare() { # prints ms from launch to first paint
  local trace="$WORK/bare.trace" start
  rm -f "$trace"; start=$(now_ms)
  "$JAVA" "${JAVA_OPTS[@]}" -cp "$SWT_JAR:$WORK" BareWindow "$trace"
  echo $(( $(milestone paint "$trace") - start ))
}

workbench() { # prints "paint editor" in ms from launch
  local home="$WORK/home-$1" trace="$WORK/wb-$1.trace" start pid
  mkdir -p "$home"; rm -f "$trace"; start=$(now_ms)
  HOME="$home" "$JAVA" "${JAVA_OPTS[@]}" -Dpodium.startupTrace="$trace" -Dpodium.startupTrace.open=plan.podium \
    -Dpodium.plugins="$home/no-plugins" -Dpodium.startupTrace.exit=true \
    -jar "$LAUNCHER" -install "$PRODUCT" -configuration "$CONF" -nosplash -nl zh_CN \
    -application podium.ui.application -data "$home/workspace" --open "$ROOT/examples" >"$WORK/wb-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    [ -n "$(milestone editor "$trace" 2>/dev/null)" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  # the workbench closes itself after the milestone (saving its caches, as a user's session does); a
  # workbench that does not is stopped, and the runs after it start without those caches
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill "$pid" 2>/dev/null && echo "run $1: the workbench did not close by itself" >&2
  wait "$pid" 2>/dev/null || true
  local paint editor
  paint=$(milestone paint "$trace" 2>/dev/null); editor=$(milestone editor "$trace" 2>/dev/null)
  [ -n "$paint" ] && [ -n "$editor" ] || { echo "run $1: no trace (see $WORK/wb-$1.log)" >&2; cat "$WORK/wb-$1.log" >&2; exit 1; }
  echo "$(( paint - start )) $(( editor - start ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

workbench warmup >/dev/null
bare >/dev/null
bases=(); paints=(); editors=()
for i in $(seq "$N"); do
  bases+=("$(bare)")
  read -r p e <<<"$(workbench "$i")"
  paints+=("$p"); editors+=("$e")
done
base=$(printf '%s\n' "${bases[@]}" | median)
paint=$(printf '%s\n' "${paints[@]}" | median)
editor=$(printf '%s\n' "${editors[@]}" | median)
{
  echo "runs: $N (median); load average: $(cut -d' ' -f1-3 /proc/loadavg); JVM options: ${JAVA_OPTS[*]}"
  echo "bare SWT window, first paint:      ${base} ms   (runs: ${bases[*]})"
  echo "workbench, first paint:            ${paint} ms  ratio $(ratio "$paint" "$base")x   (runs: ${paints[*]})"
  echo "workbench, plan editor painted:    ${editor} ms  ratio $(ratio "$editor" "$base")x   goal 2500 ms   (runs: ${editors[*]})"
} | tee "$ROOT/benchmarks/results/workbench-startup-$(date +%Y%m%d-%H%M%S).txt"
