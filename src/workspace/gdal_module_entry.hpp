#pragma once

#include "workspace/gdal_services.hpp"

namespace recmap::workspace {

// The contract between recmap-full (gdal_module.cpp) and librecmap_gdal.so
// (gdal_module_entry.cpp): the module's file name, and the one symbol it exports, a function
// returning a new GdalServices that the caller owns.
inline constexpr const char* gdalModuleFileName = "librecmap_gdal.so";
inline constexpr const char* gdalModuleEntryName = "recmap_make_gdal_services";
using GdalServicesFactory = GdalServices* (*)();

} // namespace recmap::workspace
