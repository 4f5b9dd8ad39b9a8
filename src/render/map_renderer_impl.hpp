#pragma once

#include "render/geometry_batches.hpp"
#include "render/gl_object.hpp"
#include "render/map_renderer.hpp"
#include "render/shader_program.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// MapRenderer's state, shared by the files that implement it: map_renderer.cpp (geometry and
// drawing), tiled_export.cpp (offscreen images and read-back) and layer_cache.cpp (the explorer's
// cached layers and picking). Internal to render/.
namespace recmap::render {

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
    DrawBatch globe;
    LineBatch borders;
    double bordersUnitsPerPixel = 0;        // the scale borders were last simplified for
    std::vector<uint32_t> bordersHolderIds; // and the holders they were drawn between
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
    // Counts uploads of borders and markers: cached layers drawn at another count are stale.
    uint64_t geometryVersion = 0;
    uint64_t markersVersion = 0; // uploads of markers alone
    // What the cached id layer was drawn for: when only the borders changed since (a date of the
    // boundary history), renderLayers() keeps it and draws the lines alone.
    struct IdLayerKey {
        geo::Bounds extent;
        int width = 0, height = 0;
        uint64_t markersVersion = 0;
        friend bool operator==(const IdLayerKey& a, const IdLayerKey& b) {
            return a.extent.minX == b.extent.minX && a.extent.maxX == b.extent.maxX &&
                   a.extent.minY == b.extent.minY && a.extent.maxY == b.extent.maxY &&
                   a.width == b.width && a.height == b.height &&
                   a.markersVersion == b.markersVersion;
        }
    };
    std::optional<IdLayerKey> idLayerDrawnFor;
    // What the cached layers were last drawn for, when render() reuses them (reuseLayers).
    struct LayerKey {
        geo::Bounds extent;
        int width = 0, height = 0;
        uint64_t geometryVersion = 0;
        float lineWidth = 0;
        bool graticule = false;
        scene::Rgba border, graticuleColour;
        friend bool operator==(const LayerKey& a, const LayerKey& b) {
            return a.extent.minX == b.extent.minX && a.extent.maxX == b.extent.maxX &&
                   a.extent.minY == b.extent.minY && a.extent.maxY == b.extent.maxY &&
                   a.width == b.width && a.height == b.height &&
                   a.geometryVersion == b.geometryVersion && a.lineWidth == b.lineWidth &&
                   a.graticule == b.graticule && a.border == b.border &&
                   a.graticuleColour == b.graticuleColour;
        }
    };
    std::optional<LayerKey> layersDrawnFor;
    // Per slot, an index of the entity it is drawn as (scene.holderOf), and whether the last
    // setScene() changed them.
    std::vector<uint32_t> holderIds;
    bool holdersChanged = false;

    // `overSeaOnly`: leaves out pixels the id layer gives to an entity (see line.frag.glsl).
    void drawLines(const LineBatch& batch, const geo::Bounds& extent, const scene::Rgba& colour,
                   float width, bool overSeaOnly = false);
    // Which entities' colours differ from those composed: uploaded as a flag texture for the
    // recolour pass, or a full recompose when most changed.
    void noteChangedColours(std::vector<scene::Rgba> fills, std::vector<scene::Rgba> hatches,
                            int width, int height);
    // The inputs of the composite fragment shader, for either program that uses it.
    void bindCompositeInputs(ShaderProgram& program);
    // Brings the composed image up to date with the colour tables.
    void compose();
    void setTransform(ShaderProgram& program, const geo::Bounds& extent);
    // Fills bandFillIndices and bandFillRuns for bands of `bandRows` image rows of an image
    // `height` rows high showing map rows from `top` down, `unitsPerRow` map units a row.
    void prepareBandFills(double top, double unitsPerRow, int bandRows, int height);
};

// Sets u_colour of `program`.
void setColour(ShaderProgram& program, const scene::Rgba& colour);

} // namespace recmap::render
