#!/usr/bin/env bash
# Checks the built product from the outside, as a user and an extension author use it: the launcher,
# `podium report` with the built-in reports, and a plugin loaded from a plugin folder (the sample, and
# a broken jar that must be named without breaking anything), and the plugin manager. Run by ./run-tests after the build;
# prints one line per check and exits 1 if any failed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PODIUM="$ROOT/releng/podium.repository/target/products/podium.product/linux/gtk/x86_64/podium/podium"
SAMPLE=$(ls "$ROOT"/samples/podium.sample.reports/target/podium.sample.reports-*.jar 2>/dev/null | head -n 1)
if [ ! -x "$PODIUM" ]; then
  echo "check-product: no product at $PODIUM (build it with ./mvnw -B verify)" >&2
  exit 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" PODIUM_CONFIG_DIR="$WORK/config" LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CACHE_HOME="$WORK/cache" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_DATA_HOME/podium/plugins"
failed=0 passed=0

check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@" > "$WORK/out" 2> "$WORK/err"; then
    passed=$((passed + 1)); echo "ok    $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name"; sed 's/^/      /' "$WORK/out" "$WORK/err" | head -n 20
  fi
}

lists_builtin_reports() {
  "$PODIUM" report --list > "$WORK/list" || return 1
  for id in progress ranking zero-progress pipeline measures speech-check bulletin; do
    grep -q "^$id " "$WORK/list" || { echo "missing $id"; return 1; }
  done
}
check "podium report --list shows the seven built-in reports" lists_builtin_reports


for id in progress ranking zero-progress pipeline measures speech-check bulletin; do
  check "podium report $id --plan examples (txt to stdout)" \
    sh -c "'$PODIUM' report $id --plan '$ROOT/examples' > '$WORK/$id.txt' && test -s '$WORK/$id.txt'"
done

exports_every_format() {
  for format in csv xlsx html pdf txt docx png; do
    "$PODIUM" report progress --plan "$ROOT/examples" --format $format --out "$WORK/progress.$format" 2> "$WORK/export.err" \
      || { cat "$WORK/export.err"; return 1; }
    test -s "$WORK/progress.$format" || return 1
  done
  "$PODIUM" report bulletin --plan "$ROOT/examples" --format docx --out "$WORK/bulletin.docx" || return 1
  # the bulletin has no chart: a PNG export is refused with a message, not written
  if "$PODIUM" report bulletin --plan "$ROOT/examples" --format png --out "$WORK/bulletin.png" 2> "$WORK/png.err"; then
    echo "bulletin exported as png"; return 1
  fi
  test ! -e "$WORK/bulletin.png" || return 1
}
check "podium report exports progress to csv, xlsx, html, pdf, txt, docx, png; the bulletin to docx" exports_every_format

chinese_subcommand() { # problems go to stderr (README), then the count
  "$PODIUM" -nl zh_CN validate "$ROOT/examples" > "$WORK/zh.out" 2> "$WORK/zh" || { cat "$WORK/zh"; return 1; }
  grep -q '逾期' "$WORK/zh" || { cat "$WORK/zh"; return 1; }
  grep -q '^podium validate: 0 个错误，[0-9]* 个警告' "$WORK/zh" || { cat "$WORK/zh"; return 1; }
  test ! -s "$WORK/zh.out"
}
check "podium -nl zh_CN validate examples answers in Chinese" chinese_subcommand

version_before_equinox() { # the launcher's client answers; the OSGi configuration is not even created
  PODIUM_CONFIG_DIR="$WORK/unused-config" "$PODIUM" --version > "$WORK/version" || return 1
  grep -q '^Podium [0-9]' "$WORK/version" || { cat "$WORK/version"; return 1; }
  [ -z "$(ls "$WORK/unused-config"/*/*/ 2>/dev/null)" ] || { ls -R "$WORK/unused-config"; return 1; }
}
check "podium --version answers before Equinox starts" version_before_equinox

kept_results() { # unchanged: the kept result; an org renamed in one file: the files using it report it
  local -x XDG_CACHE_HOME="$WORK/kept-cache"
  mkdir -p "$WORK/kept" && cp "$ROOT"/examples/*.podium "$WORK/kept/"
  (cd "$WORK" && "$PODIUM" validate kept > kept.1 2>&1 && "$PODIUM" validate kept > kept.2 2>&1 \
    && "$PODIUM" validate --no-cache kept > kept.3 2>&1) || return 1
  cmp "$WORK/kept.1" "$WORK/kept.2" && cmp "$WORK/kept.1" "$WORK/kept.3" || return 1
  [ "$(ls "$XDG_CACHE_HOME/podium/results" | wc -l)" -eq 1 ] || { ls -l "$XDG_CACHE_HOME/podium/results"; return 1; }
  sed -i 's/org 宛城区 /org 宛城 /' "$WORK/kept/orgs.podium"
  local rc=0
  (cd "$WORK" && "$PODIUM" validate kept > kept.4 2>&1) || rc=$?
  [ "$rc" -eq 1 ] || { echo "exit $rc after the rename"; return 1; }
  grep -q '^kept/actuals-2004.podium:[0-9]*:[0-9]*: error PDM-L001 .*宛城区' "$WORK/kept.4" || { head "$WORK/kept.4"; return 1; }
  # a damaged kept result is not printed: the run validates again and writes it anew
  local kept_file; kept_file=$(ls "$XDG_CACHE_HOME"/podium/results/*)
  sed -i 's/PDM-L001/PDM-L999/' "$kept_file"
  (cd "$WORK" && "$PODIUM" validate kept > kept.5 2>&1)
  cmp "$WORK/kept.4" "$WORK/kept.5" && grep -q PDM-L001 "$kept_file"
}
check "podium validate keeps results: unchanged files answer from the cache, a renamed org is reported, damage is ignored" kept_results

kept_listings() { # report --list and help texts read no file: once kept, they answer before Equinox starts
  local -x XDG_CACHE_HOME="$WORK/list-cache"
  (cd "$WORK" && "$PODIUM" report --list > list.1 && "$PODIUM" -nl zh_CN --help > help.1) || return 1
  (cd "$WORK" && PODIUM_CONFIG_DIR="$WORK/list-config" "$PODIUM" report --list > list.2 \
    && PODIUM_CONFIG_DIR="$WORK/list-config" "$PODIUM" -nl zh_CN --help > help.2) || return 1
  cmp "$WORK/list.1" "$WORK/list.2" && cmp "$WORK/help.1" "$WORK/help.2" || return 1
  grep -q '^progress ' "$WORK/list.2" && grep -q '^用法：podium' "$WORK/help.2" || return 1
  [ -z "$(ls "$WORK/list-config"/*/*/ 2>/dev/null)" ] || { echo "Equinox started for a kept result"; return 1; }
}
check "podium report --list and --help, once run, answer from their kept result before Equinox starts" kept_listings

daemon_round_trip() { # opt-in, per user; the same output as one-shot, from another folder too
  mkdir -p "$WORK/d" && cp "$ROOT"/examples/*.podium "$WORK/d/"
  "$PODIUM" daemon status > /dev/null && { echo "running before start"; return 1; }
  "$PODIUM" daemon start --idle-timeout 10 || return 1
  [ "$(stat -c %a "$XDG_RUNTIME_DIR/podium")" = 700 ] || return 1
  echo "measure M99 \"新措施\" owner 不存在的单位 due 2004-12-31" >> "$WORK/d/measures.podium"
  local served=0 oneshot=0
  (cd "$WORK" && "$PODIUM" validate d > d.served 2>&1) || served=$?
  (cd "$WORK" && "$PODIUM" validate --no-daemon --no-cache d > d.oneshot 2>&1) || oneshot=$?
  "$PODIUM" daemon status | grep -q ' 1 command served' || { "$PODIUM" daemon status; return 1; }
  "$PODIUM" daemon stop > /dev/null || return 1
  "$PODIUM" daemon status > /dev/null && { echo "running after stop"; return 1; }
  [ "$served" -eq 1 ] && [ "$oneshot" -eq 1 ] || { echo "exit $served / $oneshot"; return 1; }
  cmp "$WORK/d.served" "$WORK/d.oneshot" && grep -q '^d/measures.podium:' "$WORK/d.served"
}
check "podium daemon start/status/stop; validate through the daemon prints what the one-shot run prints" daemon_round_trip

help_follows_the_language() { # -nl, else LANG; English otherwise; exit code 3 documented in both
  "$PODIUM" -nl zh_CN --help > "$WORK/help.zh" || return 1
  grep -q '^用法：podium' "$WORK/help.zh" && grep -q '3 内部错误' "$WORK/help.zh" || { cat "$WORK/help.zh"; return 1; }
  LANG=zh_CN.UTF-8 LC_ALL= "$PODIUM" validate --help > "$WORK/help.lang" || return 1
  grep -q '^用法：podium validate' "$WORK/help.lang" || { cat "$WORK/help.lang"; return 1; }
  "$PODIUM" --help > "$WORK/help.en" || return 1
  grep -q '^Usage: podium' "$WORK/help.en" && grep -q '3 internal error' "$WORK/help.en" || { cat "$WORK/help.en"; return 1; }
}
check "podium --help in Chinese under -nl zh_CN or LANG=zh_CN.UTF-8, in English otherwise" help_follows_the_language

usage_error_in_chinese() { # a usage error exits 2 through the launcher, with its message in the user's language
  local rc=0
  "$PODIUM" -nl zh_CN validate --no-such-option "$ROOT/examples" > "$WORK/usage.out" 2> "$WORK/usage.err" || rc=$?
  [ "$rc" -eq 2 ] || { echo "exit $rc, expected 2"; cat "$WORK/usage.err"; return 1; }
  grep -q '未知的选项或参数：--no-such-option' "$WORK/usage.err" || { cat "$WORK/usage.err"; return 1; }
}
check "a usage error exits 2 and is said in Chinese under -nl zh_CN" usage_error_in_chinese

partial_actuals_exit() { # the launcher passes the command's own exit codes, 4 included
  mkdir -p "$WORK/partial" && cp "$ROOT"/examples/*.podium "$WORK/partial/"
  printf '单位,指标,月份,累计\n宛城区,实际利用外资,2004-09,230\n南县,实际利用外资,2004-09,10\n' > "$WORK/partial/data.csv"
  local rc=0
  "$PODIUM" actuals import "$WORK/partial/data.csv" --plan "$WORK/partial/actuals-2004.podium" --partial \
    > "$WORK/partial/out" 2> "$WORK/partial/err" || rc=$?
  [ "$rc" -eq 4 ] || { echo "exit $rc, expected 4"; cat "$WORK/partial/err"; return 1; }
  grep -q '宛城区 2004-09 累计 230' "$WORK/partial/actuals-2004.podium" || { echo "the valid row was not written"; return 1; }
}
check "podium actuals import --partial exits 4 and writes the valid row" partial_actuals_exit

workbench_session() { # one session that opens plan.podium and closes itself; stderr to $WORK/wb.err
  local trace="$WORK/wb.trace"; rm -f "$trace"
  HOME="$WORK/wb-home" PODIUM_WORKSPACE="$WORK/wb-workspace" PODIUM_JAVA_OPTS="${1:-} -Dpodium.startupTrace=$trace \
    -Dpodium.startupTrace.open=plan.podium -Dpodium.startupTrace.exit=true" \
    timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$PODIUM" -nl zh_CN --open "$ROOT/examples" > "$WORK/wb.out" 2> "$WORK/wb.err" \
    || { echo "workbench exit code $?"; cat "$WORK/wb.err"; return 1; }
  grep -q '^editor ' "$trace" || { echo "the plan editor did not open"; cat "$WORK/wb.err"; return 1; }
}
workbench_class_archive() { # written when the first session ends, used by the next, replaced when damaged
  local archive
  workbench_session || return 1
  archive=$(ls "$PODIUM_CONFIG_DIR"/*/*/ui-*.jsa 2> /dev/null)
  [ "$(echo "$archive" | grep -c .)" -eq 1 ] || { echo "not one class archive after the first session: $archive"; return 1; }
  ls "$PODIUM_CONFIG_DIR"/*/*/*.tmp > /dev/null 2>&1 && { echo "a temporary archive was left behind"; return 1; }
  workbench_session "-Xlog:class+load=info:file=$WORK/classes.txt" || return 1
  [ "$(grep -c 'source: shared objects file (top)' "$WORK/classes.txt")" -gt 2000 ] \
    || { echo "the second session did not load its classes from the archive"; return 1; }
  chmod u+w "$archive" && truncate -s 4000000 "$archive"
  workbench_session || return 1
  grep -q 'starting again without it' "$WORK/wb.err" || { echo "no word of the damaged archive"; return 1; }
  [ "$(stat -c %s "$archive")" -gt 4000000 ] || { echo "the damaged archive was not replaced"; return 1; }
}
if command -v xvfb-run > /dev/null; then
  check "the workbench keeps a class archive from its first session, starts with it, and replaces a damaged one" \
    workbench_class_archive
else
  failed=$((failed + 1)); echo "FAIL  no xvfb-run to start the workbench (releng/scripts/ensure-tools.sh display installs it)"
fi

if [ -n "$SAMPLE" ]; then
  cp "$SAMPLE" "$XDG_DATA_HOME/podium/plugins/"
  printf 'not a jar' > "$XDG_DATA_HOME/podium/plugins/broken.jar"
  sample_plugin_loads() {
    "$PODIUM" report --list > "$WORK/list" 2> "$WORK/list.err" || return 1
    grep -q '^sample.exportGrowth ' "$WORK/list" || { echo "sample report not listed"; return 1; }
    grep -q '^progress ' "$WORK/list" || { echo "built-in reports gone"; return 1; }
    grep -q 'plugin broken.jar was not loaded' "$WORK/list.err" || { cat "$WORK/list.err"; return 1; }
    "$PODIUM" report sample.exportGrowth --plan "$ROOT/examples" --format md > "$WORK/sample.md" 2> /dev/null || return 1
    grep -q '^| 邓州市 | 528 | 333 | 58.56% |' "$WORK/sample.md" || { cat "$WORK/sample.md"; return 1; }
  }
  check "a plugin in the user's plugin folder adds its report and format; a broken jar is named" sample_plugin_loads
  sample_inspection_runs() {
    mkdir -p "$WORK/plan"
    printf '%s\n' 'indicator 外资 "实际利用外资" unit 万美元' 'org 市 "某市" city' 'target 外资 市 2004: 确保 2800 力争 4300' \
      > "$WORK/plan/plan.podium"
    "$PODIUM" validate "$WORK/plan" > "$WORK/validate" 2> "$WORK/validate.err"
    grep -q 'plan.podium:3:[0-9]*: info SMPL-T001 ' "$WORK/validate.err" || { cat "$WORK/validate" "$WORK/validate.err"; return 1; }
    grep -q 'PDM-S002' "$WORK/validate.err" && { cat "$WORK/validate.err"; return 1; }
    return 0
  }
  check "the plugin's inspection runs in podium validate beside Podium's own" sample_inspection_runs
  plugin_manager_round_trip() {
    rm -f "$XDG_DATA_HOME/podium/plugins/$(basename "$SAMPLE")"
    "$PODIUM" report --list 2> /dev/null | grep -q '^sample.exportGrowth ' && { echo "sample still listed"; return 1; }
    "$PODIUM" plugins install "$SAMPLE" 2> /dev/null | grep -q '^podium.sample.reports .* active ' || return 1
    "$PODIUM" report --list 2> /dev/null | grep -q '^sample.exportGrowth ' || { echo "not listed after install"; return 1; }
    "$PODIUM" plugins disable podium.sample.reports > /dev/null 2>&1 || return 1
    "$PODIUM" report --list 2> /dev/null | grep -q '^sample.exportGrowth ' && { echo "listed while disabled"; return 1; }
    "$PODIUM" plugins list 2> /dev/null | grep -q '^podium.sample.reports .* disabled ' || return 1
    "$PODIUM" plugins list 2> /dev/null | grep -q '^broken.jar .* failed' || { echo "broken jar not listed"; return 1; }
    "$PODIUM" plugins enable podium.sample.reports > /dev/null 2>&1 || return 1
    "$PODIUM" report --list 2> /dev/null | grep -q '^sample.exportGrowth ' || { echo "not listed after enable"; return 1; }
    "$PODIUM" plugins uninstall podium.sample.reports > /dev/null 2>&1 || return 1
    "$PODIUM" report --list 2> /dev/null | grep -q '^sample.exportGrowth ' && { echo "listed after uninstall"; return 1; }
    "$PODIUM" plugins disable podium.reports 2> "$WORK/refused" && return 1
    grep -q 'error PDM-E004 ' "$WORK/refused" || { cat "$WORK/refused"; return 1; }
  }
  check "podium plugins installs, disables, enables and uninstalls the sample; its report comes and goes" plugin_manager_round_trip
else
  failed=$((failed + 1)); echo "FAIL  the sample plugin was not built (samples/podium.sample.reports/target)"
fi

echo "check-product: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
