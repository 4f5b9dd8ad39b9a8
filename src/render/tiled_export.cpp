// Offscreen images: MapRenderer::render draws the map (multisampled, in tiles when large), the
// overlay and the inset, and reads the pixels back.
#include "core/error.hpp"
#include "render/map_renderer.hpp"
#include "render/map_renderer_impl.hpp"
#include "render/overlay_renderer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <thread>

namespace recmap::render {
namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// An image rectangle in the GL coordinates of the tile whose top-left image pixel is (x0, y0)
// (GL row 0 is image row y0: drawn upside down like the main map, so extents are flipped too).
struct TileRect {
    int left, top, width, height;
};

std::optional<TileRect> rectInTile(float x, float y, float width, float height, int x0, int y0,
                                   int tileWidth, int tileHeight) {
    const TileRect rect{static_cast<int>(std::lround(x)) - x0,
                        static_cast<int>(std::lround(y)) - y0, static_cast<int>(std::lround(width)),
                        static_cast<int>(std::lround(height))};
    if (rect.left >= tileWidth || rect.top >= tileHeight || rect.left + rect.width <= 0 ||
        rect.top + rect.height <= 0) {
        return std::nullopt;
    }
    return rect;
}

// Viewport and scissor on one rectangle while alive; the whole tile again afterwards.
class ClippedViewport {
  public:
    ClippedViewport(const TileRect& rect, int tileWidth, int tileHeight)
        : m_tileWidth(tileWidth), m_tileHeight(tileHeight) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(rect.left, rect.top, rect.width, rect.height);
        glViewport(rect.left, rect.top, rect.width, rect.height);
    }
    ClippedViewport(const ClippedViewport&) = delete;
    ClippedViewport& operator=(const ClippedViewport&) = delete;
    ~ClippedViewport() {
        glDisable(GL_SCISSOR_TEST);
        glViewport(0, 0, m_tileWidth, m_tileHeight);
    }

  private:
    int m_tileWidth;
    int m_tileHeight;
};

geo::Bounds flippedVertically(geo::Bounds extent) {
    std::swap(extent.minY, extent.maxY);
    return extent;
}

} // namespace

void MapRenderer::drawInset(const RenderOptions::Inset& inset, int x0, int y0, int tileWidth,
                            int tileHeight) {
    const auto rect =
        rectInTile(inset.x, inset.y, inset.width, inset.height, x0, y0, tileWidth, tileHeight);
    if (!rect) {
        return;
    }
    const auto& scene = m_impl->scene;
    const ClippedViewport clip(*rect, tileWidth, tileHeight);
    glClearColor(scene.ocean.r / 255.0f, scene.ocean.g / 255.0f, scene.ocean.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw(flippedVertically(inset.extent));
}

void MapRenderer::drawPanel(const RenderOptions::Panel& panel, int x0, int y0, int tileWidth,
                            int tileHeight, int imageWidth, float borderTolerance) {
    const auto rect =
        rectInTile(panel.x, panel.y, panel.width, panel.height, x0, y0, tileWidth, tileHeight);
    if (!rect) {
        return;
    }
    // The panel's colours, markers and borders (its date may merge other slots).
    setScene(*panel.scene);
    const double unitsPerPixel = panel.extent.width() / panel.width;
    prepareMarkers(unitsPerPixel, imageWidth);
    prepareLines(unitsPerPixel, false, borderTolerance);
    const ClippedViewport clip(*rect, tileWidth, tileHeight);
    draw(flippedVertically(panel.extent));
}

void MapRenderer::drawTiles(const RenderOptions& options, int tileRows, const TileReader& read,
                            RenderTimings* timings) {
    if (options.width <= 0 || options.height <= 0) {
        throw core::UsageError("image size must be positive");
    }
    GLint maxSamples = 1;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    GLint maxSize = 4096;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    const int samples = std::clamp(options.samples, 1, std::max(1, maxSamples));
    // Without multisampling a whole 8192-pixel image fits one framebuffer (128 MB), so the
    // geometry is processed once; with it, tiles of at most 4096 bound the memory.
    const int tileLimit = std::min({options.maxTileSize, maxSize, samples > 1 ? 4096 : maxSize});
    const int tileWidth = std::min(options.width, tileLimit);
    const int tileHeight = std::clamp(tileRows, 1, std::min(options.height, tileLimit));

    GlRenderbuffer multisampled = GlRenderbuffer::create();
    glBindRenderbuffer(GL_RENDERBUFFER, multisampled.get());
    if (samples > 1) {
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, tileWidth, tileHeight);
    } else {
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, tileWidth,
                              tileHeight); // readable directly
    }
    GlFramebuffer drawTarget = GlFramebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, drawTarget.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                              multisampled.get());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        throw core::Error("cannot create a " + std::to_string(tileWidth) + "x" +
                          std::to_string(tileHeight) + " multisampled framebuffer");
    }
    GlRenderbuffer resolved;
    GlFramebuffer resolveTarget;
    if (samples > 1) {
        resolved = GlRenderbuffer::create();
        glBindRenderbuffer(GL_RENDERBUFFER, resolved.get());
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, tileWidth, tileHeight);
        resolveTarget = GlFramebuffer::create();
        glBindFramebuffer(GL_FRAMEBUFFER, resolveTarget.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                                  resolved.get());
    }
    const GLuint readTarget = samples > 1 ? resolveTarget.get() : drawTarget.get();

    const double unitsPerPixelX = options.extent.width() / options.width;
    const double unitsPerPixelY = options.extent.height() / options.height;
    const auto& background = m_impl->scene.background;
    std::unique_ptr<OverlayRenderer> overlay;
    if (options.overlay != nullptr && options.font != nullptr) {
        overlay = std::make_unique<OverlayRenderer>(*options.overlay, *options.font);
    }
    const float hatchPeriod = std::max(6.0f, static_cast<float>(options.width) / 320.0f);
    // Bands of whole rows draw only the fills and borders that reach them.
    const bool banded =
        tileHeight < options.height && tileWidth == options.width && options.panels.empty();
    prepareMarkers(unitsPerPixelX, options.width);
    prepareLines(unitsPerPixelX, banded, options.borderTolerance);
    setLineWidth(std::clamp(static_cast<float>(options.width) / 3200.0f, 0.8f, 3.0f));
    if (banded) {
        m_impl->prepareBandFills(options.extent.maxY, unitsPerPixelY, tileHeight, options.height);
    }

    for (int y0 = 0; y0 < options.height; y0 += tileHeight) {
        for (int x0 = 0; x0 < options.width; x0 += tileWidth) {
            const int w = std::min(tileWidth, options.width - x0);
            const int h = std::min(tileHeight, options.height - y0);
            // Tile extent for a full tile; a partial tile uses its part of the viewport. The map is
            // drawn upside down (minY above maxY) so that GL's first row is the image's top row
            // and the pixels read back need no flipping.
            geo::Bounds tileExtent;
            tileExtent.minX = options.extent.minX + x0 * unitsPerPixelX;
            tileExtent.maxX = tileExtent.minX + tileWidth * unitsPerPixelX;
            tileExtent.minY = options.extent.maxY - y0 * unitsPerPixelY;
            tileExtent.maxY = tileExtent.minY - tileHeight * unitsPerPixelY;

            auto start = std::chrono::steady_clock::now();
            // Image pixels (y down) of this tile's first row: GL row 0.
            setPixelFrame(static_cast<float>(x0), static_cast<float>(y0), hatchPeriod);
            glBindFramebuffer(GL_FRAMEBUFFER, drawTarget.get());
            glViewport(0, 0, tileWidth, tileHeight);
            glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
            const bool fromLayers = options.reuseLayers && options.panels.empty() && samples == 1 &&
                                    tileWidth == options.width && tileHeight == options.height;
            if (fromLayers) {
                const MapRenderer::Impl::LayerKey key{
                    tileExtent,           tileWidth,
                    tileHeight,           m_impl->linesVersion,
                    m_impl->lineWidth,    m_impl->scene.showGraticule,
                    m_impl->scene.border, m_impl->scene.graticule};
                if (m_impl->layersDrawnFor != key) {
                    renderLayers(tileExtent, tileWidth, tileHeight);
                    m_impl->layersDrawnFor = key;
                }
                glBindFramebuffer(GL_FRAMEBUFFER, drawTarget.get());
                glViewport(0, 0, tileWidth, tileHeight);
                composite(0, 0);
            } else if (options.panels.empty()) {
                if (banded) {
                    m_impl->fillsInBand =
                        m_impl->bandFillRuns[static_cast<size_t>(y0 / tileHeight)];
                }
                draw(tileExtent);
                m_impl->fillsInBand.reset();
            }
            for (const auto& panel : options.panels) {
                drawPanel(panel, x0, y0, tileWidth, tileHeight, options.width,
                          options.borderTolerance);
            }
            if (options.inset) {
                drawInset(*options.inset, x0, y0, tileWidth, tileHeight);
            }
            if (overlay) {
                overlay->draw(static_cast<float>(x0), static_cast<float>(y0),
                              static_cast<float>(tileWidth), static_cast<float>(tileHeight),
                              hatchPeriod);
            }
            if (samples > 1) {
                glBindFramebuffer(GL_READ_FRAMEBUFFER, drawTarget.get());
                glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveTarget.get());
                glBlitFramebuffer(0, 0, tileWidth, tileHeight, 0, 0, tileWidth, tileHeight,
                                  GL_COLOR_BUFFER_BIT, GL_NEAREST);
            }
            glFinish();
            if (timings) {
                timings->drawMs += millisecondsSince(start);
            }

            start = std::chrono::steady_clock::now();
            glBindFramebuffer(GL_READ_FRAMEBUFFER, readTarget);
            read(x0, y0, w, h);
            if (timings) {
                timings->readbackMs += millisecondsSince(start);
            }
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (const GLenum error = glGetError(); error != GL_NO_ERROR) {
        throw core::Error("OpenGL error " + std::to_string(error) + " while rendering");
    }
}

namespace {

// glReadPixels of the bound read framebuffer's rows [0, height) into `target`, rows `rowPixels`
// pixels apart. GL row 0 is the tile's top row (drawTiles draws upside down).
void readTile(int width, int height, int rowPixels, uint8_t* target) {
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_PACK_ROW_LENGTH, rowPixels);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, target);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
}

} // namespace

Image MapRenderer::render(const RenderOptions& options, RenderTimings* timings) {
    Image image;
    image.width = options.width;
    image.height = options.height;
    image.pixels = PixelBuffer(static_cast<size_t>(std::max(0, options.width)) *
                               static_cast<size_t>(std::max(0, options.height)) * Image::channels);
    // Touch the image's pages while the GL driver draws: first-touch page faults on a 128 MB
    // buffer otherwise cost as much as the read-back itself. Joined before the first read-back.
    std::jthread prefault([&image] {
        constexpr size_t page = 4096;
        for (size_t offset = 0; offset < image.pixels.size(); offset += page) {
            image.pixels[offset] = 0;
        }
    });
    drawTiles(
        options, options.height,
        [&](int x0, int y0, int w, int h) {
            if (prefault.joinable()) {
                prefault.join();
            }
            readTile(w, h, options.width,
                     image.pixels.data() +
                         (static_cast<size_t>(y0) * options.width + x0) * Image::channels);
        },
        timings);
    return image;
}

void MapRenderer::renderBands(const RenderOptions& options, const BandSink& sink,
                              RenderTimings* timings) {
    GLint maxSize = 4096;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (options.width > std::min(options.maxTileSize, static_cast<int>(maxSize)) ||
        options.samples > 1) {
        // Tiles narrower than the image: bands of whole rows exist only once every tile of
        // them is drawn, so the image is drawn whole.
        const auto image = render(options, timings);
        sink(image.pixels.data(), image.height, static_cast<size_t>(image.width) * Image::channels);
        return;
    }
    const bool onePass = static_cast<size_t>(options.width) * static_cast<size_t>(options.height) <=
                         options.onePassPixels;
    const int rows = onePass ? options.height : std::clamp(options.bandRows, 1, options.height);
    PixelBuffer band(static_cast<size_t>(options.width) * static_cast<size_t>(rows) *
                     Image::channels);
    drawTiles(
        options, rows,
        [&](int, int, int w, int h) {
            readTile(w, h, options.width, band.data());
            sink(band.data(), h, static_cast<size_t>(options.width) * Image::channels);
        },
        timings);
}

} // namespace recmap::render
