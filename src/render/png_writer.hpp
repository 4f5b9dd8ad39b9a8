#pragma once

#include "render/image.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace recmap::render {

struct PngOptions {
    int compressionLevel = 1; // zlib level; 1 is several times faster than 6 at a few % size
    std::vector<std::pair<std::string, std::string>> text; // tEXt chunks (key, value)
};

// Writes an RGB8 PNG atomically (temp file, then rename), compressing bands of rows on every core
// into one zlib stream. Throws core::InputError naming the file.
void writePng(const std::filesystem::path& path, const Image& image,
              const PngOptions& options = {});

} // namespace recmap::render
