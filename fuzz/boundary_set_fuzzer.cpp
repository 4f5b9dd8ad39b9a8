// Any bytes as a boundary file (`--boundaries FILE`), read by GDAL from a memory file: an
// InputError naming the file, or features with geometries. A file that reads is read again as a
// time-aware one. Only GDAL's JSON drivers stay registered (GeoJSON, GeoJSONSeq, ESRIJSON,
// TopoJSON: the formats of the boundaries recmap downloads), so an input is not probed by 200
// drivers first; recmap registers drivers once per process (geo::registerGdalDrivers), so they
// stay deregistered. GDAL itself is not instrumented: coverage guides the fuzzer through
// recmap's code only, and GDAL's parsers are exercised by the mutations alone.

#include "core/error.hpp"
#include "fuzz_check.hpp"
#include "geo/boundary_set.hpp"
#include "geo/gdal_drivers.hpp"
#include "memory_file.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    recmap::geo::registerGdalDrivers();
    const std::set<std::string> kept{"GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON"};
    auto* drivers = GetGDALDriverManager();
    for (int i = drivers->GetDriverCount() - 1; i >= 0; --i) {
        GDALDriver* driver = drivers->GetDriver(i);
        if (kept.count(driver->GetDescription()) == 0) {
            drivers->DeregisterDriver(driver);
            delete driver;
        }
    }
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
