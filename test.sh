#!/usr/bin/env bash
# The one test command: installs what the tests need, builds, runs every test runner, and ends with one
# line "N passed, N failed" totalled over all of them. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

# --- What the tests need -----------------------------------------------------------------------------
need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "Installing ${need_apt[*]} (Debian packages)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || echo "Could not install ${need_apt[*]}: the tests that need them will fail and say so."
fi

if [ -f tests/e2e/package-lock.json ] && [ ! -d tests/e2e/node_modules ]; then
  log "Installing the e2e test packages (npm ci)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || echo "npm ci failed: the e2e tests will fail."
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
status=0

# --- Build -------------------------------------------------------------------------------------------
log "Building Helpline.sln"
if ! dotnet build Helpline.sln -c Debug -v q -nologo; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# --- .NET tests --------------------------------------------------------------------------------------
log "Running the .NET test projects"
dotnet_log=$(mktemp)
dotnet test Helpline.sln -c Debug --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$dotnet_log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
while read -r p f; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$dotnet_log" \
          | sed -E 's/.*Failed: +([0-9]+), +Passed: +([0-9]+).*/\2 \1/')
# A test host that crashed prints no summary line: count it as a failure.
if grep -qE 'Test Run Aborted|The active test run was aborted' "$dotnet_log"; then failed=$((failed + 1)); status=1; fi
rm -f "$dotnet_log"

# --- Node end-to-end tests ---------------------------------------------------------------------------
if ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
  log "Running the end-to-end tests (node --test)"
  node_log=$(mktemp)
  (cd tests/e2e && node --test --test-concurrency=1 ./*.test.mjs) 2>&1 | tee "$node_log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  np=$(grep -E '^# pass [0-9]+' "$node_log" | tail -1 | awk '{print $3}')
  nf=$(grep -E '^# fail [0-9]+' "$node_log" | tail -1 | awk '{print $3}')
  passed=$((passed + ${np:-0})); failed=$((failed + ${nf:-0}))
  if [ -z "$np" ]; then failed=$((failed + 1)); status=1; fi
  rm -f "$node_log"
fi

[ "$failed" -eq 0 ] || status=1
echo
echo "$passed passed, $failed failed"
exit $status
