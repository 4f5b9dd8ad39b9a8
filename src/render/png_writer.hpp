#pragma once

#include "render/image.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace recmap::render {

struct PngOptions {
    int compressionLevel = 1; // zlib level; 1 is several times faster than 6 at a few % size
    std::vector<std::pair<std::string, std::string>> text; // tEXt chunks (key, value)
};

// Writes an RGB8 PNG band by band, so the whole image is never held: addRows() copies a band of
// rows and returns while worker threads (one per core) filter and deflate it; bands are written
// to the file in order as they finish, as one zlib stream. The file appears atomically (temp
// file, then rename) at finish(); destroyed unfinished, it leaves nothing. Throws
// core::InputError naming the file.
class PngStream {
  public:
    PngStream(const std::filesystem::path& path, int width, int height,
              const PngOptions& options = {});
    ~PngStream();
    PngStream(const PngStream&) = delete;
    PngStream& operator=(const PngStream&) = delete;

    // The next `rows` rows, `width` pixels each in Image's 4-byte layout, `stride` bytes apart.
    void addRows(const uint8_t* pixels, int rows, size_t stride);
    // After the last row: waits for the bands, ends the file and renames it into place.
    void finish();

  private:
    void addBand(const uint8_t* pixels, int rows, size_t stride);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Writes a whole image through a PngStream.
void writePng(const std::filesystem::path& path, const Image& image,
              const PngOptions& options = {});

} // namespace recmap::render
