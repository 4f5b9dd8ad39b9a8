#!/usr/bin/env bash
# The main job: install what is missing, build, and render the default world map to
# out/world.png. Safe to re-run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
mkdir -p "$root/out"
"$root/build/recmap" render countries -o "$root/out/world.png" --size 4096x2048
echo "recmap: wrote $root/out/world.png"
# With a display (and not in CI), open the explorer on the same map.
if [[ -n "${DISPLAY:-}" && -z "${CI:-}" ]]; then
    exec "$root/build/recmap" explore countries
fi
