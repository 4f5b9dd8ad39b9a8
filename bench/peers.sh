#!/usr/bin/env bash
# recmap against its peers in one run, on the same data and size: Natural Earth 1:10m, 8192x4096,
# plate carree, fills and outlines, antialiased, whole process. hyperfine: one warm-up, then the
# median of 5 runs; peak memory from GNU time. The peers must be installed (../shared/PEERS.md);
# their data is made by ../shared/peers/make_data.sh under $WORK (default /tmp/bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${RECMAP_PEERS:-$root/../shared/peers}"
work="${WORK:-/tmp/bench}"
python="${PYTHON:-/usr/bin/python3}"
runs="${RUNS:-5}"
recmap="$root/build/recmap"

for tool in hyperfine "$python"; do
    command -v "$tool" >/dev/null || { echo "peers.sh: $tool is needed (see ../shared/PEERS.md)" >&2; exit 1; }
done
mkdir -p "$work/out" "$work/results"
if [[ ! -f "$work/data/countries-10m.gpkg" ]]; then
    (cd "$peers" && WORK="$work" PYTHON="$python" sh make_data.sh >/dev/null)
fi
# recmap's own caches (database, prepared mesh, 10m boundaries) are warm after the warm-up run,
# as the peers' page cache is: every tool is measured as a user re-running it.
cases=(
    "recmap|$recmap render countries --resolution 10m --projection plate-carree --size 8192x4096 -o $work/out/recmap-eqc-8192-10m.png"
    "mapnik|$python $peers/render_mapnik.py 10m eqc 8192 $work/out/mapnik-eqc-8192-10m.png"
    "matplotlib|$python $peers/render_mpl.py 10m eqc-gpd 8192 $work/out/mpl-gpd-eqc-8192-10m.png"
)
arguments=()
for entry in "${cases[@]}"; do
    arguments+=(-n "${entry%%|*}" "${entry#*|}")
done
hyperfine --style basic --shell sh --warmup 1 --runs "$runs" --export-json "$work/results/peers.json" \
    "${arguments[@]}" > "$work/results/peers.log" 2>&1
for entry in "${cases[@]}"; do
    env time -f '%M' -o "$work/results/${entry%%|*}.rss" sh -c "${entry#*|}" >/dev/null 2>&1 || true
done
"$python" - "$work/results" <<'PY'
import json, sys, os
folder = sys.argv[1]
results = {r['command']: r for r in json.load(open(os.path.join(folder, 'peers.json')))['results']}
recmap = results['recmap']['median']
print('%-12s %10s %10s %10s %12s %s' % ('tool', 'median s', 'min s', 'max s', 'peak MiB', 'recmap faster by'))
for name, r in results.items():
    rss = int(open(os.path.join(folder, name + '.rss')).read().split()[-1]) / 1024
    ratio = '' if name == 'recmap' else '%.2fx' % (r['median'] / recmap)
    print('%-12s %10.3f %10.3f %10.3f %12.0f %s' % (name, r['median'], r['min'], r['max'], rss, ratio))
PY
