// Any bytes as a boundary file (`--boundaries FILE`), read by GDAL from a memory file: an
// InputError naming the file, or features with geometries. A file that reads is read again as a
// time-aware one. Every driver stays registered, as in `recmap render --boundaries` (leaving only
// the JSON ones would cost 3x the time: BoundarySet::read's GDALAllRegister() re-creates the
// skipped drivers each time). GDAL itself is not instrumented: coverage guides the fuzzer
// through recmap's code only, and GDAL's own parsers are exercised by the mutations alone.

#include "core/error.hpp"
#include "fuzz_check.hpp"
#include "geo/boundary_set.hpp"
#include "memory_file.hpp"

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace recmap;
    const fuzz::MemoryFile file(std::string_view(reinterpret_cast<const char*>(data), size),
                                ".json");
    try {
        const auto set = geo::BoundarySet::read(file.path());
        fuzz::check(set.size() > 0, "a boundary set has features");
        for (size_t i = 0; i < set.size(); ++i) {
            (void)set.geometry(i).IsEmpty();
            (void)set.find(set.feature(i).key);
        }
        // The time-aware path (CShapes layout, as in tests/fixtures/time_aware).
        const geo::FeatureValidity validity{"gwsdate", "gwedate", *core::Date::parse("1960")};
        (void)geo::BoundarySet::read(file.path(), "iso", &validity);
    } catch (const core::InputError& error) {
        fuzz::check(std::string_view(error.what()).starts_with(file.path()),
                    "an error names the file");
    }
    return 0;
}
