#!/usr/bin/env bash
# Builds one local Docker image per supported daemon version, straight from Debian packages, with no
# container registry involved:
#
#   torrentctl/qbittorrent:4.5     qbittorrent-nox from bookworm          (4.5.x, WebAPI 2.8)
#   torrentctl/qbittorrent:5.1     qbittorrent-nox from trixie            (5.1.x, WebAPI 2.11)
#   torrentctl/qbittorrent:5.3     qbittorrent-nox from trixie-backports  (5.3.x, WebAPI 2.16)
#   torrentctl/transmission:3.00   transmission-daemon from bookworm      (3.00, RPC 16)
#   torrentctl/transmission:4.1    transmission-daemon from trixie-backports (4.1.x, RPC 19)
#   torrentctl/nginx:1.22          nginx-light from bookworm              (reverse-proxy tests)
#
# How: a private apt configuration (empty dpkg status, so apt resolves the whole dependency closure)
# downloads the package and everything it needs; dpkg-deb -x unpacks them into a root file system;
# `docker import` turns that into an image. Nothing is installed on the host but docker.io.
# Existing images are reused; pass --rebuild to rebuild them. Pass image names to build only those
# (e.g. `build-daemon-images.sh qbittorrent:5.3`).
#
# Each image runs the daemon as its entrypoint; the test harness copies a generated profile to
# /config before it starts (see the daemons module).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SEC_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
WORK=${TORRENTCTL_IMAGE_WORKDIR:-${XDG_CACHE_HOME:-$HOME/.cache}/torrentctl/images}
REBUILD=false
WANTED=()
for a in "$@"; do
  case "$a" in
    --rebuild) REBUILD=true ;;
    *) WANTED+=("$a") ;;
  esac
done

apt_install ca-certificates debian-archive-keyring

# apt_env SUITE_FAMILY: prints the path of an apt.conf for bookworm or trixie (+ backports).
apt_env() {
  local family=$1 a=$WORK/apt-$1
  mkdir -p "$a/lists/partial"
  if [ "$family" = bookworm ]; then
    cat > "$a/sources.list" <<SRC
deb [signed-by=$KEYRING] $MIRROR bookworm main
deb [signed-by=$KEYRING] $MIRROR bookworm-updates main
deb [signed-by=$KEYRING] $SEC_MIRROR bookworm-security main
SRC
  else
    cat > "$a/sources.list" <<SRC
deb [signed-by=$KEYRING] $MIRROR trixie main
deb [signed-by=$KEYRING] $MIRROR trixie-updates main
deb [signed-by=$KEYRING] $SEC_MIRROR trixie-security main
deb [signed-by=$KEYRING] $MIRROR trixie-backports main
SRC
  fi
  cat > "$a/apt.conf" <<CONF
Dir::Etc::SourceList "$a/sources.list";
Dir::Etc::SourceParts "/dev/null";
Dir::Etc::Preferences "/dev/null";
Dir::Etc::PreferencesParts "/dev/null";
Dir::State::Lists "$a/lists";
Dir::State::status "/dev/null";
APT::Architectures { "amd64"; };
APT::Install-Recommends "false";
APT::Sandbox::User "root";
CONF
  if [ ! -e "$a/.updated" ] || [ -n "$(find "$a/.updated" -mmin +720)" ]; then
    APT_CONFIG=$a/apt.conf apt-get -qq update >&2
    touch "$a/.updated"
  fi
  echo "$a/apt.conf"
}

# build TAG FAMILY APT_SPEC EXPECTED_VERSION_PREFIX ENTRYPOINT_JSON
build() {
  local tag=$1 family=$2 spec=$3 want=$4 entrypoint=$5
  if [ ${#WANTED[@]} -gt 0 ] && [[ ! " ${WANTED[*]} " == *" ${tag#torrentctl/} "* ]]; then return 0; fi
  if ! $REBUILD && docker image inspect "$tag" >/dev/null 2>&1; then
    log "image $tag exists ($(docker image inspect -f '{{index .Config.Labels "dev.torrentctl.package"}}' "$tag")), reused"
    return 0
  fi
  local conf; conf=$(apt_env "$family")
  local dir=$WORK/${tag//[:\/]/_}
  rm -rf "$dir"; mkdir -p "$dir/archives/partial" "$dir/rootfs"
  log "downloading $spec and its dependency closure ($family)"
  APT_CONFIG=$conf apt-get -qq -o Dir::Cache::archives="$dir/archives" \
    install --download-only -y "$spec" >/dev/null
  local pkg=${spec%%/*} deb version
  deb=$(ls "$dir"/archives/"${pkg}"_*.deb | head -n 1)
  version=$(dpkg-deb -f "$deb" Version)
  case "$version" in
    "$want"*) ;;
    *) echo "$spec resolved to $version, expected $want*: the Debian mirror moved; update $0" >&2; exit 1 ;;
  esac
  for d in "$dir"/archives/*.deb; do dpkg-deb -x "$d" "$dir/rootfs"; done
  local r=$dir/rootfs
  # trixie ships merged-/usr contents; make the classic paths resolve in both families.
  for l in bin sbin lib lib64; do
    if [ ! -e "$r/$l" ] && [ -d "$r/usr/$l" ]; then ln -s "usr/$l" "$r/$l"; fi
  done
  mkdir -p "$r/tmp" "$r/config" "$r/downloads" "$r/etc" "$r/var/log/nginx" "$r/var/lib/nginx" "$r/run"
  chmod 1777 "$r/tmp"
  echo 'root:x:0:0:root:/config:/bin/false' > "$r/etc/passwd"
  echo 'root:x:0:' > "$r/etc/group"
  rm -rf "$r/usr/share/doc" "$r/usr/share/man" "$r/usr/share/locale" "$r/usr/share/info"
  local ml=/usr/lib/x86_64-linux-gnu
  log "importing $tag ($pkg $version, $(du -sm "$r" | cut -f1) MB)"
  tar -C "$r" -c . | docker import \
    --change "ENV HOME=/config" \
    --change "ENV LANG=C.UTF-8" \
    --change "ENV LD_LIBRARY_PATH=$ml:/lib/x86_64-linux-gnu:$ml/libproxy" \
    --change "ENV QT_PLUGIN_PATH=$ml/qt6/plugins:$ml/qt5/plugins" \
    --change "LABEL dev.torrentctl.package=$pkg=$version" \
    --change "ENTRYPOINT $entrypoint" \
    - "$tag" >/dev/null
  rm -rf "$dir"
  log "built $tag: $(docker run --rm "$tag" --version 2>&1 | head -n 1)"
}

mkdir -p "$WORK"
QBT='["/usr/bin/qbittorrent-nox"]'
TR='["/usr/bin/transmission-daemon"]'
build torrentctl/qbittorrent:4.5   bookworm qbittorrent-nox                      4.5. "$QBT"
build torrentctl/qbittorrent:5.1   trixie   qbittorrent-nox                      5.1. "$QBT"
build torrentctl/qbittorrent:5.3   trixie   qbittorrent-nox/trixie-backports     5.3. "$QBT"
build torrentctl/transmission:3.00 bookworm transmission-daemon                  3.00 "$TR"
build torrentctl/transmission:4.1  trixie   transmission-daemon/trixie-backports 4.1. "$TR"
build torrentctl/nginx:1.22        bookworm nginx-light                          1.22. '["/usr/sbin/nginx"]'
