#!/usr/bin/env bash
# Installs the system libraries Qt needs (xcb for a real screen, EGL/GL/fontconfig for every
# platform, CUPS for printing) when they are missing. Debian/Ubuntu only; elsewhere, says what
# is missing and carries on (the offscreen platform needs fewer of them).
set -euo pipefail

# library soname -> Debian package
declare -A PKG=(
  [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libfontconfig.so.1]=libfontconfig1
  [libfreetype.so.6]=libfreetype6 [libxkbcommon.so.0]=libxkbcommon0 [libdbus-1.so.3]=libdbus-1-3
  [libglib-2.0.so.0]=libglib2.0-0 [libX11.so.6]=libx11-6 [libX11-xcb.so.1]=libx11-xcb1
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxcb-cursor.so.0]=libxcb-cursor0
  [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-image.so.0]=libxcb-image0
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb-xkb.so.1]=libxcb-xkb1
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1 [libxcb-xfixes.so.0]=libxcb-xfixes0
  [libcups.so.2]=libcups2
)

if [[ "$(uname -s)" != "Linux" ]]; then exit 0; fi
known="$(ldconfig -p 2>/dev/null || true)"
missing=()
for lib in "${!PKG[@]}"; do
  grep -q "[[:space:]]${lib}[[:space:]]" <<<"$known" || missing+=("${PKG[$lib]}")
done
# a font, so Qt has something to draw text with
fonts="$(fc-list 2>/dev/null || true)"
[[ -n "$fonts" ]] || missing+=(fonts-dejavu-core fontconfig)
if ((${#missing[@]} == 0)); then exit 0; fi

mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "hospcrisis: installing system libraries Qt needs: ${missing[*]}"
if ! command -v apt-get >/dev/null; then
  echo "hospcrisis: apt-get not found; install these with your package manager: ${missing[*]}" >&2
  exit 0
fi
SUDO=""
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "hospcrisis: not root and no sudo; please install: ${missing[*]}" >&2; exit 0; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends "${missing[@]}" \
  || { $SUDO apt-get update -q && $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; }
