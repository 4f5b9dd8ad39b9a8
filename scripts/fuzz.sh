#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, ASan and UBSan into build-fuzz/ and runs each
# for SECONDS (default 60), starting from the seeds of scripts/fuzz-seeds.sh. The corpus each run
# grows is kept in build-fuzz/corpus/TARGET; crash inputs go to build-fuzz/crashes/TARGET/.
# Prints the executions per target; exits 1 if any target found a crash.
# Usage: scripts/fuzz.sh [SECONDS]
#   FUZZ_TARGETS="query_fuzzer date_fuzzer"   only these targets
#   FUZZ_WORKERS=2                            processes per target, sharing its corpus
#                                             (boundary_set_fuzzer runs ~250 inputs/s each)
#   FUZZ_TIMEOUT=60                           seconds one input may take (default 60: GDAL hands
#                                             a GeoJSON "crs" name to PROJ, whose database search
#                                             takes 1-4 s under ASan for a malformed name)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
build="$root/build-fuzz"
read -ra targets <<<"${FUZZ_TARGETS:-csv_reader_fuzzer date_fuzzer query_fuzzer view_spec_fuzzer \
    view_file_fuzzer boundary_set_fuzzer}"

# clang and libFuzzer only here: the normal build stays g++ and does not install them.
"$root/scripts/install-deps.sh" clang libclang-rt-14-dev
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
    -DCMAKE_CXX_COMPILER=clang++ -DRECMAP_FUZZ=ON -DRECMAP_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"
"$root/scripts/fuzz-seeds.sh" "$build/seeds"

# No allocation stacks: GDAL and PROJ allocate so often that recording them halves the speed;
# a report still gives the faulting stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:quarantine_size_mb=16}"
failed=0
summary=()
for target in "${targets[@]}"; do
    mkdir -p "$build/corpus/$target" "$build/crashes/$target"
    options=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-60}" -print_final_stats=1
        -artifact_prefix="$build/crashes/$target/")
    if [[ -f "$root/fuzz/$target.dict" ]]; then
        options+=(-dict="$root/fuzz/$target.dict")
    fi
    workers="${FUZZ_WORKERS:-1}"
    echo "fuzz: $target for ${seconds}s, $workers process(es) (logs: $build/$target.*.log)" >&2
    rm -f "$build/$target".*.log
    pids=()
    for worker in $(seq 1 "$workers"); do
        "$build/fuzz/$target" "${options[@]}" "$build/corpus/$target" "$build/seeds/$target" \
            >"$build/$target.$worker.log" 2>&1 &
        pids+=($!)
    done
    status=0
    for pid in "${pids[@]}"; do
        wait "$pid" || status=$?
    done
    runs=$(cat "$build/$target".*.log | grep -o 'stat::number_of_executed_units: [0-9]*' |
        awk '{ total += $2 } END { print total + 0 }')
    if [[ $status -ne 0 ]]; then
        failed=1
        summary+=("$target: FAILED (exit $status) after $runs runs; see $build/$target.*.log and $build/crashes/$target/")
        grep -h -A 20 'ERROR\|fuzz check failed' "$build/$target".*.log | head -n 40 >&2 || true
    else
        summary+=("$target: $runs runs in ${seconds}s, no crash")
    fi
done
printf '%s\n' "${summary[@]}"
exit "$failed"
