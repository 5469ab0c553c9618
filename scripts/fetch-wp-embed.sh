#!/usr/bin/env bash
# Puts WordPress's own wp-embed.js in .cache/wordpress/ for tests/e2e/wordPressEmbed.spec.ts,
# from Debian's `wordpress` package, unpacked, not installed (none of its dependencies). WordPress's
# file is theirs and is not committed; .ci/run calls this, and so can a developer.
set -euo pipefail
cd "$(dirname "$0")/.."
target=.cache/wordpress/wp-embed.js
[[ -f "$target" ]] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
download() { (cd "$work" && apt-get download -qq wordpress < /dev/null); }
download || { apt-get update -qq < /dev/null && download; }
dpkg-deb -x "$work"/wordpress_*.deb "$work/unpacked"
mkdir -p "$(dirname "$target")"
cp "$work/unpacked/usr/share/wordpress/wp-includes/js/wp-embed.js" "$target"
echo "wp-embed.js from Debian's wordpress package: $target"
