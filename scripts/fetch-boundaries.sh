#!/usr/bin/env bash
# Fetches Natural Earth 1:10m countries from the npm package world-atlas (pinned), verifies its
# SHA-256 and caches it. Prints the path of the cached file. Safe to re-run.
set -euo pipefail
version=2.0.2
file=countries-10m.json
sha256=3bc6f1d367a9bcec479841bae0e76092f512838411d0cef124e92eec4db45f79
cache="${XDG_CACHE_HOME:-$HOME/.cache}/recmap/world-atlas-$version"
target="$cache/$file"

if [[ -f "$target" ]] && echo "$sha256  $target" | sha256sum --check --status; then
    echo "$target"
    exit 0
fi
command -v npm >/dev/null || { echo "fetch-boundaries: error: npm is needed to fetch $file" >&2; exit 1; }
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-atlas@$version" >/dev/null)
tar -xzf "$work/world-atlas-$version.tgz" -C "$work" "package/$file"
if ! echo "$sha256  $work/package/$file" | sha256sum --check --status; then
    echo "fetch-boundaries: error: checksum mismatch for world-atlas@$version $file" >&2
    exit 1
fi
mv "$work/package/$file" "$target.tmp"
mv "$target.tmp" "$target"
echo "$target"
