#!/bin/sh
# Retakes docs/screenshots/editor-*.png from the built product: the Chinese UI with a copy of
# examples/ opened, under its own Xvfb, driving the plan editor with xdotool as a user would
# (double-click a file, hover, type, Alt+/ for content assist, Alt+Enter for a quick fix, F3,
# Alt+Shift+R). Coordinates assume the 1400x900 window this script sets up.
# Needs: the product built (./mvnw verify), Xvfb, xdotool, ImageMagick, a CJK font.
#   docs/screenshots/take-editor-screenshots.sh [OUTPUT_DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots}")
[ -x "$PRODUCT/podium" ] || { echo "no product at $PRODUCT; build it first" >&2; exit 2; }
SCRATCH=$(mktemp -d)
trap 'kill $PID $XVFB 2>/dev/null; rm -rf "$SCRATCH"' EXIT
cp -r "$ROOT/examples" "$SCRATCH/examples"
DISPLAY_NO=$((50 + $$ % 40))
Xvfb ":$DISPLAY_NO" -screen 0 1400x900x24 -nolisten tcp > "$SCRATCH/xvfb.log" 2>&1 &
XVFB=$!
export DISPLAY=":$DISPLAY_NO"
sleep 2
PODIUM_CONFIG_DIR="$SCRATCH/configuration" "$PRODUCT/podium" --workbench -nl zh_CN \
  --open "$SCRATCH/examples" -data "$SCRATCH/workspace" > "$SCRATCH/podium.log" 2>&1 &
PID=$!
W=$(timeout 120 xdotool search --sync --onlyvisible --name '^Podium *$' | head -1)
sleep 5
xdotool windowmove "$W" 0 0 windowsize "$W" 1400 900
sleep 2
shot() { sleep "$2"; import -window root "$SCRATCH/$1.png"; convert "$SCRATCH/$1.png" -strip PNG8:"$OUT/$1.png"; }

xdotool mousemove 118 210 click --repeat 2 --delay 80 1          # open plan.podium from the explorer (below speeches/)
shot editor-highlighting 9
xdotool mousemove 436 355; sleep 0.3; xdotool mousemove 440 357   # hover an indicator reference
shot editor-hover 3.5
xdotool mousemove 700 600; sleep 1; xdotool mousemove 362 355; sleep 0.3; xdotool mousemove 366 357
shot editor-hover-target 3.5                                       # hover a target: progress
xdotool mousemove 700 600; sleep 0.5
xdotool mousemove 747 356 click --repeat 2 --delay 60 1            # 力争 3200 -> 2000
xdotool type --delay 80 "2000"; sleep 3
xdotool mousemove 322 730 click 1                                  # expand the errors
shot editor-problems 1
xdotool mousemove 740 356 click 1; xdotool key alt+Return          # quick fix popup
shot editor-quickfix 3
xdotool key Return
shot editor-quickfix-applied 3
xdotool key End Return; xdotool type --delay 80 "target "; xdotool key alt+slash
shot editor-content-assist 3
xdotool key Down Down Down Return; xdotool type --delay 120 " 南阳市 2004: 确保 100 "; xdotool key alt+slash
shot editor-content-assist-units 3
xdotool key Escape; xdotool mousemove 497 356 click 1; xdotool key alt+shift+r
shot editor-rename 3
xdotool key ctrl+a; xdotool type --delay 120 "南阳全市"; xdotool key Return
shot editor-rename-applied 4
xdotool mousemove 507 356 click 1; xdotool key F3   # go to the (renamed) definition
shot editor-definition 4
echo "screenshots in $OUT"
