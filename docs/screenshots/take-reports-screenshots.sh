#!/bin/sh
# Retakes docs/screenshots/reports-<id>.png from the built product: the Chinese UI with a copy of
# examples/ opened, under its own Xvfb, driving the reports window (报表) with the keyboard as a user
# would: the empty editor area minimised and the window maximised (Ctrl+M) for the height a table needs,
# Alt+9, then each report picked in the list with Down. Coordinates assume the 1400x900 window this
# script sets up.
# Needs: the product built (./mvnw install), Xvfb, xdotool, ImageMagick, a CJK font.
#   docs/screenshots/take-reports-screenshots.sh [OUTPUT_DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots}")
EDITOR_MIN="${PODIUM_EDITOR_MIN:-1108 39}"                 # the editor area's minimise button
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

xdotool mousemove $EDITOR_MIN click 1; sleep 2                    # minimise the (empty) editor area
xdotool key alt+9; sleep 3                                             # the reports window, focused
xdotool key ctrl+m; sleep 2                                            # and maximised
xdotool key alt+l Home Down                                            # 进度 > 目标进度
shot reports-progress 6
# Without a window manager (Xvfb) the keyboard is lost when the first report's job ends; a click on the
# selected row gives it back (a desktop's window manager does that itself).
xdotool mousemove 140 164 click 1; sleep 2; xdotool mousemove 1395 895   # and no tooltip in the pictures
xdotool key Down;      shot reports-zero-progress 5                    # 零进度
if [ -n "$(ls "$PRODUCT/plugins" "$PRODUCT/dropins" "${XDG_DATA_HOME:-$HOME/.local/share}/podium/plugins" 2>/dev/null | grep podium.sample.reports)" ]; then
  xdotool key Down;    shot reports-sample.exportGrowth 5              # the sample plugin's 各县市区出口增速对比
fi
xdotool key Down Down; shot reports-ranking 5                          # 排名 > 排名
xdotool key Down Down; shot reports-pipeline 5                         # 项目 > 项目推进
xdotool key Down Down; shot reports-measures 5                         # 督办 > 措施督办
xdotool key Down Down; shot reports-speech-check 5                     # 核对 > 讲话数字核对
xdotool key Down Down; shot reports-bulletin 6                         # 通报 > 月度通报
echo "screenshots in $OUT"
