#!/usr/bin/env bash
# An error storm against a clean run: `podium validate` of the 100k-line workspace of generate.py as
# generated (clean) and with one organisation renamed in base.podium (县一二三 → 县一二叁, used by 240
# actual lines in 10 files), interleaved, N rounds; median wall time and peak memory of each, their
# ratio, and what the broken run printed.
#   benchmarks/cli/storm.sh [N] [LINES]     N rounds (default 5), LINES lines (default 100000)
# Needs the built product (./mvnw -B install -DskipTests). PODIUM=path overrides the product.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-5}
LINES=${2:-100000}
PODIUM=${PODIUM:-"$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium/podium"}
[ -x "$PODIUM" ] || { echo "build the product first: ./mvnw -B install -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/benchmarks/cli/generate.py" "$WORK/clean" "$LINES" >/dev/null
rm -f "$WORK/clean/journal.ledger" "$WORK/clean/journal.beancount"
cp -r "$WORK/clean" "$WORK/broken"
sed -i 's/^\torg 县一二三 county$/\torg 县一二叁 county/' "$WORK/broken/podium/base.podium"
grep -q '县一二叁' "$WORK/broken/podium/base.podium" || { echo "the rename did not apply" >&2; exit 1; }

# once each before measuring (OSGi configuration cache, page cache); the broken run's output is kept
"$PODIUM" validate --no-cache --no-daemon "$WORK/clean/podium" >/dev/null 2>&1
"$PODIUM" validate --no-cache --no-daemon "$WORK/broken/podium" > "$WORK/out" 2> "$WORK/err" || true

declare -A WALLS MEMS
for _ in $(seq "$N"); do
  for run in clean broken; do
    /usr/bin/time -o "$WORK/time" -f "%e %M" "$PODIUM" validate --no-cache --no-daemon "$WORK/$run/podium" >/dev/null 2>&1 || true
    # the broken run exits 1, which time(1) reports on a line of its own before the figures
    read -r wall kb < <(tail -n 1 "$WORK/time")
    WALLS[$run]+="$wall "
    MEMS[$run]+="$kb "
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
clean=$(echo "${WALLS[clean]}" | median)
broken=$(echo "${WALLS[broken]}" | median)
printf '%-7s %9s %9s\n' run "wall (s)" "peak MB"
printf '%-7s %9s %9d\n' clean "$clean" $(( $(echo "${MEMS[clean]}" | median) / 1024 ))
printf '%-7s %9s %9d\n' broken "$broken" $(( $(echo "${MEMS[broken]}" | median) / 1024 ))
awk -v a="$broken" -v b="$clean" 'BEGIN { printf "broken / clean: %.2fx\n", a / b }'
echo "the broken run printed $(wc -l < "$WORK/err") line(s) on stderr, $(wc -l < "$WORK/out") on stdout:"
sed "s|$WORK/broken/||" "$WORK/err"
echo "($N rounds, $LINES lines, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
