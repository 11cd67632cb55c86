#!/usr/bin/env bash
# `podium validate` of a 100k-line workspace against ledger, hledger and beancount reading a journal of
# the same size, in one run: median wall time and peak memory over N rounds, tools interleaved so that
# load on the machine hits them alike; ratios against hledger (the issue's reference peer). Podium is
# measured four ways: one-shot (no daemon, no cache), nothing changed since the last run (the result
# cache), one file changed with the daemon running, and --version.
#   benchmarks/cli/run.sh [N] [LINES]        N rounds (default 5), LINES lines per input (default 100000)
# The peers are Debian packages; missing ones are installed here (never by ./run-tests). PEERS=none
# measures Podium alone; ONLY="podium-daemon hledger" measures just those; CHANGED=base.podium changes the
# file every other file links into before each daemon measurement (default: actuals-0.podium, which none does). Needs the built product (./mvnw -B install -DskipTests);
# PODIUM=.../podium measures another build's launcher instead.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-5}
LINES=${2:-100000}
PODIUM=${PODIUM:-"$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium/podium"}
[ -x "$PODIUM" ] || { echo "build the product first: ./mvnw -B install -DskipTests" >&2; exit 2; }

declare -A PACKAGE=([ledger]=ledger [hledger]=hledger [bean-check]=beancount)
if [ "${PEERS:-all}" != none ]; then
  missing=()
  for tool in ledger hledger bean-check; do
    command -v "$tool" >/dev/null || missing+=("${PACKAGE[$tool]}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing the peers: ${missing[*]}" >&2
    SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "could not install ${missing[*]}; measuring without them" >&2
  fi
fi

WORK=$(mktemp -d)
# the cache, the daemon's socket and the plugin folder of this run only
export XDG_CACHE_HOME="$WORK/cache" XDG_RUNTIME_DIR="$WORK/run" XDG_DATA_HOME="$WORK/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap '"$PODIUM" daemon stop >/dev/null 2>&1; rm -rf "$WORK"' EXIT
python3 "$ROOT/benchmarks/cli/generate.py" "$WORK" "$LINES"
cp -r "$WORK/podium" "$WORK/podium-daemon"
"$PODIUM" daemon start >&2

declare -A COMMAND=(
  [podium]="$PODIUM validate --no-daemon --no-cache $WORK/podium"
  [podium-cached]="$PODIUM validate --no-daemon $WORK/podium"
  [podium-daemon]="$PODIUM validate $WORK/podium-daemon"
  [podium-version]="$PODIUM --version"
  [ledger]="ledger -f $WORK/journal.ledger bal"
  [hledger]="hledger -f $WORK/journal.ledger check"
  [bean-check]="bean-check $WORK/journal.beancount"
)
TOOLS=(podium podium-cached podium-daemon podium-version)
if [ "${PEERS:-all}" != none ]; then
  for tool in ledger hledger bean-check; do command -v "$tool" >/dev/null && TOOLS+=("$tool"); done
fi
# ONLY="podium-daemon hledger" measures those alone
[ -n "${ONLY:-}" ] && read -r -a TOOLS <<< "$ONLY"

# Each tool once before measuring: the OSGi configuration cache, beancount's parse cache, the page cache.
for tool in "${TOOLS[@]}"; do
  ${COMMAND[$tool]} >/dev/null 2>&1 || { echo "$tool failed on its input:" >&2; ${COMMAND[$tool]} >&2 || true; exit 1; }
done

declare -A WALLS MEMS
for round in $(seq "$N"); do
  for tool in "${TOOLS[@]}"; do
    # the daemon's measurement is of one changed file: the kept result of the last run no longer applies
    [ "$tool" = podium-daemon ] && echo "// round $round" >> "$WORK/podium-daemon/${CHANGED:-actuals-0.podium}"
    /usr/bin/time -o "$WORK/time" -f "%e %M" ${COMMAND[$tool]} >/dev/null 2>&1
    read -r wall kb < "$WORK/time"
    WALLS[$tool]+="$wall "
    MEMS[$tool]+="$kb "
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A MEDIAN
printf '%-15s %9s %9s %s\n' tool "wall (s)" "peak MB" "ratio to hledger"
for tool in "${TOOLS[@]}"; do
  MEDIAN[$tool]=$(echo "${WALLS[$tool]}" | median)
done
for tool in "${TOOLS[@]}"; do
  mem=$(echo "${MEMS[$tool]}" | median)
  ratio="-"
  [ -n "${MEDIAN[hledger]:-}" ] && ratio=$(awk -v a="${MEDIAN[$tool]}" -v b="${MEDIAN[hledger]}" 'BEGIN { printf "%.2fx", a / b }')
  printf '%-15s %9s %9d %s\n' "$tool" "${MEDIAN[$tool]}" $((mem / 1024)) "$ratio"
done
echo "($N rounds, $LINES lines per input, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
# /usr/bin/time sees the daemon's client only: the daemon's own peak
DAEMON_PID=$(LC_ALL=C "$PODIUM" daemon status | grep -o 'pid [0-9]*' | cut -d' ' -f2)
[ -n "$DAEMON_PID" ] && echo "(the daemon's own peak memory: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$DAEMON_PID/status") MB)"
