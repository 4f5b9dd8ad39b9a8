#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets (fuzz/) into DIR/<target>/, from data/, the test
# fixtures and examples written here. Small inputs only (a few KB each); nothing is committed.
# Usage: scripts/fuzz-seeds.sh DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/fuzz-seeds.sh DIR}"
rm -rf "$out"
mkdir -p "$out"/{csv_reader,date,query,view_spec,view_file,boundary_set}_fuzzer

# seed TARGET NAME TEXT: one seed file (printf's %b: \n in TEXT is a line break).
seed() {
    printf '%b' "$3" >"$out/$1/$2"
}

# CSV: the head of every CSV file in data/ and the fixtures (valid and deliberately broken).
while IFS= read -r file; do
    name="${file#"$root"/}"
    head -n 40 "$file" >"$out/csv_reader_fuzzer/${name//\//_}"
done < <(find "$root/data" "$root/tests/fixtures" -name '*.csv' | sort)
seed csv_reader_fuzzer quoted 'code,name\nAAA,"A ""quoted"", multi\nline name"\r\nBBB,plain\n'
seed csv_reader_fuzzer bom '\xef\xbb\xbfcode,name\nAAA,\xc3\x85land\n'

# Dates: every distinct date written in data/ (a sample), and the edges of the format.
grep -rhoE '\b[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\b' "$root/data" --include='*.csv' | sort -u |
    awk 'NR % 7 == 1' | head -n 300 | while IFS= read -r date; do
    printf '%s' "$date" >"$out/date_fuzzer/$date"
done
for date in 2024-02-29 2023-02-29 1900-02-29 2000-02-29 0999 9999-12-31 1000-01-01 2008-13 \
    2008-00 2008-1-1 +2008 -2008 2008-02-30; do
    printf '%s' "$date" >"$out/date_fuzzer/edge-$date"
done

# Queries: every predicate, the operators, quoting and ranges.
queries=(
    "member(NATO) and not recognises(XNC)"
    "(member(NATO) or is(AAA)) AND NOT kind(territory)"
    "recognises('Northern Cyprus') and joined(EU, 1990, 2007-12-31)"
    "recognised_by(BBB) or recognized_by(CCC) or recognizes(XNC)"
    "candidate(NATO) or suspended(NATO) or observer(EU) or former(EU)"
    "left(EU, 2019, 2021-06) or withdrew(XNC, 2000, 2010) or withdrew(XNC)"
    "relations_broken(AAA) and not not is(BBB)"
    "kind(un_member) and kind(partially_recognised) or kind(historical)"
    "joined(NATO)"
    "member(\"North Atlantic Treaty Organization\")"
)
for i in "${!queries[@]}"; do
    printf '%s' "${queries[$i]}" >"$out/query_fuzzer/query-$i"
done

# Views, as on the command line and in the explorer's view box.
views=(countries recognition:XKX "recognition:Northern Cyprus" observer:RUS membership:NATO
    "membership:NATO, EU,AU" "where:member(NATO) and not recognises(XKX)" "where: is(FRA)")
for i in "${!views[@]}"; do
    printf '%s' "${views[$i]}" >"$out/view_spec_fuzzer/view-$i"
done

# View files, as the explorer's Ctrl+S writes them and as people edit them.
seed view_file_fuzzer saved '# recmap view\nview=recognition:XKX\nas-of=2024-01-12\nprojection=equal-earth\ncenter=20,0\nextent=10,38,30,48\nworldview=de-facto\n'
seed view_file_fuzzer edited '\r\n  # comment\n view = membership:NATO,EU \r\nas-of=2023-04-04\nworldview=SRB'
seed view_file_fuzzer minimal 'view=countries'

# Boundaries: the time-aware fixture, GeoJSON and TopoJSON variants (holes, multipolygons,
# missing ids, null and empty geometries, a CRS, quantised arcs).
cp "$root/tests/fixtures/time_aware/states.geojson" "$out/boundary_set_fuzzer/states.geojson"
seed boundary_set_fuzzer geojson '{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"036","name":"Australia"},"geometry":{"type":"MultiPolygon","coordinates":[[[[113,-39],[154,-39],[154,-11],[113,-11],[113,-39]],[[130,-30],[131,-30],[131,-29],[130,-30]]],[[[145,-44],[148,-44],[148,-40],[145,-44]]]]}},
{"type":"Feature","properties":{"name":"Kosovo"},"geometry":{"type":"Polygon","coordinates":[[[20,42],[21.8,42],[21.8,43.3],[20,42]]]}},
{"type":"Feature","properties":{"id":"336","name":"Vatican"},"geometry":{"type":"Polygon","coordinates":[]}},
{"type":"Feature","properties":{"id":"999"},"geometry":null}]}'
seed boundary_set_fuzzer geojson-crs '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[
{"type":"Feature","properties":{"id":"250","name":"France"},"geometry":{"type":"Polygon","coordinates":[[[0,5000000],[1000000,5000000],[1000000,6000000],[0,5000000]]]}}]}'
seed boundary_set_fuzzer topojson '{"type":"Topology","transform":{"scale":[0.036,0.018],"translate":[-180,-90]},
"objects":{"countries":{"type":"GeometryCollection","geometries":[
{"type":"Polygon","arcs":[[0,1]],"id":"036","properties":{"name":"Australia"}},
{"type":"MultiPolygon","arcs":[[[-2,2]],[[3]]],"properties":{"name":"N. Cyprus"}}]}},
"arcs":[[[8000,3000],[500,0],[0,600]],[[8500,3600],[-500,0],[0,-600]],[[8000,3000],[0,600],[500,0]],[[100,100],[10,0],[0,10],[-10,-10]]]}'
seed boundary_set_fuzzer topojson-plain '{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"id":"004","properties":{"name":"Afghanistan"}}]}},"arcs":[[[61,35],[75,35],[75,38],[61,35]]]}'
