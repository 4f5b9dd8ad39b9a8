#include "render/png_writer.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>
#include <zlib.h>

namespace recmap::render {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

// One band of rows, filtered (PNG filter "sub") and deflated on its own, so bands compress in
// parallel. A band ends with a sync flush (byte-aligned, not final) unless it is the last, so the
// bands concatenate into one valid deflate stream.
struct Band {
    int firstRow = 0;
    int rows = 0;
    std::vector<uint8_t> compressed;
    uLong adler = 1;
    uLong length = 0; // uncompressed bytes
    bool ok = false;
};

void compressBand(const Image& image, int level, bool last, Band& band) {
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return;
    }
    const size_t rowBytes = 1 + static_cast<size_t>(image.width) * 3;
    std::vector<uint8_t> row(rowBytes);
    std::vector<uint8_t> out(1 << 20);
    for (int r = 0; r < band.rows; ++r) {
        const uint8_t* source = image.pixel(0, band.firstRow + r);
        row[0] = 1; // filter type "sub": each byte minus the one a pixel to its left
        uint8_t* target = row.data() + 1;
        for (int x = 0; x < image.width; ++x) {
            for (int c = 0; c < 3; ++c) {
                const uint8_t left = x > 0 ? source[(x - 1) * Image::channels + c] : 0;
                target[x * 3 + c] = static_cast<uint8_t>(source[x * Image::channels + c] - left);
            }
        }
        band.adler = adler32(band.adler, row.data(), static_cast<uInt>(rowBytes));
        band.length += rowBytes;
        stream.next_in = row.data();
        stream.avail_in = static_cast<uInt>(rowBytes);
        const int flush = r + 1 < band.rows ? Z_NO_FLUSH : (last ? Z_FINISH : Z_SYNC_FLUSH);
        do {
            stream.next_out = out.data();
            stream.avail_out = static_cast<uInt>(out.size());
            deflate(&stream, flush);
            band.compressed.insert(band.compressed.end(), out.data(),
                                   out.data() + (out.size() - stream.avail_out));
        } while (stream.avail_out == 0 || (flush != Z_NO_FLUSH && stream.avail_in > 0));
    }
    deflateEnd(&stream);
    band.ok = true;
}

class ChunkWriter {
  public:
    explicit ChunkWriter(std::FILE* file) : m_file(file) {}
    void chunk(const char type[4], const uint8_t* data, size_t size) {
        uint8_t length[4] = {static_cast<uint8_t>(size >> 24), static_cast<uint8_t>(size >> 16),
                             static_cast<uint8_t>(size >> 8), static_cast<uint8_t>(size)};
        uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type), 4);
        if (size > 0) {
            crc = crc32(crc, data, static_cast<uInt>(size));
        }
        const uint8_t crcBytes[4] = {static_cast<uint8_t>(crc >> 24),
                                     static_cast<uint8_t>(crc >> 16),
                                     static_cast<uint8_t>(crc >> 8), static_cast<uint8_t>(crc)};
        m_ok = m_ok && std::fwrite(length, 1, 4, m_file) == 4 &&
               std::fwrite(type, 1, 4, m_file) == 4 &&
               (size == 0 || std::fwrite(data, 1, size, m_file) == size) &&
               std::fwrite(crcBytes, 1, 4, m_file) == 4;
    }
    [[nodiscard]] bool ok() const { return m_ok; }

  private:
    std::FILE* m_file;
    bool m_ok = true;
};

void putBigEndian(std::vector<uint8_t>& out, uint32_t value) {
    out.insert(out.end(), {static_cast<uint8_t>(value >> 24), static_cast<uint8_t>(value >> 16),
                           static_cast<uint8_t>(value >> 8), static_cast<uint8_t>(value)});
}

} // namespace

void writePng(const std::filesystem::path& path, const Image& image, const PngOptions& options) {
    // Compress bands of rows on every core.
    const int threads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 16);
    const int bandCount = std::max(1, std::min(threads, image.height / 64));
    std::vector<Band> bands(static_cast<size_t>(bandCount));
    for (int i = 0; i < bandCount; ++i) {
        bands[static_cast<size_t>(i)].firstRow = image.height * i / bandCount;
        bands[static_cast<size_t>(i)].rows =
            image.height * (i + 1) / bandCount - bands[static_cast<size_t>(i)].firstRow;
    }
    {
        std::vector<std::jthread> workers;
        for (int i = 1; i < bandCount; ++i) {
            workers.emplace_back([&, i] {
                compressBand(image, options.compressionLevel, i + 1 == bandCount,
                             bands[static_cast<size_t>(i)]);
            });
        }
        compressBand(image, options.compressionLevel, bandCount == 1, bands[0]);
    }
    uLong adler = 1;
    for (const auto& band : bands) {
        if (!band.ok) {
            throw core::InputError(path.string() + ": error: cannot write PNG: compression failed");
        }
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.length));
    }

    core::AtomicOutput output(path);
    {
        std::unique_ptr<std::FILE, FileCloser> file(std::fopen(output.temp().c_str(), "wb"));
        if (!file) {
            throw core::InputError(path.string() +
                                   ": error: cannot write: " + std::strerror(errno));
        }
        static constexpr uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        bool ok = std::fwrite(signature, 1, sizeof signature, file.get()) == sizeof signature;
        ChunkWriter writer(file.get());
        std::vector<uint8_t> header;
        putBigEndian(header, static_cast<uint32_t>(image.width));
        putBigEndian(header, static_cast<uint32_t>(image.height));
        header.insert(header.end(),
                      {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, adaptive filters, no interlace
        writer.chunk("IHDR", header.data(), header.size());
        for (const auto& [key, value] : options.text) {
            std::vector<uint8_t> text(key.begin(), key.end());
            text.push_back(0);
            text.insert(text.end(), value.begin(), value.end());
            writer.chunk("tEXt", text.data(), text.size());
        }
        // The zlib stream: header for the fastest level, the bands, the combined checksum. IDAT
        // chunks of at most 8 MB each.
        std::vector<uint8_t> stream{0x78, 0x01};
        for (auto& band : bands) {
            stream.insert(stream.end(), band.compressed.begin(), band.compressed.end());
            std::vector<uint8_t>().swap(band.compressed);
        }
        putBigEndian(stream, static_cast<uint32_t>(adler));
        constexpr size_t idatSize = 8u << 20;
        for (size_t offset = 0; offset < stream.size(); offset += idatSize) {
            writer.chunk("IDAT", stream.data() + offset,
                         std::min(idatSize, stream.size() - offset));
        }
        writer.chunk("IEND", nullptr, 0);
        if (!ok || !writer.ok() || std::fflush(file.get()) != 0) {
            throw core::InputError(path.string() +
                                   ": error: cannot write: " + std::strerror(errno));
        }
    }
    output.commit();
}

} // namespace recmap::render
