#!/usr/bin/env bash
# `podium validate` of a 100k-line workspace against ledger, hledger and beancount reading a journal of
# the same size, in one run: median wall time and peak memory over N rounds, tools interleaved so that
# load on the machine hits them alike; ratios against hledger (the issue's reference peer).
#   benchmarks/cli/run.sh [N] [LINES]        N rounds (default 5), LINES lines per input (default 100000)
# The peers are Debian packages; missing ones are installed here (never by ./run-tests). PEERS=none
# measures Podium alone. Needs the built product (./mvnw -B install -DskipTests).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-5}
LINES=${2:-100000}
PODIUM="$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium/podium"
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
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/benchmarks/cli/generate.py" "$WORK" "$LINES"

declare -A COMMAND=(
  [podium]="$PODIUM validate $WORK/podium"
  [ledger]="ledger -f $WORK/journal.ledger bal"
  [hledger]="hledger -f $WORK/journal.ledger check"
  [bean-check]="bean-check $WORK/journal.beancount"
)
TOOLS=(podium)
if [ "${PEERS:-all}" != none ]; then
  for tool in ledger hledger bean-check; do command -v "$tool" >/dev/null && TOOLS+=("$tool"); done
fi

# Each tool once before measuring: the OSGi configuration cache, beancount's parse cache, the page cache.
for tool in "${TOOLS[@]}"; do
  ${COMMAND[$tool]} >/dev/null 2>&1 || { echo "$tool failed on its input:" >&2; ${COMMAND[$tool]} >&2 || true; exit 1; }
done

declare -A WALLS MEMS
for _ in $(seq "$N"); do
  for tool in "${TOOLS[@]}"; do
    /usr/bin/time -o "$WORK/time" -f "%e %M" ${COMMAND[$tool]} >/dev/null 2>&1
    read -r wall kb < "$WORK/time"
    WALLS[$tool]+="$wall "
    MEMS[$tool]+="$kb "
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A MEDIAN
printf '%-11s %9s %9s %s\n' tool "wall (s)" "peak MB" "ratio to hledger"
for tool in "${TOOLS[@]}"; do
  MEDIAN[$tool]=$(echo "${WALLS[$tool]}" | median)
done
for tool in "${TOOLS[@]}"; do
  mem=$(echo "${MEMS[$tool]}" | median)
  ratio="-"
  [ -n "${MEDIAN[hledger]:-}" ] && ratio=$(awk -v a="${MEDIAN[$tool]}" -v b="${MEDIAN[hledger]}" 'BEGIN { printf "%.2fx", a / b }')
  printf '%-11s %9s %9d %s\n' "$tool" "${MEDIAN[$tool]}" $((mem / 1024)) "$ratio"
done
echo "($N rounds, $LINES lines per input, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
