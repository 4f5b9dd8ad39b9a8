#include "render/map_renderer.hpp"

#include "core/error.hpp"
#include "render/gl_object.hpp"
#include "render/markers.hpp"
#include "render/overlay_renderer.hpp"
#include "render/shader_program.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace recmap::render {
namespace {

struct DrawBatch {
    GlVertexArray vao;
    GlBuffer positions;
    GlBuffer entities;
    GlBuffer indices; // fills only: drawn indexed, each shared vertex shaded once
    GLsizei count = 0;
};

DrawBatch uploadPositions(const std::vector<geo::Vec2>& points) {
    DrawBatch batch;
    batch.vao = GlVertexArray::create();
    batch.positions = GlBuffer::create();
    glBindVertexArray(batch.vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, batch.positions.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(points.size() * sizeof(geo::Vec2)),
                 points.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(geo::Vec2), nullptr);
    batch.count = static_cast<GLsizei>(points.size());
    return batch;
}

// Line segments (pairs of points) as instanced quads for the antialiased line program.
struct LineBatch {
    GlVertexArray vao;
    GlBuffer corners;
    GlBuffer segments;
    GLsizei count = 0;
};

LineBatch uploadSegments(const std::vector<geo::Vec2>& pairs) {
    LineBatch batch;
    batch.vao = GlVertexArray::create();
    glBindVertexArray(batch.vao.get());
    batch.corners = GlBuffer::create();
    const float corners[] = {0, -1, 0, 1, 1, -1, 1, 1};
    glBindBuffer(GL_ARRAY_BUFFER, batch.corners.get());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    batch.segments = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, batch.segments.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(pairs.size() * sizeof(geo::Vec2)),
                 pairs.data(), GL_STATIC_DRAW);
    for (GLuint attribute : {1u, 2u}) {
        glEnableVertexAttribArray(attribute);
        glVertexAttribPointer(attribute, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(geo::Vec2),
                              reinterpret_cast<void*>((attribute - 1) * sizeof(geo::Vec2)));
        glVertexAttribDivisor(attribute, 1);
    }
    batch.count = static_cast<GLsizei>(pairs.size() / 2);
    glBindVertexArray(0);
    return batch;
}

// Segments (pairs) chained where one starts at the previous one's end, keeping a vertex only
// once it lies `tolerance` map units from the last kept one: at a small output scale most 1:10m
// border segments are far shorter than a pixel. Chain ends and every corner beyond the tolerance
// are kept, so the line stays within the tolerance of the true border.
std::vector<geo::Vec2> simplifySegments(const std::vector<geo::Vec2>& pairs, float tolerance) {
    std::vector<geo::Vec2> out;
    out.reserve(pairs.size() / 2);
    const float limit = tolerance * tolerance;
    geo::Vec2 kept{};
    geo::Vec2 chainEnd{};
    bool open = false;
    for (size_t i = 0; i + 1 < pairs.size(); i += 2) {
        const auto& a = pairs[i];
        const auto& b = pairs[i + 1];
        if (!open || a.x != chainEnd.x || a.y != chainEnd.y) {
            if (open && (kept.x != chainEnd.x || kept.y != chainEnd.y)) {
                out.push_back(kept);
                out.push_back(chainEnd);
            }
            kept = a;
            open = true;
        }
        chainEnd = b;
        const float dx = b.x - kept.x;
        const float dy = b.y - kept.y;
        if (dx * dx + dy * dy >= limit) {
            out.push_back(kept);
            out.push_back(b);
            kept = b;
        }
    }
    if (open && (kept.x != chainEnd.x || kept.y != chainEnd.y)) {
        out.push_back(kept);
        out.push_back(chainEnd);
    }
    return out;
}

std::vector<geo::Vec2> stripToPairs(const std::vector<geo::Vec2>& strip) {
    std::vector<geo::Vec2> pairs;
    for (size_t i = 1; i < strip.size(); ++i) {
        pairs.push_back(strip[i - 1]);
        pairs.push_back(strip[i]);
    }
    return pairs;
}

void setColour(ShaderProgram& program, const scene::Rgba& c) {
    glUniform4f(program.uniform("u_colour"), c.r / 255.0f, c.g / 255.0f, c.b / 255.0f,
                c.a / 255.0f);
}

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// A texture read texel for texel (nearest, no mipmaps), left bound; glTexImage2D gives it storage.
GlTexture nearestTexture() {
    auto texture = GlTexture::create();
    glBindTexture(GL_TEXTURE_2D, texture.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    return texture;
}

// An unfilled width x height texture read texel for texel: one of the explorer's layers.
GlTexture layerTexture(GLenum internalFormat, GLenum format, GLenum type, int width, int height) {
    auto texture = nearestTexture();
    glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), width, height, 0, format,
                 type, nullptr);
    return texture;
}

// A framebuffer, left bound, drawing into `textures` as colour attachments 0, 1, ...
GlFramebuffer framebufferOver(std::initializer_list<GLuint> textures) {
    auto framebuffer = GlFramebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    GLenum attachment = GL_COLOR_ATTACHMENT0;
    for (const GLuint texture : textures) {
        glFramebufferTexture2D(GL_FRAMEBUFFER, attachment++, GL_TEXTURE_2D, texture, 0);
    }
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        throw core::Error("cannot create the explorer's map layers");
    }
    return framebuffer;
}

} // namespace

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
    std::vector<uint8_t> changedFlags;           // per entity, as last uploaded
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
    const geo::MapMesh* mesh = nullptr; // outlives the renderer (see the header)
    DrawBatch markers;                  // circles for entities too small to see, in their own fill
    LineBatch markerOutlines;           // their outlines

    void drawLines(const LineBatch& batch, const geo::Bounds& extent, const scene::Rgba& colour,
                   float width) {
        if (batch.count == 0) {
            return;
        }
        lineProgram.use();
        setTransform(lineProgram, extent);
        glUniform2f(lineProgram.uniform("u_viewport"), viewportWidth, viewportHeight);
        glUniform1f(lineProgram.uniform("u_width"), width);
        setColour(lineProgram, colour);
        glBindVertexArray(batch.vao.get());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, batch.count);
    }

    // Which entities' colours differ from those composed: uploaded as a flag texture for the
    // recolour pass, or a full recompose when most changed.
    void noteChangedColours(std::vector<scene::Rgba> fills, std::vector<scene::Rgba> hatches,
                            int width, int height) {
        if (fills.size() != uploadedFills.size()) {
            recomposeAll = true;
        } else if (!recomposeAll) {
            std::vector<uint8_t> changed(fills.size(), 0);
            size_t count = 0;
            for (size_t i = 0; i < fills.size(); ++i) {
                if (!(fills[i] == uploadedFills[i]) || !(hatches[i] == uploadedHatches[i])) {
                    changed[i] = 1;
                    ++count;
                }
            }
            if (count * 2 > fills.size()) {
                recomposeAll = true;
            } else if (count > 0) {
                if (!changedEntities.get()) {
                    changedEntities = nearestTexture();
                }
                glBindTexture(GL_TEXTURE_2D, changedEntities.get());
                // Flags accumulate until composed (several scene changes in one frame).
                if (!recolourPending || changedFlags.size() != changed.size()) {
                    changedFlags = std::move(changed);
                } else {
                    for (size_t i = 0; i < changed.size(); ++i) {
                        changedFlags[i] |= changed[i];
                    }
                }
                glTexImage2D(GL_TEXTURE_2D, 0, GL_R8UI, width, height, 0, GL_RED_INTEGER,
                             GL_UNSIGNED_BYTE, changedFlags.data());
                recolourPending = true;
            }
        }
        uploadedFills = std::move(fills);
        uploadedHatches = std::move(hatches);
    }

    // The inputs of the composite fragment shader, for either program that uses it.
    void bindCompositeInputs(ShaderProgram& program) {
        program.use();
        const GLuint textures[] = {idLayer.get(), linesLayer.get(), fillColours.get(),
                                   hatchColours.get()};
        const char* names[] = {"u_ids", "u_lines", "u_fills", "u_hatches"};
        for (int unit = 0; unit < 4; ++unit) {
            glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
            glBindTexture(GL_TEXTURE_2D, textures[unit]);
            glUniform1i(program.uniform(names[unit]), unit);
        }
        glActiveTexture(GL_TEXTURE0);
        glUniform4f(program.uniform("u_ocean"), scene.ocean.r / 255.0f, scene.ocean.g / 255.0f,
                    scene.ocean.b / 255.0f, 1.0f);
        glUniform4f(program.uniform("u_background"), scene.background.r / 255.0f,
                    scene.background.g / 255.0f, scene.background.b / 255.0f, 1.0f);
        glUniform1f(program.uniform("u_hatchPeriod"), hatchPeriod);
    }

    // Brings the composed image up to date with the colour tables.
    void compose() {
        if (!recomposeAll && !recolourPending) {
            return;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, composedTarget.get());
        glViewport(0, 0, layerWidth, layerHeight);
        glDisable(GL_BLEND);
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_SCISSOR_TEST);
        if (recomposeAll) {
            bindCompositeInputs(compositeProgram);
            glBindVertexArray(emptyVao.get());
            glDrawArrays(GL_TRIANGLES, 0, 3);
        } else {
            // The changed entities' own triangles cover exactly the pixels the id pass gave them.
            bindCompositeInputs(recolourProgram);
            setTransform(recolourProgram, layerExtent);
            glActiveTexture(GL_TEXTURE4);
            glBindTexture(GL_TEXTURE_2D, changedEntities.get());
            glUniform1i(recolourProgram.uniform("u_changed"), 4);
            glActiveTexture(GL_TEXTURE0);
            glBindVertexArray(fills.vao.get());
            std::vector<GLsizei> counts;
            std::vector<const void*> offsets;
            for (size_t entity = 0; entity < fillRuns.size() && entity < changedFlags.size();
                 ++entity) {
                if (changedFlags[entity] == 0) {
                    continue;
                }
                for (const auto& run : fillRuns[entity]) {
                    counts.push_back(run.count);
                    offsets.push_back(reinterpret_cast<const void*>(
                        static_cast<uintptr_t>(run.first) * sizeof(uint32_t)));
                }
            }
            if (!counts.empty()) {
                glMultiDrawElements(GL_TRIANGLES, counts.data(), GL_UNSIGNED_INT, offsets.data(),
                                    static_cast<GLsizei>(counts.size()));
            }
            if (markers.count > 0) {
                glBindVertexArray(markers.vao.get());
                glDrawArrays(GL_TRIANGLES, 0, markers.count);
            }
        }
        glBindVertexArray(0);
        recomposeAll = false;
        recolourPending = false;
    }

    void setTransform(ShaderProgram& program, const geo::Bounds& extent) {
        const double sx = 2.0 / extent.width();
        const double sy = 2.0 / extent.height();
        glUniform4f(program.uniform("u_transform"), static_cast<float>(sx), static_cast<float>(sy),
                    static_cast<float>(-1.0 - extent.minX * sx),
                    static_cast<float>(-1.0 - extent.minY * sy));
    }
};

MapRenderer::MapRenderer(const geo::MapMesh& mesh) : m_impl(std::make_unique<Impl>()) {
    auto& impl = *m_impl;
    impl.codes = mesh.entityCodes;
    impl.fills = uploadPositions(mesh.fillVertices);
    impl.fills.entities = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, impl.fills.entities.get());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.fillEntities.size() * sizeof(uint32_t)),
                 mesh.fillEntities.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_INT, sizeof(uint32_t), nullptr);
    impl.fills.indices = GlBuffer::create();
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, impl.fills.indices.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.fillIndices.size() * sizeof(uint32_t)),
                 mesh.fillIndices.data(), GL_STATIC_DRAW);
    impl.fills.count = static_cast<GLsizei>(mesh.fillIndices.size());
    // Runs of consecutive triangles per entity, so a recolour draws only the entities changed.
    impl.fillRuns.assign(mesh.entityCodes.size(), {});
    for (size_t first = 0; first < mesh.fillIndices.size();) {
        const uint32_t entity = mesh.fillEntities[mesh.fillIndices[first]];
        size_t end = first + 3;
        while (end < mesh.fillIndices.size() &&
               mesh.fillEntities[mesh.fillIndices[end]] == entity) {
            end += 3;
        }
        if (entity < impl.fillRuns.size()) {
            impl.fillRuns[entity].push_back(
                {static_cast<GLsizei>(first), static_cast<GLsizei>(end - first)});
        }
        first = end;
    }
    impl.globe = uploadPositions(mesh.globeTriangles);
    impl.borders = uploadSegments(mesh.borderVertices);
    impl.graticule = uploadSegments(mesh.graticuleVertices);
    impl.outline = uploadSegments(stripToPairs(mesh.globeOutline));
    impl.mesh = &mesh;
    glBindVertexArray(0);

    impl.fillColours = nearestTexture();
    impl.hatchColours = nearestTexture();
    setScene(scene::MapScene{});
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::setScene(const scene::MapScene& scene) {
    auto& impl = *m_impl;
    if (!(scene.ocean == impl.scene.ocean) || !(scene.background == impl.scene.background)) {
        impl.recomposeAll = true;
    }
    impl.scene = scene;
    const int count = std::max<int>(1, static_cast<int>(impl.codes.size()));
    const int width = std::min(count, 4096);
    const int height = (count + width - 1) / width;
    std::vector<scene::Rgba> fills(static_cast<size_t>(width * height));
    std::vector<scene::Rgba> hatches(fills.size(), scene::Rgba{0, 0, 0, 0});
    for (size_t i = 0; i < impl.codes.size(); ++i) {
        const auto style = scene.styleOf(impl.codes[i]);
        fills[i] = style.fill;
        if (style.hatched) {
            hatches[i] = {style.hatch.r, style.hatch.g, style.hatch.b, 255};
        }
    }
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glBindTexture(GL_TEXTURE_2D, impl.fillColours.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 fills.data());
    glBindTexture(GL_TEXTURE_2D, impl.hatchColours.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 hatches.data());
    impl.noteChangedColours(std::move(fills), std::move(hatches), width, height);
}

void MapRenderer::prepareMarkers(double unitsPerPixel, int imageWidth) {
    auto& impl = *m_impl;
    constexpr int segments = 24;
    std::vector<geo::Vec2> fill, outline;
    std::vector<uint32_t> entities;
    for (const auto& marker :
         smallEntityMarkers(*impl.mesh, impl.scene, unitsPerPixel, imageWidth)) {
        const auto centre = marker.centre;
        for (int k = 0; k < segments; ++k) {
            const double a0 = 2 * M_PI * k / segments, a1 = 2 * M_PI * (k + 1) / segments;
            const geo::Vec2 p0{centre.x + static_cast<float>(marker.radius * std::cos(a0)),
                               centre.y + static_cast<float>(marker.radius * std::sin(a0))};
            const geo::Vec2 p1{centre.x + static_cast<float>(marker.radius * std::cos(a1)),
                               centre.y + static_cast<float>(marker.radius * std::sin(a1))};
            fill.insert(fill.end(), {centre, p0, p1});
            entities.insert(entities.end(), 3, marker.entity);
            outline.insert(outline.end(), {p0, p1});
        }
    }
    impl.markers = uploadPositions(fill);
    impl.markers.entities = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, impl.markers.entities.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(entities.size() * sizeof(uint32_t)),
                 entities.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_INT, sizeof(uint32_t), nullptr);
    impl.markerOutlines = uploadSegments(outline);
    glBindVertexArray(0);
}

void MapRenderer::setPixelFrame(float originX, float originY, float hatchPeriod) {
    m_impl->pixelOriginX = originX;
    m_impl->pixelOriginY = originY;
    m_impl->hatchPeriod = hatchPeriod;
}

void MapRenderer::draw(const geo::Bounds& extent) {
    auto& impl = *m_impl;
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    GLint viewport[4] = {0, 0, 1, 1};
    glGetIntegerv(GL_VIEWPORT, viewport);
    impl.viewportWidth = static_cast<float>(viewport[2]);
    impl.viewportHeight = static_cast<float>(viewport[3]);

    impl.solidProgram.use();
    impl.setTransform(impl.solidProgram, extent);
    setColour(impl.solidProgram, impl.scene.ocean);
    glBindVertexArray(impl.globe.vao.get());
    glDrawArrays(GL_TRIANGLES, 0, impl.globe.count);

    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    if (impl.scene.showGraticule) {
        impl.drawLines(impl.graticule, extent, impl.scene.graticule, impl.lineWidth * 0.7f);
    }
    glDisable(GL_BLEND);

    impl.fillProgram.use();
    impl.setTransform(impl.fillProgram, extent);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, impl.fillColours.get());
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, impl.hatchColours.get());
    glUniform1i(impl.fillProgram.uniform("u_fills"), 0);
    glUniform1i(impl.fillProgram.uniform("u_hatches"), 1);
    glUniform2f(impl.fillProgram.uniform("u_pixelOrigin"), impl.pixelOriginX, impl.pixelOriginY);
    glUniform1f(impl.fillProgram.uniform("u_hatchPeriod"), impl.hatchPeriod);
    glBindVertexArray(impl.fills.vao.get());
    glDrawElements(GL_TRIANGLES, impl.fills.count, GL_UNSIGNED_INT, nullptr);
    if (impl.markers.count > 0) {
        glBindVertexArray(impl.markers.vao.get());
        glDrawArrays(GL_TRIANGLES, 0, impl.markers.count);
    }

    // Every fill edge lies under a border, coast or outline: these antialiased lines are what
    // makes the map smooth without multisampling.
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    impl.drawLines(impl.borders, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.markerOutlines, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.outline, extent, impl.scene.border, impl.lineWidth * 1.2f);
    glDisable(GL_BLEND);
    glBindVertexArray(0);
}

void MapRenderer::setLineWidth(float pixels) {
    m_impl->lineWidth = pixels;
}

void MapRenderer::renderLayers(const geo::Bounds& extent, int width, int height) {
    auto& impl = *m_impl;
    if (width != impl.layerWidth || height != impl.layerHeight || !impl.layerTarget.get()) {
        impl.idLayer = layerTexture(GL_R32UI, GL_RED_INTEGER, GL_UNSIGNED_INT, width, height);
        impl.linesLayer = layerTexture(GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, width, height);
        impl.composedLayer = layerTexture(GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, width, height);
        impl.layerTarget = framebufferOver({impl.idLayer.get(), impl.linesLayer.get()});
        impl.linesTarget = framebufferOver({impl.linesLayer.get()});
        impl.composedTarget = framebufferOver({impl.composedLayer.get()});
        impl.layerWidth = width;
        impl.layerHeight = height;
        impl.emptyVao = GlVertexArray::create();
    }
    GLint previous = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.layerTarget.get());
    glViewport(0, 0, width, height);
    impl.viewportWidth = static_cast<float>(width);
    impl.viewportHeight = static_cast<float>(height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_CULL_FACE);
    const GLenum both[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};

    glDrawBuffers(2, both);
    const GLuint outside[4] = {0xFFFFFFFFu, 0, 0, 0};
    const GLfloat clear[4] = {0, 0, 0, 0};
    glClearBufferuiv(GL_COLOR, 0, outside);
    glClearBufferfv(GL_COLOR, 1, clear);

    glDisable(GL_BLEND);
    impl.idFillProgram.use();
    impl.setTransform(impl.idFillProgram, extent);
    glUniform1ui(impl.idFillProgram.uniform("u_fixedId"), 0u); // the globe is sea
    glBindVertexArray(impl.globe.vao.get());
    glVertexAttribI1ui(1, 0);
    glDrawArrays(GL_TRIANGLES, 0, impl.globe.count);

    // Lines are accumulated premultiplied, so composite() can lay them over any colour.
    glBindFramebuffer(GL_FRAMEBUFFER, impl.linesTarget.get());
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    if (impl.scene.showGraticule) {
        impl.drawLines(impl.graticule, extent, impl.scene.graticule, impl.lineWidth * 0.7f);
    }
    glDisable(GL_BLEND);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.layerTarget.get());
    glDrawBuffers(2, both);
    impl.idFillProgram.use();
    glUniform1ui(impl.idFillProgram.uniform("u_fixedId"), 0xFFFFFFFFu);
    glBindVertexArray(impl.fills.vao.get());
    glDrawElements(GL_TRIANGLES, impl.fills.count, GL_UNSIGNED_INT, nullptr);
    if (impl.markers.count > 0) {
        glBindVertexArray(impl.markers.vao.get());
        glDrawArrays(GL_TRIANGLES, 0, impl.markers.count);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, impl.linesTarget.get());
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    impl.drawLines(impl.borders, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.markerOutlines, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.outline, extent, impl.scene.border, impl.lineWidth * 1.2f);
    glDisable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.layerTarget.get());
    const GLenum first[] = {GL_COLOR_ATTACHMENT0};
    glDrawBuffers(1, first);
    glBindVertexArray(0);
    impl.layerExtent = extent;
    impl.recomposeAll = true;
    impl.compose();
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
}

void MapRenderer::composite(int offsetX, int offsetY) {
    auto& impl = *m_impl;
    if (!impl.layerTarget.get()) {
        return;
    }
    GLint target = 0;
    GLint viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    glGetIntegerv(GL_VIEWPORT, viewport);
    impl.compose();
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    // A copy of the visible part: window pixel (x, y) shows cache pixel (x + offsetX, y +
    // offsetY); what lies beyond the cache is background.
    const int sourceX0 = std::max(0, viewport[0] + offsetX);
    const int sourceY0 = std::max(0, viewport[1] + offsetY);
    const int sourceX1 = std::min(impl.layerWidth, viewport[0] + viewport[2] + offsetX);
    const int sourceY1 = std::min(impl.layerHeight, viewport[1] + viewport[3] + offsetY);
    if (sourceX0 != viewport[0] + offsetX || sourceY0 != viewport[1] + offsetY ||
        sourceX1 != viewport[0] + viewport[2] + offsetX ||
        sourceY1 != viewport[1] + viewport[3] + offsetY) {
        const auto& background = impl.scene.background;
        glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    if (sourceX0 >= sourceX1 || sourceY0 >= sourceY1) {
        return;
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl.composedTarget.get());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glBlitFramebuffer(sourceX0, sourceY0, sourceX1, sourceY1, sourceX0 - offsetX,
                      sourceY0 - offsetY, sourceX1 - offsetX, sourceY1 - offsetY,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
}

std::optional<std::string> MapRenderer::entityAt(int x, int y) {
    auto& impl = *m_impl;
    if (!impl.layerTarget.get() || x < 0 || y < 0 || x >= impl.layerWidth ||
        y >= impl.layerHeight) {
        return std::nullopt;
    }
    GLint previous = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl.layerTarget.get());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    GLuint id = 0;
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(x, y, 1, 1, GL_RED_INTEGER, GL_UNSIGNED_INT, &id);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
    if (id == 0 || id == 0xFFFFFFFFu || id > impl.codes.size() ||
        impl.codes[id - 1].starts_with('?')) {
        return std::nullopt;
    }
    return impl.codes[id - 1];
}

void MapRenderer::drawInset(const RenderOptions::Inset& inset, int x0, int y0, int tileWidth,
                            int tileHeight) {
    // The inset's rectangle in this tile's GL coordinates (GL row 0 is image row y0: drawn
    // upside down like the main map, so its extent is flipped too).
    const int left = static_cast<int>(std::lround(inset.x)) - x0;
    const int top = static_cast<int>(std::lround(inset.y)) - y0;
    const int width = static_cast<int>(std::lround(inset.width));
    const int height = static_cast<int>(std::lround(inset.height));
    if (left >= tileWidth || top >= tileHeight || left + width <= 0 || top + height <= 0) {
        return;
    }
    const auto& scene = m_impl->scene;
    glEnable(GL_SCISSOR_TEST);
    glScissor(left, top, width, height);
    glClearColor(scene.ocean.r / 255.0f, scene.ocean.g / 255.0f, scene.ocean.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glViewport(left, top, width, height);
    geo::Bounds flipped = inset.extent;
    std::swap(flipped.minY, flipped.maxY);
    draw(flipped); // the scissor keeps it inside the inset
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, tileWidth, tileHeight);
}

void MapRenderer::prepareLines(double unitsPerPixel) {
    m_impl->borders = uploadSegments(
        simplifySegments(m_impl->mesh->borderVertices, static_cast<float>(unitsPerPixel * 0.25)));
}

Image MapRenderer::render(const RenderOptions& options, RenderTimings* timings) {
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
    const int tileHeight = std::min(options.height, tileLimit);

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

    Image image;
    image.width = options.width;
    image.height = options.height;
    image.pixels = PixelBuffer(static_cast<size_t>(options.width) *
                               static_cast<size_t>(options.height) * Image::channels);
    // Touch the image's pages while the GL driver draws: first-touch page faults on a 128 MB
    // buffer otherwise cost as much as the read-back itself. Joined before the first read-back.
    std::jthread prefault([&image] {
        constexpr size_t page = 4096;
        for (size_t offset = 0; offset < image.pixels.size(); offset += page) {
            image.pixels[offset] = 0;
        }
    });
    const double unitsPerPixelX = options.extent.width() / options.width;
    const double unitsPerPixelY = options.extent.height() / options.height;
    const auto& background = m_impl->scene.background;
    std::unique_ptr<OverlayRenderer> overlay;
    if (options.overlay != nullptr && options.font != nullptr) {
        overlay = std::make_unique<OverlayRenderer>(*options.overlay, *options.font);
    }
    const float hatchPeriod = std::max(6.0f, static_cast<float>(options.width) / 320.0f);
    prepareMarkers(unitsPerPixelX, options.width);
    prepareLines(unitsPerPixelX);
    setLineWidth(std::clamp(static_cast<float>(options.width) / 3200.0f, 0.8f, 3.0f));

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
            draw(tileExtent);
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
            if (prefault.joinable()) {
                prefault.join();
            }
            glBindFramebuffer(GL_READ_FRAMEBUFFER, readTarget);
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glPixelStorei(GL_PACK_ROW_LENGTH, options.width);
            // Straight into the image: GL row 0 is this tile's top row (see tileExtent).
            glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE,
                         image.pixels.data() +
                             (static_cast<size_t>(y0) * options.width + x0) * Image::channels);
            glPixelStorei(GL_PACK_ROW_LENGTH, 0);
            if (timings) {
                timings->readbackMs += millisecondsSince(start);
            }
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (const GLenum error = glGetError(); error != GL_NO_ERROR) {
        throw core::Error("OpenGL error " + std::to_string(error) + " while rendering");
    }
    return image;
}

} // namespace recmap::render
