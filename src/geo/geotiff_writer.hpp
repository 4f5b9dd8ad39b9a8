#pragma once

#include "geo/vec2.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace recmap::geo {

// Writes an 8-bit image (top row first, `pixelBytes` bytes a pixel of which the first three are
// red, green, blue) as a georeferenced RGB GeoTIFF whose pixels exactly cover `extent`
// (projected coordinates of the CRS given as WKT). Atomic: the file appears complete or not at
// all. Throws core::InputError naming the file.
void writeGeoTiff(const std::filesystem::path& path, const uint8_t* pixels, int pixelBytes,
                  int width, int height, const Bounds& extent, const std::string& crsWkt);

} // namespace recmap::geo
