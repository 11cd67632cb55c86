#!/usr/bin/env bash
# Installs what building and running Podium needs on a fresh Debian machine, only when missing:
#   ensure-tools.sh java      a JDK 17+ (javac) for the Maven wrapper and Tycho
#   ensure-tools.sh display   Xvfb, GTK 3, a CJK font, ImageMagick and xdotool for UI tests and screenshots
#   ensure-tools.sh office    LibreOffice Calc and Writer (soffice, headless) to open exported XLSX and
#                             DOCX files, and WenQuanYi Zen Hei, the TrueType CJK font PDF output embeds
# Prints what it installs to stderr; does nothing when everything is present.
set -euo pipefail

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "podium: missing packages: $* (run as root or install them: apt-get install $*)" >&2
    return 1
  fi
  echo "podium: installing $* ..." >&2
  if [ -z "${PODIUM_APT_UPDATED:-}" ]; then
    apt-get update -qq >&2
    export PODIUM_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

# The major version of the javac on the PATH, or nothing when it cannot be read. javac may print other
# lines first ("Picked up JAVA_TOOL_OPTIONS: ..."), so only a line "javac N..." counts.
javac_major() {
  local out
  out=$(javac -version 2>&1 || true)
  printf '%s\n' "$out" | sed -nE 's/^javac ([0-9]+).*/\1/p' | sed -n 1p
}

ensure_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then return 0; fi
  if ! command -v javac >/dev/null 2>&1; then
    apt_install openjdk-17-jdk-headless
    return
  fi
  local v
  v=$(javac_major)
  if [ -z "$v" ]; then
    # Never install (or upgrade) a JDK because a version could not be read: say so and go on.
    echo "podium: cannot tell the version of $(command -v javac) ('javac -version' printed: $(javac -version 2>&1 | tr '\n' ' '));" \
      "Podium needs Java 17 or later; if the build fails, install openjdk-17-jdk-headless or set JAVA_HOME" >&2
    return 0
  fi
  if [ "$v" -lt 17 ]; then
    apt_install openjdk-17-jdk-headless
  fi
}

ensure_display() {
  local missing=()
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  command -v xdpyinfo >/dev/null 2>&1 || missing+=(x11-utils)
  # grep reads all of its input (no -q): with pipefail, grep -q quitting early made the writer die of
  # SIGPIPE and the check fail, so present packages were installed again
  ldconfig -p 2>/dev/null | grep 'libgtk-3.so.0' >/dev/null || missing+=(libgtk-3-0)
  fc-list 2>/dev/null | grep -iE 'wqy|noto sans cjk|ukai|uming' >/dev/null || missing+=(fonts-wqy-zenhei)
  # the real ImageMagick, not a stand-in, for screenshots
  dpkg -s imagemagick >/dev/null 2>&1 || missing+=(imagemagick)
  # screenshots of the product are driven with the keyboard and mouse (docs/screenshots/take-*.sh)
  command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

ensure_office() {
  local missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui libreoffice-writer-nogui)
  # the exact file: PDFBox embeds it (a TrueType collection; the Noto CJK fonts are CFF-based)
  [ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

for what in "$@"; do
  case "$what" in
    java) ensure_java ;;
    display) ensure_display ;;
    office) ensure_office ;;
    *) echo "ensure-tools.sh: unknown '$what'" >&2; exit 2 ;;
  esac
done
