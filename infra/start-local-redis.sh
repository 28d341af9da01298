#!/usr/bin/env bash
# Starts redis-server for a developer with infra/redis.conf (persistence on, no eviction, loopback
# only), keeping its data in a folder. Runs in the foreground; stop it with Ctrl+C.
#
#   infra/start-local-redis.sh [data-folder]       default: .redis-data at the repository root
#
# Environment: REDIS_PORT (default 6379); REDIS_PASSWORD (optional: sets requirepass; the service
# then needs Redis__Configuration="127.0.0.1:6379,password=...").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${1:-$here/../.redis-data}"
port="${REDIS_PORT:-6379}"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis-server is not installed. On Debian or Ubuntu: sudo apt-get install -y redis-server" >&2
  exit 1
fi

umask 077
mkdir -p "$data"
data="$(cd "$data" && pwd)"

# A private config in the data folder: the shared one, then this instance's folder, port and password.
conf="$data/redis.local.conf"
{
  echo "include $here/redis.conf"
  echo "dir $data"
  echo "port $port"
  if [[ -n "${REDIS_PASSWORD:-}" ]]; then
    echo "requirepass $REDIS_PASSWORD"
  fi
} > "$conf"
chmod 600 "$conf"

echo "Redis on 127.0.0.1:$port, data in $data (append-only file: $data/appendonlydir)"
exec redis-server "$conf"
