#pragma once

#include "geo/vec2.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace recmap::geo {

// Writes an RGB8 image (top row first, 3 bytes a pixel) as a georeferenced GeoTIFF whose
// pixels exactly cover `extent` (projected coordinates of the CRS given as WKT). Atomic: the
// file appears complete or not at all. Throws core::InputError naming the file.
void writeGeoTiff(const std::filesystem::path& path, const uint8_t* rgb, int width, int height,
                  const Bounds& extent, const std::string& crsWkt);

} // namespace recmap::geo
