#!/usr/bin/env bash
# recmap against its peers in one run, on the same machine and data, whole process: hyperfine
# (one warm-up, then RUNS runs, median) and peak memory from GNU time. Prints three tables (the
# peers at 1:10m 8192 px with recmap's ratio to each; recmap's own targets: default render, cold
# start, animation, query; the phases of each recmap case from RECMAP_TIMINGS) and writes them as
# JSON to $WORK/results/figures.json so that runs can be compared. The peers must be installed
# (../shared/PEERS.md); their data is made by ../shared/peers/make_data.sh under $WORK
# (default /tmp/bench). EXPLORER=1 adds the explorer's --benchmark at 50m and 10m (xvfb-run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${RECMAP_PEERS:-$root/../shared/peers}"
work="${WORK:-/tmp/bench}"
python="${PYTHON:-/usr/bin/python3}"
runs="${RUNS:-5}"
recmap="$root/build/recmap"
out="$work/out"
results="$work/results"

for tool in hyperfine "$python" "$recmap"; do
    command -v "$tool" >/dev/null || { echo "peers.sh: $tool is needed (see ../shared/PEERS.md)" >&2; exit 1; }
done
mkdir -p "$out" "$results"
rm -f "$results"/*.rss "$results"/*.phases "$results"/*.json
if [[ ! -f "$work/data/countries-10m.gpkg" ]]; then
    (cd "$peers" && WORK="$work" PYTHON="$python" sh make_data.sh >/dev/null)
fi
# A cache of recmap's own that a cold run empties: the boundaries stay downloaded, the database
# and prepared meshes go.
cold="$work/cold-cache"
mkdir -p "$cold/recmap"
"$recmap" render countries --resolution 10m -o "$out/warm-up.png" >/dev/null 2>&1
cp -r "${XDG_CACHE_HOME:-$HOME/.cache}/recmap/world-atlas-2.0.2" "$cold/recmap/"
empty_cold_cache="find $cold/recmap -maxdepth 1 -type f -delete"

# name|command|prepare (empty: none). recmap's caches are warm after hyperfine's warm-up, as the
# peers' page cache is: every tool is measured as a user re-running it, except the cold cases.
robinson_height=4155 # Mapnik's Robinson box at 8192 px wide (render_mapnik.py)
peer_cases=(
    "recmap 10m eqc|$recmap render countries --resolution 10m --projection plate-carree --size 8192x4096 -o $out/recmap-eqc-10m.png|"
    "mapnik 10m eqc|$python $peers/render_mapnik.py 10m eqc 8192 $out/mapnik-eqc-10m.png|"
    # recmap runs with glibc's huge pages for malloc (src/cli/command_line.cpp); Mapnik given the
    # same, so that the ratio is recmap's own and not the allocator's.
    "mapnik+thp 10m eqc|GLIBC_TUNABLES=glibc.malloc.hugetlb=1 $python $peers/render_mapnik.py 10m eqc 8192 $out/mapnik-eqc-10m-thp.png|"
    "recmap 10m robinson|$recmap render countries --resolution 10m --projection robinson --size 8192x$robinson_height -o $out/recmap-robin-10m.png|"
    "mapnik 10m robinson|$python $peers/render_mapnik.py 10m robin 8192 $out/mapnik-robin-10m.png|"
    "matplotlib 10m eqc|$python $peers/render_mpl.py 10m eqc-gpd 8192 $out/mpl-eqc-10m.png|"
)
own_cases=(
    "recmap default 50m|$recmap render countries -o $out/recmap-default.png|"
    "recmap cold 10m|XDG_CACHE_HOME=$cold $recmap render countries --resolution 10m -o $out/recmap-cold-10m.png|$empty_cold_cache"
    "recmap cold 50m|XDG_CACHE_HOME=$cold $recmap render countries -o $out/recmap-cold-50m.png|$empty_cold_cache"
    "recmap animation 76 frames|$recmap render membership:NATO --from 1949-01-01 --to 2024-01-01 --step 1y --size 2048x1024 -o $out/frames/nato.png|rm -rf $out/frames; mkdir -p $out/frames"
    "recmap query|$recmap query members NATO --as-of 2024-01-01|"
)

measure() {
    local label="$1"
    shift
    local arguments=()
    for entry in "$@"; do
        IFS='|' read -r name command prepare <<<"$entry"
        # hyperfine takes one --prepare per command or none: `true` where nothing is prepared.
        arguments+=(-n "$name" --prepare "${prepare:-true}" "$command")
    done
    hyperfine --style basic --shell sh --warmup 1 --runs "$runs" --export-json "$results/$label.json" \
        "${arguments[@]}" >"$results/$label.log" 2>&1
    for entry in "$@"; do
        IFS='|' read -r name command prepare <<<"$entry"
        local file="${name// /_}"
        [[ -z "$prepare" ]] || sh -c "$prepare"
        env time -f '%M' -o "$results/$file.rss" sh -c "$command" >/dev/null 2>&1 || true
        if [[ "$name" == recmap* ]]; then
            [[ -z "$prepare" ]] || sh -c "$prepare"
            RECMAP_TIMINGS=1 sh -c "$command" 2>&1 >/dev/null | grep '^timing:' |
                sed 's/^timing: *//' >"$results/$file.phases" || true
        fi
    done
}
measure peers "${peer_cases[@]}"
measure own "${own_cases[@]}"

explorer=()
if [[ "${EXPLORER:-0}" == 1 ]] && command -v xvfb-run >/dev/null; then
    for resolution in 50m 10m; do
        xvfb-run -a -s "-screen 0 1920x1080x24" "$root/build/recmap-explorer" --benchmark \
            --size 1920x1080 --resolution "$resolution" >"$results/explorer-$resolution.log" 2>&1 || true
        explorer+=("$resolution")
    done
fi

"$python" - "$results" "$(nproc)" "${explorer[@]}" <<'PY'
import json, os, platform, re, subprocess, sys, datetime
folder, cores, explorer = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def load(label):
    return {r['command']: r for r in json.load(open(os.path.join(folder, label + '.json')))['results']}
def rss(name):
    try:
        return int(open(os.path.join(folder, name.replace(' ', '_') + '.rss')).read().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
def phases(name):
    try:
        return [line.strip() for line in open(os.path.join(folder, name.replace(' ', '_') + '.phases'))]
    except OSError:
        return []
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
renderer = subprocess.run(['sh', '-c', 'eglinfo -B 2>/dev/null | grep -m1 "OpenGL core profile renderer"'],
                          capture_output=True, text=True).stdout.strip()
figures = {'date': datetime.date.today().isoformat(), 'machine': {'cpu': cpu, 'cores': cores,
           'kernel': platform.release(), 'renderer': renderer}, 'cases': {}}
for label in ('peers', 'own'):
    results = load(label)
    print('\n%-28s %9s %9s %9s %9s  %s' % (label == 'peers' and 'peers, 1:10m, 8192 px' or 'recmap targets',
                                           'median s', 'min s', 'max s', 'peak MiB', 'recmap faster by'))
    for name, r in results.items():
        peak = rss(name)
        ratio = ''
        if not name.startswith('recmap'):
            own = 'recmap ' + name.split(' ', 1)[1]
            if own in results:
                ratio = '%.2fx' % (r['median'] / results[own]['median'])
        print('%-28s %9.3f %9.3f %9.3f %9s  %s' % (name, r['median'], r['min'], r['max'],
                                                  '%.0f' % peak if peak else '?', ratio))
        figures['cases'][name] = {'median_s': round(r['median'], 4), 'min_s': round(r['min'], 4),
                                  'max_s': round(r['max'], 4),
                                  'peak_mib': round(peak, 1) if peak else None,
                                  'phases': phases(name)}
        if ratio:
            figures['cases'][name]['recmap_faster_by'] = float(ratio[:-1])
print('\nphases (RECMAP_TIMINGS=1, one run each)')
for name, case in figures['cases'].items():
    if case['phases']:
        print('  %-26s %s' % (name, '; '.join(case['phases'][:8])))
for resolution in explorer:
    text = open(os.path.join(folder, 'explorer-%s.log' % resolution)).read()
    print('\nexplorer --benchmark %s (1920x1080)\n%s' % (resolution, text.strip()))
    figures['explorer_' + resolution] = {m.group(1): {'p50_ms': float(m.group(2)), 'p95_ms': float(m.group(3))}
        for m in re.finditer(r'^(\w+)\s+\d+ frames\s+p50\s+([\d.]+) ms\s+p95\s+([\d.]+) ms', text, re.M)}
json.dump(figures, open(os.path.join(folder, 'figures.json'), 'w'), indent=1)
print('\nwritten: %s' % os.path.join(folder, 'figures.json'))
PY
