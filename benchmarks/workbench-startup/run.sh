#!/usr/bin/env bash
# Workbench start-up: wall time from launching the workbench to its first paint and to a painted plan
# editor on the example workspace (podium --open examples, then examples/plan.podium opened as soon as the
# folder is in the explorer), against a bare SWT window started by Java in the same run. The workbench is
# started by the product's own `podium` script, with the JVM settings it gives users, and then twice more
# with some of them taken back, to measure what each gains:
#   as shipped    the script's settings: C2 for code that stays hot, the class archive of earlier sessions
#   next day      as shipped, in the workspace the run before it left (the plan editor restored): a daily start
#   no archive    the same without class-data sharing of the application's classes
#   JVM defaults  neither (the JVM's default C2 thresholds, no archive)
# Median of N runs of each (default 5), interleaved, after one warm-up run that fills the OSGi
# configuration cache, the extension registry's cache and the class archive (as a user's first session
# does when it ends). Each run but "next day" gets a fresh HOME and workspace.
#   benchmarks/workbench-startup/run.sh [N]        (needs a display: xvfb-run -a benchmarks/...)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-5}
PRODUCT="$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium"
[ -x "$PRODUCT/podium" ] || { echo "build the product first: ./mvnw -B install -DskipTests" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "no display: run it under xvfb-run -a -s '-screen 0 1400x900x24'" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# WORKBENCH_JAVA_OPTS="..." adds options to every run, to try a remedy (the script's own come first)
read -r -a EXTRA <<<"${WORKBENCH_JAVA_OPTS:-}"
BARE_OPTS=(-Xmx2g -Dfile.encoding=UTF-8 "${EXTRA[@]}")
# what the variants take back: -Xshare:auto tells the script that the caller chose class-data sharing; the
# C2 thresholds are the JVM's defaults (later options win)
JVM_DEFAULT_C2="-XX:Tier4InvocationThreshold=5000 -XX:Tier4MinInvocationThreshold=600 -XX:Tier4CompileThreshold=15000 -XX:Tier4BackEdgeThreshold=40000"
VARIANTS=("as shipped" "next day" "no archive" "JVM defaults")
declare -A VARIANT_OPTS=([as shipped]="" [next day]="" [no archive]="-Xshare:auto" [JVM defaults]="-Xshare:auto $JVM_DEFAULT_C2")
SWT_JAR=$(ls "$PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$ROOT/benchmarks/results"
javac -encoding UTF-8 -cp "$SWT_JAR" -d "$WORK" "$ROOT/benchmarks/workbench-startup/BareWindow.java"
# one cache (OSGi configuration, class archive) for all runs, as an installed product has for its user
export XDG_CACHE_HOME="$WORK/cache"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
milestone() { awk -v m="$1" '$1 == m { print $2; exit }' "$2"; }

bare() { # prints ms from launch to first paint
  local trace="$WORK/bare.trace" start
  rm -f "$trace"; start=$(now_ms)
  "$JAVA" "${BARE_OPTS[@]}" -cp "$SWT_JAR:$WORK" BareWindow "$trace"
  echo $(( $(milestone paint "$trace") - start ))
}

workbench() { # run name, variant's options[, the run whose HOME to start in]; prints "paint editor" in ms from launch
  local home="$WORK/home-${3:-$1}" trace="$WORK/wb-$1.trace" start pid
  mkdir -p "$home"; rm -f "$trace"; start=$(now_ms)
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" PODIUM_WORKSPACE="$home/workspace" \
    PODIUM_JAVA_OPTS="$2 ${EXTRA[*]} -Dpodium.startupTrace=$trace -Dpodium.startupTrace.open=plan.podium -Dpodium.startupTrace.exit=true" \
    "$PRODUCT/podium" -nl zh_CN --workbench --open "$ROOT/examples" >"$WORK/wb-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    [ -n "$(milestone editor "$trace" 2>/dev/null)" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  # the workbench closes itself after the milestone (saving its caches, as a user's session does, and
  # the first writing the class archive); a workbench that does not is stopped, and the runs after it
  # start without those caches
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "run $1: the workbench did not close by itself" >&2
    pkill -f -- "$home/workspace" || true
  fi
  wait "$pid" 2>/dev/null || true
  local paint editor
  paint=$(milestone paint "$trace" 2>/dev/null); editor=$(milestone editor "$trace" 2>/dev/null)
  [ -n "$paint" ] && [ -n "$editor" ] || { echo "run $1: no trace (see $WORK/wb-$1.log)" >&2; cat "$WORK/wb-$1.log" >&2; exit 1; }
  echo "$(( paint - start )) $(( editor - start ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

workbench warmup "" >/dev/null
ls "$XDG_CACHE_HOME"/podium/configuration/*/*/ui-*.jsa >/dev/null 2>&1 \
  || echo "note: no class archive after the warm-up run (a JVM without a base CDS archive?)" >&2
bare >/dev/null
bases=(); declare -A paints editors
for i in $(seq "$N"); do
  bases+=("$(bare)")
  for v in "${VARIANTS[@]}"; do
    reuse=""; [ "$v" = "next day" ] && reuse="$i-as-shipped"
    read -r p e <<<"$(workbench "$i-${v// /-}" "${VARIANT_OPTS[$v]}" $reuse)"
    paints[$v]+="$p "; editors[$v]+="$e "
  done
done
base=$(printf '%s\n' "${bases[@]}" | median)
{
  echo "runs: $N (median); load average: $(cut -d' ' -f1-3 /proc/loadavg); extra JVM options: ${EXTRA[*]:-none}"
  echo "bare SWT window, first paint:  ${base} ms   (runs: ${bases[*]})"
  for v in "${VARIANTS[@]}"; do
    paint=$(tr ' ' '\n' <<<"${paints[$v]}" | grep . | median)
    editor=$(tr ' ' '\n' <<<"${editors[$v]}" | grep . | median)
    printf '%-13s first paint %5s ms (%sx)   plan editor painted %5s ms (%sx)   runs: %s| %s\n' "$v:" \
      "$paint" "$(ratio "$paint" "$base")" "$editor" "$(ratio "$editor" "$base")" "${paints[$v]}" "${editors[$v]}"
  done
  echo "goal (issue 16): plan editor painted within 2500 ms"
} | tee "$ROOT/benchmarks/results/workbench-startup-$(date +%Y%m%d-%H%M%S).txt"
