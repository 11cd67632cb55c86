#!/usr/bin/env bash
# Checks the set-up scripts without touching the machine: ensure-tools.sh runs against stand-ins for
# javac and apt-get, and must install a JDK only when javac is missing or older than 17, never because
# its version could not be read (javac prints "Picked up JAVA_TOOL_OPTIONS: ..." first when that
# variable is set). Run by ./run-tests; exits 1 if a check failed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tools" "$WORK/stub"
for tool in bash sh id sed tr head cat dirname printf; do
  [ -x "$(command -v $tool)" ] && ln -sf "$(command -v $tool)" "$WORK/tools/$tool"
done
cat > "$WORK/stub/apt-get" <<STUB
#!/bin/sh
echo "apt-get \$*" >> "$WORK/apt.log"
STUB
chmod +x "$WORK/stub/apt-get"
failed=0 passed=0

run_with_javac() { # javac's output (empty: no javac), expected apt-get log, name
  rm -f "$WORK/apt.log" "$WORK/stub/javac"
  if [ -n "$1" ]; then
    printf '#!/bin/sh\nprintf "%s\\n" >&2\n' "$1" > "$WORK/stub/javac"
    chmod +x "$WORK/stub/javac"
  fi
  env -i PATH="$WORK/stub:$WORK/tools" PODIUM_APT_UPDATED=1 JAVA_TOOL_OPTIONS=-Dx=y \
    bash "$ROOT/releng/scripts/ensure-tools.sh" java > "$WORK/out" 2>&1
  local got
  got=$(cat "$WORK/apt.log" 2>/dev/null)
  if [ "$got" = "$2" ]; then
    passed=$((passed + 1)); echo "ok    $3"
  else
    failed=$((failed + 1)); echo "FAIL  $3: apt-get calls '$got', expected '$2'"; sed 's/^/      /' "$WORK/out"
  fi
}

run_with_javac 'Picked up JAVA_TOOL_OPTIONS: -Dx=y\njavac 17.0.15' '' "javac 17 after a 'Picked up' line: nothing installed"
run_with_javac 'javac 21.0.2' '' "javac 21: nothing installed"
run_with_javac 'Picked up JAVA_TOOL_OPTIONS: -Dx=y\nerror: something else' '' "unreadable javac version: nothing installed"
run_with_javac 'javac 11.0.22' 'apt-get install -y -qq openjdk-17-jdk-headless' "javac 11: a JDK 17 is installed"
run_with_javac '' 'apt-get install -y -qq openjdk-17-jdk-headless' "no javac: a JDK 17 is installed"

echo "check-scripts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
