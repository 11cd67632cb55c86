#!/bin/sh
# Retakes docs/screenshots/toolwindows.png (stripes on three sides, the plan editor's breadcrumbs,
# the status bar with plan, caret and encoding) and distraction-free.png (Ctrl+Shift+F12) from the
# built product: Chinese UI, the examples/ folder opened and examples/plan.podium in the editor, in a
# throw-away home and workspace, under its own Xvfb.
# Needs: the product built, xvfb-run, xdotool, ImageMagick's import, a CJK font (fonts-wqy-zenhei).
#   docs/screenshots/take-toolwindows-screenshots.sh [OUTPUT-DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots}")
[ -x "$PRODUCT/podium" ] || { echo "no product at $PRODUCT; build it first" >&2; exit 2; }
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

cat > "$SCRATCH/shoot.sh" <<INNER
#!/bin/sh
set -eu
# Started as the podium script starts the workbench, with the start-up trace's file opener
# (podium.ui's StartupTrace) to open the plan once the folder is in the explorer.
HOME="$SCRATCH/home" java -Xmx2g -Dfile.encoding=UTF-8 -Dpodium.startupTrace="$SCRATCH/trace" \
  -Dpodium.startupTrace.open=plan.podium -Dpodium.plugins="$SCRATCH/no-plugins" \
  -jar "$LAUNCHER" -install "$PRODUCT" -configuration "$SCRATCH/configuration" -nosplash -nl zh_CN \
  -application podium.ui.application -data "$SCRATCH/workspace" --open "$ROOT/examples" > "$SCRATCH/podium.log" 2>&1 &
PID=\$!
timeout 120 sh -c 'until grep -q "^editor " "$SCRATCH/trace" 2>/dev/null; do sleep 0.5; done'
sleep 8   # validation, the status bar's plan, the breadcrumbs' symbols
WIN=\$(xdotool search --onlyvisible --name '^Podium *\$' | tail -n 1)
xdotool windowactivate --sync "\$WIN" 2>/dev/null || xdotool windowfocus --sync "\$WIN"
# a click at the end of 方城县's share (line 26) puts the caret there and the focus in the editor
xdotool mousemove --window "\$WIN" 560 225 click 1; sleep 3
shoot() {
  eval "\$(xdotool getwindowgeometry --shell "\$WIN")"
  import -window root -crop "\${WIDTH}x\${HEIGHT}+\${X}+\${Y}" +repage "\$1"
}
shoot "$OUT/toolwindows.png"
xdotool key ctrl+shift+F12; sleep 3
shoot "$OUT/distraction-free.png"
xdotool key ctrl+shift+F12; sleep 2
kill \$PID
INNER
chmod +x "$SCRATCH/shoot.sh"
mkdir -p "$SCRATCH/home"
xvfb-run -a -s "-screen 0 1400x900x24" "$SCRATCH/shoot.sh"
echo "wrote $OUT/toolwindows.png $OUT/distraction-free.png" >&2
