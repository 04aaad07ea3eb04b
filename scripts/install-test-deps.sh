#!/usr/bin/env bash
# What the end-to-end tests need beyond npm: Debian's Chromium (Playwright never downloads
# a browser here) and fonts for Korean text and emoji. Installs only what is missing.
set -euo pipefail

fonts=$(fc-list : family 2>/dev/null || true)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
grep -qi 'Noto Sans CJK' <<<"$fonts" || missing+=(fonts-noto-cjk)
grep -qi 'Noto Color Emoji' <<<"$fonts" || missing+=(fonts-noto-color-emoji)

if [ ${#missing[@]} -eq 0 ]; then
  echo "test dependencies: all present"
  exit 0
fi

echo "test dependencies: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
