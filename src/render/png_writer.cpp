#include "render/png_writer.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
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
    int rows = 0;
    bool last = false;
    std::vector<uint8_t> pixels; // rows of width pixels, Image's 4-byte layout, no padding
    std::vector<uint8_t> compressed;
    uLong adler = 1;
    uLong length = 0; // uncompressed bytes
    bool done = false;
    bool ok = false;
};

void compressBand(Band& band, int width, int level) {
    z_stream stream{};
    // Run-length matches only: after the "sub" filter a map is mostly runs of zeros, which RLE
    // finds at a fraction of the cost of the full match search, in a file a few % larger.
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK) {
        return;
    }
    const size_t rowBytes = 1 + static_cast<size_t>(width) * 3;
    std::vector<uint8_t> row(rowBytes);
    std::vector<uint8_t> out(1 << 20);
    for (int r = 0; r < band.rows; ++r) {
        const uint8_t* source =
            band.pixels.data() + static_cast<size_t>(r) * width * Image::channels;
        row[0] = 1; // filter type "sub": each byte minus the one a pixel to its left
        uint8_t* target = row.data() + 1;
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < 3; ++c) {
                const uint8_t left = x > 0 ? source[(x - 1) * Image::channels + c] : 0;
                target[x * 3 + c] = static_cast<uint8_t>(source[x * Image::channels + c] - left);
            }
        }
        band.adler = adler32(band.adler, row.data(), static_cast<uInt>(rowBytes));
        band.length += rowBytes;
        stream.next_in = row.data();
        stream.avail_in = static_cast<uInt>(rowBytes);
        const int flush = r + 1 < band.rows ? Z_NO_FLUSH : (band.last ? Z_FINISH : Z_SYNC_FLUSH);
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

int workerCount() {
    return std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 16);
}

} // namespace

struct PngStream::Impl {
    std::filesystem::path path;
    int width;
    int height;
    int level;
    core::AtomicOutput output;
    std::unique_ptr<std::FILE, FileCloser> file;
    ChunkWriter writer;
    int rowsAdded = 0;
    bool headerWritten = false;
    uLong adler = 1;
    bool finished = false;

    std::mutex mutex;
    std::condition_variable work; // a band to compress, or stop
    std::condition_variable done; // a band compressed
    std::deque<std::unique_ptr<Band>> inOrder;
    std::deque<Band*> queued;
    // Pixel buffers of compressed bands, reused: a fresh 16 MB buffer per band costs as much in
    // page faults as copying into it.
    std::vector<std::vector<uint8_t>> spare;
    bool stop = false;
    std::vector<std::jthread> workers; // last member: joined first

    Impl(const std::filesystem::path& target, int w, int h, int compressionLevel)
        : path(target), width(w), height(h), level(compressionLevel), output(target),
          file(std::fopen(output.temp().c_str(), "wb")), writer(file.get()) {
        if (!file) {
            throw error();
        }
    }

    ~Impl() {
        {
            const std::lock_guard lock(mutex);
            stop = true;
        }
        work.notify_all();
        workers.clear();
    }

    [[nodiscard]] core::InputError error() const {
        return core::InputError(path.string() + ": error: cannot write: " + std::strerror(errno));
    }

    void compressQueued() {
        std::unique_lock lock(mutex);
        while (true) {
            work.wait(lock, [this] { return stop || !queued.empty(); });
            if (stop) {
                return;
            }
            Band* band = queued.front();
            queued.pop_front();
            lock.unlock();
            compressBand(*band, width, level);
            lock.lock();
            spare.push_back(std::move(band->pixels));
            band->done = true;
            done.notify_all();
        }
    }

    // Writes the compressed bands at the front, in order; with `all`, waits for every band.
    void writeFinished(bool all) {
        while (true) {
            std::unique_ptr<Band> band;
            {
                std::unique_lock lock(mutex);
                if (all) {
                    done.wait(lock, [this] { return inOrder.empty() || inOrder.front()->done; });
                }
                if (inOrder.empty() || !inOrder.front()->done) {
                    return;
                }
                band = std::move(inOrder.front());
                inOrder.pop_front();
            }
            if (!band->ok) {
                throw core::InputError(path.string() +
                                       ": error: cannot write PNG: compression failed");
            }
            adler = adler32_combine(adler, band->adler, static_cast<z_off_t>(band->length));
            if (!headerWritten) {
                band->compressed.insert(band->compressed.begin(), {0x78, 0x01}); // fastest level
                headerWritten = true;
            }
            writer.chunk("IDAT", band->compressed.data(), band->compressed.size());
        }
    }
};

PngStream::PngStream(const std::filesystem::path& path, int width, int height,
                     const PngOptions& options)
    : m_impl(std::make_unique<Impl>(path, width, height, options.compressionLevel)) {
    auto& impl = *m_impl;
    static constexpr uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (std::fwrite(signature, 1, sizeof signature, impl.file.get()) != sizeof signature) {
        throw impl.error();
    }
    std::vector<uint8_t> header;
    putBigEndian(header, static_cast<uint32_t>(width));
    putBigEndian(header, static_cast<uint32_t>(height));
    header.insert(header.end(), {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, adaptive filters
    impl.writer.chunk("IHDR", header.data(), header.size());
    for (const auto& [key, value] : options.text) {
        std::vector<uint8_t> text(key.begin(), key.end());
        text.push_back(0);
        text.insert(text.end(), value.begin(), value.end());
        impl.writer.chunk("tEXt", text.data(), text.size());
    }
    for (int i = 0; i < workerCount(); ++i) {
        impl.workers.emplace_back([&impl] { impl.compressQueued(); });
    }
}

PngStream::~PngStream() = default;

void PngStream::addRows(const uint8_t* pixels, int rows, size_t stride) {
    auto& impl = *m_impl;
    rows = std::min(rows, impl.height - impl.rowsAdded);
    // Bands of at most a share of the image per worker, however many rows come at once, so
    // that every core compresses.
    const int chunkRows =
        std::max(64, (impl.height + 2 * static_cast<int>(impl.workers.size()) - 1) /
                         (2 * static_cast<int>(impl.workers.size())));
    for (int row = 0; row < rows; row += chunkRows) {
        addBand(pixels + static_cast<size_t>(row) * stride, std::min(chunkRows, rows - row),
                stride);
    }
}

void PngStream::addBand(const uint8_t* pixels, int rows, size_t stride) {
    auto& impl = *m_impl;
    auto band = std::make_unique<Band>();
    band->rows = rows;
    band->last = impl.rowsAdded + rows == impl.height;
    const size_t rowBytes = static_cast<size_t>(impl.width) * Image::channels;
    {
        const std::lock_guard lock(impl.mutex);
        if (!impl.spare.empty()) {
            band->pixels = std::move(impl.spare.back());
            impl.spare.pop_back();
        }
    }
    band->pixels.resize(rowBytes * static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        std::memcpy(band->pixels.data() + r * rowBytes, pixels + r * stride, rowBytes);
    }
    impl.rowsAdded += rows;
    {
        // At most a band per worker and one more wait: memory stays a few bands whatever the
        // image's size.
        std::unique_lock lock(impl.mutex);
        impl.done.wait(lock, [&impl] {
            return impl.inOrder.size() <= impl.workers.size() || impl.inOrder.front()->done;
        });
        impl.queued.push_back(band.get());
        impl.inOrder.push_back(std::move(band));
    }
    impl.work.notify_one();
    impl.writeFinished(false);
}

void PngStream::finish() {
    auto& impl = *m_impl;
    if (impl.rowsAdded != impl.height) {
        throw core::Error("PngStream: " + std::to_string(impl.rowsAdded) + " of " +
                          std::to_string(impl.height) + " rows given");
    }
    impl.writeFinished(true);
    std::vector<uint8_t> trailer;
    putBigEndian(trailer, static_cast<uint32_t>(impl.adler));
    impl.writer.chunk("IDAT", trailer.data(), trailer.size());
    impl.writer.chunk("IEND", nullptr, 0);
    if (!impl.writer.ok() || std::fflush(impl.file.get()) != 0) {
        throw impl.error();
    }
    impl.file.reset();
    impl.output.commit();
}

void writePng(const std::filesystem::path& path, const Image& image, const PngOptions& options) {
    PngStream stream(path, image.width, image.height, options);
    stream.addRows(image.pixels.data(), image.height,
                   static_cast<size_t>(image.width) * Image::channels);
    stream.finish();
}

} // namespace recmap::render
