# Shared helpers for the scripts in this folder (sourced, not run).
log() { printf '[torrentctl] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt_install PKG... : installs Debian packages that are missing (one apt-get update per run).
apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  if [ -z "${TORRENTCTL_APT_UPDATED:-}" ]; then
    as_root apt-get update -qq
    export TORRENTCTL_APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Testcontainers on this kind of machine: no registry (no Ryuk, no start-up checks pulling alpine)
# and a /.dockerenv that would make it look for a gateway container.
export_testcontainers_env() {
  export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
  export TESTCONTAINERS_CHECKS_DISABLE=${TESTCONTAINERS_CHECKS_DISABLE:-true}
  export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}
}
