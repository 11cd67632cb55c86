#!/bin/sh
# Retakes docs/screenshots/import-*.png from the built product: the Chinese UI (-nl zh_CN) with a
# scratch copy of examples/ opened; a speech text from ../shared/corpus (or the file given as $1)
# imported through File ▸ Import ▸ Speech text, its proposed targets, and a CSV of monthly actuals
# with bad rows, and the same month without them, through File ▸ Import ▸ Monthly actuals. Everything is driven by the keyboard.
# Needs what take-workbench-screenshot.sh needs (product, xvfb-run, xdotool, import, a CJK font).
#   docs/screenshots/take-import-screenshots.sh [SPEECH.txt]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUTDIR="$ROOT/docs/screenshots"
SPEECH="${1:-$ROOT/../shared/corpus/speech-02.txt}"
[ -x "$PRODUCT/podium" ] || { echo "no product at $PRODUCT; build it first" >&2; exit 2; }
[ -f "$SPEECH" ] || { echo "no speech text $SPEECH" >&2; exit 2; }
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

SCRATCH=$(mktemp -d)
[ -n "${PODIUM_KEEP:-}" ] || trap 'rm -rf "$SCRATCH"' EXIT
cp -r "$PRODUCT" "$SCRATCH/product"
cp -r "$ROOT/examples" "$SCRATCH/examples"
mkdir "$SCRATCH/downloads"
cp "$SPEECH" "$SCRATCH/downloads/speech.txt"
# A speech in the usual state (Traditional, pinyin, a blanked number) whose targets name the
# example plan's indicators, for the proposed-targets dialog.
cat > "$SCRATCH/downloads/targets.txt" <<TXT
在全市利用外資和出口工作會議上的講話
同志們：
今天召開全市利用外資和出口工作會議，主要任務是總結經(jīng)驗(yàn)，分析形勢，部署今年的工作。
一、去年工作回顧
去年全市實際利用外資3150萬美元，同比增長18.6%，在全省21個統計單位中排名第9位；外貿出口7600萬美元，增長21%。
二、今年的目標任務
今年全市實際利用外資確保省定2800萬美元，力爭3200萬美元；外貿出口確保8000萬美元，力爭1億美元；全社會固定資產投資確保420億元，力爭450億元。
進出口總額確保省定萬美元。
三、幾點要求
一是加強領(lǐng)導(dǎo)。二是強化考核。
謝謝大家。
TXT
cat > "$SCRATCH/downloads/actuals-2004-09.csv" <<CSV
单位,指标,月份,本年累计,上年同期
宛城区,实际利用外资,2004-09,268,240
卧龙区,实际利用外资,2004-09,271,230
南召县,实际利用外资,2004-09,96,88
高新技术开发区,实际利用外资,2004-09,75,60
方城县,实际利用外资,2004-09,一百,90
CSV
# The same month without the bad rows: the check page lists what Finish writes and offers the as-of date.
grep -v -e 高新技术开发区 -e 一百 "$SCRATCH/downloads/actuals-2004-09.csv" > "$SCRATCH/downloads/actuals-2004-09-checked.csv"

cat > "$SCRATCH/shoot.sh" <<INNER
#!/bin/sh
set -eu
PODIUM_WORKSPACE="$SCRATCH/workspace" PODIUM_CONFIG_DIR="$SCRATCH/configuration" \
  "$SCRATCH/product/podium" --workbench -nl zh_CN --open "$SCRATCH/examples" > "$SCRATCH/podium.log" 2>&1 &
PID=\$!
timeout 120 xdotool search --sync --onlyvisible --name '^Podium *\$' > /dev/null
sleep 6
shoot() { # the largest visible window whose title matches \$1, to \$2
  BEST=0
  for W in \$(xdotool search --onlyvisible --name "\$1"); do
    eval "\$(xdotool getwindowgeometry --shell "\$W")"
    if [ \$((WIDTH * HEIGHT)) -gt \$BEST ]; then BEST=\$((WIDTH * HEIGHT)); GEOMETRY="\${WIDTH}x\${HEIGHT}+\${X}+\${Y}"; fi
  done
  import -window root -crop "\$GEOMETRY" +repage "\$2"
}
# File ▸ Import ▸ Speech text: type the file's path, Enter = Finish; the review opens.
xdotool key alt+f; sleep 1; xdotool key i; sleep 1; xdotool key s
timeout 30 xdotool search --sync --onlyvisible --name '导入讲话稿文本' > /dev/null; sleep 1
xdotool type --delay 20 "$SCRATCH/downloads/speech.txt"; sleep 1; xdotool key Return
sleep 12
xdotool key Down Down Down Down Down Down; sleep 2
shoot '^Podium *\$' "$OUTDIR/import-speech.png"
# The second speech, then Propose targets (Alt+P) for the example plan.
xdotool key alt+f; sleep 1; xdotool key i; sleep 1; xdotool key s
timeout 30 xdotool search --sync --onlyvisible --name '导入讲话稿文本' > /dev/null; sleep 1
xdotool type --delay 20 "$SCRATCH/downloads/targets.txt"; sleep 1; xdotool key Return
sleep 8
xdotool key alt+p
timeout 30 xdotool search --sync --onlyvisible --name '提议的目标' > /dev/null; sleep 6
shoot '提议的目标' "$OUTDIR/import-targets.png"
xdotool key Escape; sleep 1
# File ▸ Import ▸ Monthly actuals: the CSV, Enter = Next to the columns, Enter = Next to the check.
xdotool key alt+f; sleep 1; xdotool key i; sleep 1; xdotool key m
timeout 30 xdotool search --sync --onlyvisible --name '导入月度实际数' > /dev/null; sleep 1
xdotool type --delay 20 "$SCRATCH/downloads/actuals-2004-09.csv"; sleep 1; xdotool key Return; sleep 4
shoot '导入月度实际数' "$OUTDIR/import-actuals-columns.png"
xdotool key Return; sleep 8
shoot '导入月度实际数' "$OUTDIR/import-actuals.png"
xdotool key Escape; sleep 1
xdotool key alt+f; sleep 1; xdotool key i; sleep 1; xdotool key m
timeout 30 xdotool search --sync --onlyvisible --name '导入月度实际数' > /dev/null; sleep 1
xdotool type --delay 20 "$SCRATCH/downloads/actuals-2004-09-checked.csv"; sleep 1; xdotool key Return; sleep 4
xdotool key Return; sleep 8
shoot '导入月度实际数' "$OUTDIR/import-actuals-changes.png"
xdotool key Escape; sleep 1
kill \$PID
INNER
chmod +x "$SCRATCH/shoot.sh"
xvfb-run -a -s "-screen 0 1280x860x24" "$SCRATCH/shoot.sh"
echo "wrote $OUTDIR/import-*.png" >&2
