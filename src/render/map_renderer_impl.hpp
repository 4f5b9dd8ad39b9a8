#pragma once

#include "render/border_runs.hpp"
#include "render/geometry_batches.hpp"
#include "render/gl_object.hpp"
#include "render/globe_surround.hpp"
#include "render/map_renderer.hpp"
#include "render/markers.hpp"
#include "render/shader_program.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// MapRenderer's state, shared by the files that implement it: map_renderer.cpp (geometry and
// drawing), tiled_export.cpp (offscreen images and read-back) and layer_cache.cpp (the explorer's
// cached layers and picking). Internal to render/.
namespace recmap::render {

// Pixels [x0, x1) x [y0, y1) of a layer.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct MapRenderer::Impl {
    std::vector<std::string> codes;
    ShaderProgram fillProgram{"fill"};
    ShaderProgram solidProgram{"solid"};
    ShaderProgram lineProgram{"line"};
    ShaderProgram idFillProgram{"idfill"};
    ShaderProgram compositeProgram{"composite"};
    ShaderProgram recolourProgram{"recolour", "composite"};
    GlFramebuffer composedTarget; // the layers composed through the colour tables
    GlTexture composedLayer;
    GlTexture changedEntities; // R8UI per entity: 1 when its colours changed since composing
    geo::Bounds layerExtent;
    struct IndexRun {
        GLsizei first = 0; // in indices
        GLsizei count = 0;
    };
    std::vector<std::vector<IndexRun>> fillRuns; // per entity
    std::vector<geo::Bounds> entityBounds;       // per entity: of its fill vertices
    // Drawing in bands (drawTiles): per band, the fill triangles reaching its rows, in one index
    // buffer; draw() uses the current band's run when set.
    GlBuffer bandFillIndices;
    std::vector<IndexRun> bandFillRuns;
    std::optional<IndexRun> fillsInBand;
    std::vector<uint8_t> changedFlags; // per entity, as last uploaded
    std::vector<scene::Rgba> uploadedFills;
    std::vector<scene::Rgba> uploadedHatches;
    bool recomposeAll = true;
    bool recolourPending = false;
    GlFramebuffer layerTarget; // ids + lines: fills write an id and clear the lines under them
    GlFramebuffer linesTarget; // lines alone: blending is off while an integer image is attached
    GlTexture idLayer;
    GlTexture linesLayer;
    GlVertexArray emptyVao;
    int layerWidth = 0;
    int layerHeight = 0;
    DrawBatch fills;
    DrawBatch globe; // uploaded only when there is no globeSurround
    // When the globe is convex, the sea is a clear and only what lies outside the globe is
    // drawn (bindSurround), its wedges uploaded reaching surroundScale times the globe.
    std::optional<GlobeSurround> globeSurround;
    DrawBatch surround;
    double surroundScale = 0;
    LineBatch borders;
    float bordersTolerance = -1; // map units: what the borders were last simplified to
    // Outside bands, the borders' runs by the slots they separate (drawBorders() leaves out
    // those a date hides); empty in bands, where the hidden ones were left out when uploaded,
    // for the holders in bordersHolderIds.
    std::vector<BorderRun> borderRuns;
    std::vector<uint32_t> bordersHolderIds;
    LineBatch graticule;
    LineBatch outline;
    float lineWidth = 1; // border width in pixels; graticule and outline scale from it
    float viewportWidth = 1;
    float viewportHeight = 1;
    GlTexture fillColours;
    GlTexture hatchColours;
    scene::MapScene scene;
    float hatchPeriod = 8;
    float pixelOriginX = 0;
    float pixelOriginY = 0;
    const geo::MapMesh* mesh = nullptr;  // outlives the renderer (see the header)
    DrawBatch markers;                   // circles for entities too small to see, in their own fill
    LineBatch markerOutlines;            // their outlines
    std::vector<geo::Vec2> markerPoints; // the circles' triangles and entities, as uploaded
    std::vector<uint32_t> markerEntities;
    std::vector<Marker> markerCircles; // and the circles they are
    // Counts uploads of borders and of markers: cached lines drawn at another count are stale;
    // cached layers drawn with other markers are drawn again where the markers changed
    // (markerDirtyBounds, map units, since the layers were drawn), by compose().
    uint64_t linesVersion = 0;
    uint64_t markersVersion = 0;
    uint64_t markersDrawn = 0; // the markersVersion the cached layers show
    std::vector<geo::Bounds> markerDirtyBounds;
    // What the cached id layer was drawn for: when the layers are drawn again for the same
    // frame, renderLayers() keeps it and draws the lines alone.
    struct IdLayerKey {
        geo::Bounds extent;
        int width = 0, height = 0;
        friend bool operator==(const IdLayerKey& a, const IdLayerKey& b) {
            return a.extent.minX == b.extent.minX && a.extent.maxX == b.extent.maxX &&
                   a.extent.minY == b.extent.minY && a.extent.maxY == b.extent.maxY &&
                   a.width == b.width && a.height == b.height;
        }
    };
    std::optional<IdLayerKey> idLayerDrawnFor;
    // What the cached layers were last drawn for, when render() reuses them (reuseLayers).
    struct LayerKey {
        geo::Bounds extent;
        int width = 0, height = 0;
        uint64_t linesVersion = 0;
        float lineWidth = 0;
        bool graticule = false;
        scene::Rgba border, graticuleColour;
        friend bool operator==(const LayerKey& a, const LayerKey& b) {
            return a.extent.minX == b.extent.minX && a.extent.maxX == b.extent.maxX &&
                   a.extent.minY == b.extent.minY && a.extent.maxY == b.extent.maxY &&
                   a.width == b.width && a.height == b.height && a.linesVersion == b.linesVersion &&
                   a.lineWidth == b.lineWidth && a.graticule == b.graticule &&
                   a.border == b.border && a.graticuleColour == b.graticuleColour;
        }
    };
    std::optional<LayerKey> layersDrawnFor;
    // Per slot, an index of the entity it is drawn as (scene.holderOf), and whether the last
    // setScene() changed them.
    std::vector<uint32_t> holderIds;
    bool holdersChanged = false;

    // The holders the cached lines layer was drawn for: when the scene's differ (a new date of
    // the boundary history), compose() first redraws the lines where runs appeared or
    // disappeared (refreshBorders), and recomposes those rectangles (dirtyRects, pixels).
    std::vector<uint32_t> linesHolders;
    std::vector<PixelRect> dirtyRects;
    PixelRect freshArea; // where the composed layer is up to date (see compose())

    // Binds the wedges outside the globe, reaching past every corner of `extent`; false when the
    // globe is not convex, and the caller draws the globe itself over the outside's colour.
    bool bindSurround(const geo::Bounds& extent);
    // The line program set up to draw `batch` (bound) for `extent`.
    void bindLines(const LineBatch& batch, const geo::Bounds& extent, const scene::Rgba& colour,
                   float width, bool overSeaOnly);
    // `overSeaOnly`: leaves out pixels the id layer gives to an entity (see line.frag.glsl).
    void drawLines(const LineBatch& batch, const geo::Bounds& extent, const scene::Rgba& colour,
                   float width, bool overSeaOnly = false);
    // The borders the scene shows (not those between slots of one holder), only the runs
    // meeting `within` (map units) when given.
    void drawBorders(const geo::Bounds& extent, float width, const geo::Bounds* within = nullptr);
    // Into the bound lines layer, over its cleared pixels, with the id layer kept: the graticule
    // over the sea, the borders, markers' outlines and the globe's outline.
    void drawLinesOverIds(const geo::Bounds& extent, const geo::Bounds* within = nullptr);
    // Brings the cached lines layer up to the scene's holders (see linesHolders).
    void refreshBorders();
    // Brings the cached layers up to the markers (see markerDirtyBounds).
    void refreshMarkers();
    // Both layers drawn whole for `extent` (the layer's), or only in `rect`.
    void drawLayers(const geo::Bounds& extent, const PixelRect* rect = nullptr);
    // Layer pixels of map bounds (or the reverse), widened by `margin` pixels, clipped.
    [[nodiscard]] PixelRect pixelRectOf(const geo::Bounds& bounds, int margin) const;
    [[nodiscard]] geo::Bounds boundsOf(const PixelRect& rect, int margin) const;
    // The rectangles of `bounds` that are not empty, merged (few, each a pass over the lines).
    [[nodiscard]] std::vector<PixelRect> rectsOf(const std::vector<geo::Bounds>& bounds,
                                                 int margin) const;
    // Which entities' colours differ from those composed: uploaded as a flag texture for the
    // recolour pass, or a full recompose when most changed.
    void noteChangedColours(std::vector<scene::Rgba> fills, std::vector<scene::Rgba> hatches,
                            int width, int height);
    // The inputs of the composite fragment shader, for either program that uses it.
    void bindCompositeInputs(ShaderProgram& program);
    // Brings the composed image up to date with the colour tables, only inside `visible` when
    // given (the rest is then stale: freshArea); anything stale that comes into view, or
    // recomposeAll, composes the whole image.
    void compose(const PixelRect* visible = nullptr);
    // The fill triangles of these entities (fills' vertex array bound), in one draw.
    void drawEntityFills(const std::vector<size_t>& entities);
    // Composes again, inside `limit`, the pixels of the entities whose colours changed
    // (changedFlags).
    void recolour(const PixelRect& limit);
    void setTransform(ShaderProgram& program, const geo::Bounds& extent);
    // Fills bandFillIndices and bandFillRuns for bands of `bandRows` image rows of an image
    // `height` rows high showing map rows from `top` down, `unitsPerRow` map units a row.
    void prepareBandFills(double top, double unitsPerRow, int bandRows, int height);
};

// Sets u_colour of `program`.
void setColour(ShaderProgram& program, const scene::Rgba& colour);

} // namespace recmap::render
