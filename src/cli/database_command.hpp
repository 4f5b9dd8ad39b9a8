#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

// `recmap build-db [--data DIR] [-o FILE] [--resolution 110m|50m|10m]`.
void runBuildDatabase(const std::vector<std::string>& words, std::ostream& log);

} // namespace recmap::cli
