#!/usr/bin/env bash
# Makes sure a Docker engine answers on this machine: installs Debian's docker.io when dockerd is
# missing and starts dockerd in the background when no engine runs (no systemd needed).
# Idempotent; safe to run before every build. Needs root (or sudo) only when it has to install.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

if docker info >/dev/null 2>&1; then
  log "docker engine already running ($(docker version --format '{{.Server.Version}}'))"
  exit 0
fi
if ! command -v dockerd >/dev/null 2>&1; then
  apt_install docker.io
fi
log "starting dockerd (log: /var/log/torrentctl-dockerd.log)"
as_root bash -c 'setsid dockerd >/var/log/torrentctl-dockerd.log 2>&1 < /dev/null &'
for _ in $(seq 1 120); do
  if docker info >/dev/null 2>&1; then
    log "docker engine ready ($(docker version --format '{{.Server.Version}}'))"
    exit 0
  fi
  sleep 0.5
done
echo "dockerd did not answer within 60 s; its log:" >&2
tail -n 40 /var/log/torrentctl-dockerd.log >&2 || true
exit 1
