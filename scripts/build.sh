#!/usr/bin/env bash
# Configures and builds recmap (Release) into build/. Warnings are errors when CI is set.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
werror=OFF
if [[ -n "${CI:-}" ]]; then
    werror=ON
fi
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DRECMAP_WERROR="$werror" >/dev/null
cmake --build "$root/build" --parallel "$(nproc)"
