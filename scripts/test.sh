#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit, gl, cli; headless).
# Then, in CI (CI set) or when RECMAP_SANITIZED_TESTS=1, the unit and cli tests again under
# ASan and UBSan (scripts/test-sanitized.sh, build-asan/); RECMAP_SANITIZED_TESTS=0 skips them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure --parallel "$(nproc)")

sanitized="${RECMAP_SANITIZED_TESTS:-}"
if [[ -z "$sanitized" && -n "${CI:-}" ]]; then
    sanitized=1
fi
if [[ "$sanitized" == 1 ]]; then
    "$root/scripts/test-sanitized.sh"
fi
