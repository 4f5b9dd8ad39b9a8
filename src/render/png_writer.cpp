#include "render/png_writer.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <memory>
#include <png.h>

namespace recmap::render {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

// libpng reports errors by longjmp; keep this frame free of objects with destructors.
bool encode(std::FILE* file, const Image& image, const PngOptions& options, std::string& error) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png != nullptr ? png_create_info_struct(png) : nullptr;
    if (info == nullptr) {
        png_destroy_write_struct(&png, nullptr);
        error = "out of memory";
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        error = "libpng failed (disk full?)";
        return false;
    }
    png_init_io(png, file);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width),
                 static_cast<png_uint_32>(image.height), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, options.compressionLevel);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    std::vector<png_text> texts(options.text.size());
    for (size_t i = 0; i < options.text.size(); ++i) {
        texts[i].compression = PNG_TEXT_COMPRESSION_NONE;
        texts[i].key = const_cast<char*>(options.text[i].first.c_str());
        texts[i].text = const_cast<char*>(options.text[i].second.c_str());
    }
    if (!texts.empty()) {
        png_set_text(png, info, texts.data(), static_cast<int>(texts.size()));
    }
    png_write_info(png, info);
    png_set_filler(png, 0, PNG_FILLER_AFTER); // rows carry a fourth byte; the file is RGB
    for (int y = 0; y < image.height; ++y) {
        png_write_row(png, const_cast<png_bytep>(image.pixel(0, y)));
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

void writePng(const std::filesystem::path& path, const Image& image, const PngOptions& options) {
    core::AtomicOutput output(path);
    std::string error;
    {
        std::unique_ptr<std::FILE, FileCloser> file(std::fopen(output.temp().c_str(), "wb"));
        if (!file) {
            throw core::InputError(path.string() +
                                   ": error: cannot write: " + std::strerror(errno));
        }
        if (!encode(file.get(), image, options, error)) {
            throw core::InputError(path.string() + ": error: cannot write PNG: " + error);
        }
        if (std::fflush(file.get()) != 0) {
            throw core::InputError(path.string() +
                                   ": error: cannot write: " + std::strerror(errno));
        }
    }
    output.commit();
}

} // namespace recmap::render
