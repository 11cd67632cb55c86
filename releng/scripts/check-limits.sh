#!/usr/bin/env bash
# Measures the documented input limits (podium.core.Limits, docs/reliability.md) with the built product:
# inputs just beyond each limit must be refused with a located problem and exit 1 in little memory, and
# inputs at the limit must be read within the JVM's default heap. Prints one line per case: exit code,
# wall time, peak resident memory (from /usr/bin/time -v) and the first line of output. The inputs are
# generated in a temporary folder and removed afterwards (set KEEP=1 to keep them).
#   releng/scripts/check-limits.sh            (after ./mvnw install -DskipTests)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PODIUM="$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium/podium"
[ -x "$PODIUM" ] || { echo "check-limits: no product at $PODIUM; build it first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "check-limits: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
WORK=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home"
mkdir -p "$HOME"
cp "$ROOT"/examples/orgs.podium "$ROOT"/examples/plan.podium "$WORK"/

python3 - "$ROOT" "$WORK" <<'PY'
import os, sys
root, work = sys.argv[1], sys.argv[2]
MiB = 1 << 20
actuals = [l for l in open(os.path.join(root, "examples/actuals-2004.podium"), encoding="utf-8") if l.startswith("actual ")]
def podium(name, size):
    # actual statements of the example repeated over earlier years: as many model objects as the size allows
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write("import 南阳.*\n")
        written, year = 0, 2003
        while True:
            for line in actuals:
                line = line.replace("2004-", "%04d-" % year)
                b = len(line.encode("utf-8"))
                if written + b > size - 20:
                    return
                f.write(line); written += b
            year -= 1
podium("max.podium", 16 * MiB)          # Limits.PODIUM_FILE_BYTES
podium("big.podium", 50 * MiB)          # the 50 MB file of issue 15
speech = open(os.path.join(root, "examples/speeches/2004-03-06-市长讲话.txt"), encoding="utf-8").read()
for name, size in (("max.txt", 4 * MiB - 64), ("big.txt", 50 * MiB)):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        n = 0
        while n + len(speech.encode("utf-8")) < size:
            f.write(speech); n += len(speech.encode("utf-8"))
orgs = ["宛城区", "卧龙区", "南召县", "方城县", "西峡县", "镇平县", "内乡县", "淅川县", "社旗县", "唐河县", "新野县", "桐柏县", "邓州市"]
with open(os.path.join(work, "rows.csv"), "w", encoding="utf-8") as f:  # 200k rows: a statistics office's year
    f.write("单位,指标,月份,累计\n")
    for i in range(200000):
        f.write("%s,实际利用外资,%04d-%02d,%d\n" % (orgs[i % 13], 2004 - (i // 156), (i // 13) % 12 + 1, i % 500 + 1))
PY

measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/time" "$@" > "$WORK/out" 2>&1
  local rc=$?
  local rss wall
  rss=$(awk -F': ' '/Maximum resident/ {printf "%d MiB", $2/1024}' "$WORK/time")
  wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time")
  printf '%-34s exit %s  %8s  %9s  %s\n' "$name" "$rc" "$wall" "$rss" "$(grep -v '^$' "$WORK/out" | head -n 1 | cut -c1-150)"
}
cd "$WORK"
echo "default heap of this JVM: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize/ {printf "%d MiB", $4/1048576}')"
measure "validate 50 MiB .podium"          "$PODIUM" validate big.podium
measure "validate 16 MiB .podium (max)"    "$PODIUM" validate max.podium orgs.podium plan.podium
measure "format 16 MiB .podium (max)"      "$PODIUM" format --check max.podium
measure "import 50 MiB speech"             "$PODIUM" import big.txt
measure "import 4 MiB speech (max)"        "$PODIUM" import max.txt
measure "actuals import 200k-row CSV"      "$PODIUM" actuals import rows.csv --plan plan.podium
