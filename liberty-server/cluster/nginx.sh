#!/usr/bin/env bash
# Prints the path of an nginx binary: the one on the PATH, else Debian's package unpacked (without
# installing it, so no root needed) under NGINX_HOME (default liberty-server/target/nginx).
set -euo pipefail
if command -v nginx >/dev/null 2>&1; then command -v nginx; exit 0; fi
HOME_DIR=${NGINX_HOME:-$(cd "$(dirname "$0")/.." && pwd)/target/nginx}
BIN="$HOME_DIR/root/usr/sbin/nginx"
if [ ! -x "$BIN" ]; then
  mkdir -p "$HOME_DIR"
  cd "$HOME_DIR"
  # A fresh machine may not have the package lists yet (updating them needs root).
  apt-get download nginx >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get download nginx >/dev/null; }
  dpkg -x "$(ls -t nginx_*.deb | head -1)" root
fi
echo "$BIN"
