#!/bin/sh
# Retakes docs/screenshots/workbench.png from the built product: the Chinese UI (-nl zh_CN) with
# the repository's examples/ folder opened, in a throw-away workspace, under its own Xvfb.
# Needs: the product built (./mvnw verify), xvfb-run, xdotool, ImageMagick's import, and a CJK
# font (fonts-wqy-zenhei) or the Chinese labels render as boxes.
#   docs/screenshots/take-workbench-screenshot.sh [OUTPUT.png]
# PODIUM_PRODUCT=DIR takes the product from another build (e.g. a clean checkout's).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots/workbench.png}")
[ -x "$PRODUCT/podium" ] || { echo "no product at $PRODUCT; build it first" >&2; exit 2; }
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
OPEN=""
[ -d "$ROOT/examples" ] && OPEN="--open $ROOT/examples"

cat > "$SCRATCH/shoot.sh" <<INNER
#!/bin/sh
set -eu
PODIUM_WORKSPACE="$SCRATCH/workspace" PODIUM_CONFIG_DIR="$SCRATCH/configuration" \
  "$PRODUCT/podium" --workbench -nl zh_CN $OPEN > "$SCRATCH/podium.log" 2>&1 &
PID=\$!
# The main window is the largest visible window titled Podium (SWT has small helper windows too,
# and pads short titles with spaces on GTK);
# it exists once the workbench is up, and the explorer fills in shortly after.
timeout 120 xdotool search --sync --onlyvisible --name '^Podium *\$' > /dev/null
sleep 5
BEST=0
for W in \$(xdotool search --onlyvisible --name '^Podium *\$'); do
  eval "\$(xdotool getwindowgeometry --shell "\$W")"
  if [ \$((WIDTH * HEIGHT)) -gt \$BEST ]; then BEST=\$((WIDTH * HEIGHT)); GEOMETRY="\${WIDTH}x\${HEIGHT}+\${X}+\${Y}"; fi
done
import -window root -crop "\$GEOMETRY" +repage "$OUT"
kill \$PID
INNER
chmod +x "$SCRATCH/shoot.sh"
xvfb-run -a -s "-screen 0 1280x800x24" "$SCRATCH/shoot.sh"
echo "wrote $OUT" >&2
