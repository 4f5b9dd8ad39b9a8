#pragma once

#include "geo/map_mesh.hpp"
#include "render/image.hpp"
#include "render/overlay.hpp"
#include "scene/map_scene.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace recmap::render {

struct RenderOptions {
    int width = 2048;
    int height = 1024;
    geo::Bounds extent; // projected rectangle the image covers (see fitExtent)
    int samples =
        1; // MSAA samples (clamped to what the driver offers); lines are antialiased anyway
    int maxTileSize = 8192; // larger images are drawn in tiles to bound memory
    // Borders are drawn simplified to within this many pixels of their true line (0: as they
    // are): at a small scale most 1:10m border segments are far shorter than a pixel.
    float borderTolerance = 0.25f;
    // Animation frames: the map's geometry drawn once into cached id and line layers and only
    // recoloured while nothing but colours changes (the explorer's layers); one-pass images
    // without panels only. The same pixels as drawing, at a fraction of the cost.
    bool reuseLayers = false;
    int bandRows = 256; // renderBands(): rows drawn and handed on at a time
    // renderBands() draws images of up to this many pixels in one pass: each band costs a pass
    // over the geometry and a wait for the driver, which pays off only for large images.
    size_t onePassPixels = size_t{16} << 20;
    const Overlay* overlay = nullptr; // title, legend, attribution drawn over the map
    const Font* font = nullptr;       // needed with an overlay
    // A second, zoomed view of the same map in a rectangle of the image (image pixels, y down).
    struct Inset {
        geo::Bounds extent;
        float x = 0, y = 0, width = 0, height = 0;
    };
    std::optional<Inset> inset;
    // Side by side: instead of one map over `extent`, each panel shows its own scene over its
    // extent in its rectangle of the image (image pixels, y down); the overlay spans them all.
    struct Panel {
        const scene::MapScene* scene = nullptr;
        geo::Bounds extent;
        float x = 0, y = 0, width = 0, height = 0;
    };
    std::vector<Panel> panels;
};

struct RenderTimings {
    double drawMs = 0;     // drawing and MSAA resolve, GPU finished
    double readbackMs = 0; // glReadPixels and conversion to RGB
};

// A band of window columns, [first, first + count); count < 0: all of them.
struct WindowColumns {
    int first = 0;
    int count = -1;
};

// Draws a MapMesh coloured by a MapScene with OpenGL 3.3 core. The mesh is uploaded once at
// construction; setScene() only re-uploads the per-entity colour table. Needs a current GL
// context (HeadlessContext, or the explorer's window) for its whole life, and the mesh must
// outlive it.
class MapRenderer {
  public:
    explicit MapRenderer(const geo::MapMesh& mesh);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    void setScene(const scene::MapScene& scene);
    // Did the last setScene() change which slots are drawn as one entity (the boundary history
    // on a new date)? Then the borders between them appear or disappear: the cached layers
    // redraw their lines where they did (composite() does it), and markers may change
    // (prepareMarkers()).
    [[nodiscard]] bool bordersChanged() const;
    // Renders offscreen (MSAA, tiled) and reads the pixels back.
    [[nodiscard]] Image render(const RenderOptions& options, RenderTimings* timings = nullptr);
    // The same image handed to `sink` a band of full-width rows at a time, top first, so that
    // it is never held whole (PNG output streams it): `pixels` are `rows` rows in Image's
    // layout, `stride` bytes apart, valid during the call.
    using BandSink = std::function<void(const uint8_t* pixels, int rows, size_t stride)>;
    void renderBands(const RenderOptions& options, const BandSink& sink,
                     RenderTimings* timings = nullptr);
    // Draws into the bound framebuffer over the current viewport, showing `extent`. Sets its own
    // GL state except the scissor, which it leaves as the caller set it.
    void draw(const geo::Bounds& extent);
    // Where the viewport sits in the whole image (pixels, y up) and the hatch stripe period, so
    // patterns line up across tiles. render() sets these itself.
    void setPixelFrame(float originX, float originY, float hatchPeriod);
    // Rebuilds the markers of entities too small to see at this scale (render() does it).
    // Returns whether they changed: then the cached layers must be drawn again.
    bool prepareMarkers(double unitsPerPixel, int imageWidth);
    // Width of borders and coasts in pixels (render() derives it from the image width).
    void setLineWidth(float pixels);
    // Re-uploads borders simplified to within `tolerancePixels` of their line at this scale
    // (render() does it); those between slots drawn as one entity in the scene are left out
    // when drawn. `inBands`: sorted by y, so that each band of a large image draws only those
    // reaching it (chain order draws faster in one pass), and then the scene's hidden borders
    // are left out of the upload. Kept when the tolerance and the order (in bands, the holders
    // too) are as last time.
    void prepareLines(double unitsPerPixel, bool inBands = false, float tolerancePixels = 0.25f);
    // The explorer's cached layers: renderLayers() draws the map once for `extent` into an
    // entity-id texture and a lines texture of width x height pixels, and composes them through
    // the scene's colour tables into a cached image. composite() copies that image into the bound
    // framebuffer's viewport with cache pixel (offsetX, offsetY) at its bottom-left; after
    // setScene() it first recolours, in the cached image, only the entities whose colours
    // changed. Panning is a copy; a date change costs the pixels that change colour.
    void renderLayers(const geo::Bounds& extent, int width, int height);
    // `columns` limits the copy to window columns [first, first + count) (a swipe divider:
    // one scene's colours left of it, another's right); count < 0: the whole window.
    void composite(int offsetX, int offsetY, WindowColumns columns = {});
    // The entity at a cache pixel (GL rows, bottom-up) from the id texture; nullopt for sea.
    [[nodiscard]] std::optional<std::string> entityAt(int x, int y);

    // Draws the inset over the tile whose top-left image pixel is (x0, y0) (render() does it).
    void drawInset(const RenderOptions::Inset& inset, int x0, int y0, int tileWidth,
                   int tileHeight);
    // Draws a side-by-side panel with its scene over that tile (render() does it); the scene
    // stays set afterwards.
    void drawPanel(const RenderOptions::Panel& panel, int x0, int y0, int tileWidth, int tileHeight,
                   int imageWidth, float borderTolerance);

  private:
    // Draws the image tile by tile (tiles at most `tileRows` high) and calls `read` with each
    // tile's image rectangle while its pixels are in the bound read framebuffer (top row first).
    using TileReader = std::function<void(int x0, int y0, int width, int height)>;
    void drawTiles(const RenderOptions& options, int tileRows, const TileReader& read,
                   RenderTimings* timings);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace recmap::render
