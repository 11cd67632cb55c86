#!/bin/sh
# Retakes docs/screenshots/settings-*.png from the built product, in Chinese (-nl zh_CN), with the
# repository's examples/ opened, in a throw-away home and workspace, under its own Xvfb, driven by the
# keyboard as a user would: Ctrl+N to open the plan, Ctrl+Alt+S for Settings, typing in its filter box.
#   settings-dialog.png   Settings filtered by 字体 (Appearance ▸ Colors and Fonts, Editor)
#   settings-keymap.png   the Keymap page (filter 键位, Down, Space)
#   settings-dark.png     the workbench in the dark theme with the plan editor (the theme chosen before
#                         the start; the switch at run time is what SettingsDialogTest/ThemeSwitchTest check)
# Needs: the product built, xvfb-run, xdotool, ImageMagick's import, a CJK font (fonts-wqy-zenhei).
# PODIUM_PRODUCT=DIR takes the product from another build.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="${PODIUM_PRODUCT:-$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium}"
OUT="$ROOT/docs/screenshots"
[ -x "$PRODUCT/podium" ] || { echo "no product at $PRODUCT; build it first" >&2; exit 2; }
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

cat > "$SCRATCH/shoot.sh" <<INNER
#!/bin/sh
set -eu
THEME="\$1"
WS="$SCRATCH/workspace-\$THEME"
if [ "\$THEME" = dark ]; then
  # what Settings ▸ 外观 ▸ 深色 stores (the CSS theme engine's preference)
  mkdir -p "\$WS/.metadata/.plugins/org.eclipse.core.runtime/.settings"
  echo "themeid=org.eclipse.e4.ui.css.theme.e4_dark" \
    > "\$WS/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.eclipse.e4.ui.css.swt.theme.prefs"
fi
HOME="$SCRATCH/home" PODIUM_WORKSPACE="\$WS" PODIUM_CONFIG_DIR="$SCRATCH/configuration" \
  "$PRODUCT/podium" -nl zh_CN --open "$ROOT/examples" > "$SCRATCH/podium-\$THEME.log" 2>&1 &
PID=\$!
W=\$(timeout 120 xdotool search --sync --onlyvisible --name '^Podium *\$' | head -1)
sleep 12
xdotool windowmove "\$W" 0 0 windowsize "\$W" 1400 900; sleep 2
xdotool key ctrl+n; sleep 2; xdotool type --delay 100 "nyndjh"; sleep 5; xdotool key Return; sleep 8
shoot() { # window \$1 (there is no window manager to ask for the active one) into \$2
  eval "\$(xdotool getwindowgeometry --shell "\$1")"
  import -window root -crop "\${WIDTH}x\${HEIGHT}+\${X}+\${Y}" +repage "\$2"
}
settings() { # the Settings dialog, titled 设置
  timeout 60 xdotool search --sync --onlyvisible --name '^设置' | head -1
}
if [ "\$THEME" = dark ]; then
  shoot "\$W" "$OUT/settings-dark.png"
else
  xdotool key Escape; sleep 1; xdotool key ctrl+alt+s
  D=\$(settings); xdotool windowmove "\$D" 150 60 windowsize "\$D" 1100 720; sleep 3
  xdotool type --delay 150 "字体"; sleep 3
  shoot "\$(settings)" "$OUT/settings-dialog.png"
  # the Keymap page: filter by 键位, then Down into the tree and Space to pick the page
  xdotool key ctrl+a BackSpace; sleep 1; xdotool type --delay 150 "键位"; sleep 3
  xdotool key Down; sleep 1; xdotool key space; sleep 4
  D=\$(settings)
  shoot "\$D" "$OUT/settings-keymap.png"
  xdotool key Escape; sleep 1
fi
kill \$PID
INNER
chmod +x "$SCRATCH/shoot.sh"
mkdir -p "$SCRATCH/home"
xvfb-run -a -s "-screen 0 1400x900x24" "$SCRATCH/shoot.sh" light
xvfb-run -a -s "-screen 0 1400x900x24" "$SCRATCH/shoot.sh" dark
echo "wrote $OUT/settings-dialog.png, settings-keymap.png, settings-dark.png" >&2
