#pragma once

#include "workspace/gdal_services.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// `recmap build-db [--data DIR] [-o FILE] [--resolution 110m|50m|10m]`.
void runBuildDatabase(const std::vector<std::string>& words, const workspace::GdalServices& gdal,
                      std::ostream& log);

} // namespace recmap::cli
